"""What the insight pages show: every figure already suppressed.

A count about fewer than five people is None (shown as "< 5"), and a share is None when
its count is; where cells add up to a total that is shown, a second cell is hidden too,
so no hidden cell can be worked out by subtraction (nabij.community.suppression).

Periods are whole calendar months (`period_from` widens the dates it is given): a
window can never be narrowed to the day of a single exchange. Figures about an attribute
of a person (a special category, vulnerability) go further: they always cover the last
twelve months and take no group filter, so comparing two periods or two groups can never
single one person out (tests/insight/test_privacy_differencing.py).

Figures come from the stored MetricMonth rows (`nabij insight-refresh`); a place whose
metrics were never computed shows zeros and `insight_freshness(...).computed_at is None`.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from nabij.community import crypto
from nabij.community.choices import RoleKind, SensitiveKind
from nabij.community.errors import CommunityError
from nabij.community.languages import language_name
from nabij.community.models import (
    Group,
    GroupMembership,
    Member,
    Place,
    Role,
    Sector,
    SensitiveAttribute,
    SpokenLanguage,
)
from nabij.community.suppression import MIN_CELL, OTHER, safe_count, suppress
from nabij.errors import DomainError
from nabij.insight.cache import cached
from nabij.insight.choices import KIND_BITS, ExchangeKind, PlainAttribute
from nabij.insight.errors import InsightError
from nabij.insight.loader import members_query, population_of, residents_of, span_state
from nabij.insight.metrics.bridging import bridging_counts, membership_of
from nabij.insight.metrics.cells import ei_index, hide_cells, share
from nabij.insight.metrics.communities import communities, layout, tie_graph
from nabij.insight.metrics.four import Person, SuggestionIndex, short_of_four, suggest_ties
from nabij.insight.metrics.receivers import receiver_counts
from nabij.insight.metrics.reciprocity import reciprocity_counts
from nabij.insight.metrics.ties import Ties, degrees, ties_from
from nabij.insight.models import Exchange, MetricMonth, MetricState


@dataclass(frozen=True)
class Period:
    """Whole months: `first` is the first day of a month, `last` the last day of one."""

    first: date
    last: date

    @property
    def months(self) -> tuple[date, ...]:
        """The first day of every month in the period, in order."""
        months = []
        month = self.first
        while month <= self.last:
            months.append(month)
            month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        return tuple(months)


@dataclass(frozen=True)
class Figure:
    """A count and its share of a total; both None when the count is suppressed."""

    count: int | None
    share: float | None  # 0..1

    @property
    def suppressed(self) -> bool:
        return self.count is None


# The survey of 2,057 adults on neighbourly help (FRAMEWORK.md), as shares.
SURVEY_RECIPROCITY = {"give_only": 0.40, "receive_only": 0.04, "both": 0.23, "neither": 0.33}


@dataclass(frozen=True)
class Reciprocity:
    """Residents of the place by what they did in the period (directed exchanges only:
    help, payments, loans; meeting at an activity is neither giving nor receiving)."""

    period: Period
    residents: int | None  # the total the shares are of
    give_only: Figure
    receive_only: Figure
    both: Figure
    neither: Figure
    survey: dict[str, float]  # SURVEY_RECIPROCITY, same keys as the four figures


@dataclass(frozen=True)
class Receivers:
    """Residents who received anything, vulnerable or not, over the last twelve months
    (`period`; see receivers_by_vulnerability).

    `vulnerable.share` is of all receivers; `reach_vulnerable` is the share of the
    place's vulnerable residents who received, `reach_others` the same for the rest."""

    period: Period
    receivers: int | None
    vulnerable: Figure
    not_vulnerable: Figure
    reach_vulnerable: float | None
    reach_others: float | None


@dataclass(frozen=True)
class AttributeChoice:
    """An attribute the bridging page may offer: language, group, and each special
    category that at least five members of the place consented to."""

    key: str  # "language", "group", or a SensitiveKind value
    label: str  # translated
    special: bool


@dataclass(frozen=True)
class GroupTies:
    """One value of the attribute (a language, a group, an origin...).

    `label` is the value itself (a language code, a group name, a decrypted value) or
    nabij.community.suppression.OTHER for the pooled small values, whose tie figures are
    always None. `internal` counts ties between two members who both have the value,
    `external` ties from a member with the value to one without it."""

    label: str
    members: int | None
    internal: int | None
    external: int | None
    ei_index: float | None  # (external - internal) / (external + internal), -1..1


@dataclass(frozen=True)
class Bridging:
    """Bonding and bridging on one attribute over the period's distinct ties.

    Only ties whose two members both have a value count (for a special category: both
    consented). A tie bonds when the two share a value, bridges otherwise."""

    period: Period
    attribute: str
    members: int | None  # members with a value (and consent)
    ties: int | None
    bridging: Figure  # ties that cross groups, share of `ties`
    bonding: Figure
    ei_index: float | None  # over all counted ties: (bridging - bonding) / ties
    rows: tuple[GroupTies, ...]  # largest first, the pooled row last


@dataclass(frozen=True)
class TieSuggestion:
    """Someone who could become a new tie, and why (reason codes, translated labels)."""

    member_id: int
    name: str
    reasons: tuple[str, ...]  # translated, e.g. "spreekt ook ar", "zelfde straat"


@dataclass(frozen=True)
class FourRow:
    """A vulnerable member with fewer than four distinct active ties (for their worker)."""

    member_id: int
    name: str
    ties: int  # distinct people with any exchange in the window
    last_exchange: date | None
    suggestions: tuple[TieSuggestion, ...]


@dataclass(frozen=True)
class Communities:
    """Communities found in the period's ties (Leiden), counts and sizes only."""

    period: Period
    count: int  # communities of five people or more
    sizes: tuple[int, ...]  # those communities' sizes, largest first
    small: int | None  # people in communities of fewer than five, suppressed under five
    connected: int | None  # people with at least one tie
    modularity: float | None


@dataclass(frozen=True)
class TrendPoint:
    """One month of the trend series: shares only (None when suppressed or no data).

    Nothing about vulnerability: one month against the next, with the same people
    helped every month and one more, would tell whether that one is vulnerable
    (tests/insight/test_export_differencing.py)."""

    month: date
    give_only: float | None
    receive_only: float | None
    both: float | None
    neither: float | None
    bridging_language: float | None  # share of ties crossing languages
    ei_language: float | None
    exchanges: int | None


@dataclass(frozen=True)
class PictureNode:
    """A person in the network picture: a position and a community, nothing else."""

    x: float  # 0..1
    y: float  # 0..1
    community: int  # 0 = the largest community; -1 = a community of fewer than five


@dataclass(frozen=True)
class PictureEdge:
    source: int  # index into NetworkPicture.nodes
    target: int
    kind: str  # ExchangeKind value: the first that tied them, in ExchangeKind's order
    kinds: tuple[str, ...]  # every kind that tied them


@dataclass(frozen=True)
class NetworkPicture:
    """The place's ties in the period, anonymised: node order is shuffled, no names or
    ids. Only people with at least one tie appear, at most `limit` of them (those with
    the most ties); `hidden` says how many more there were."""

    period: Period
    nodes: tuple[PictureNode, ...]
    edges: tuple[PictureEdge, ...]
    communities: int
    hidden: int


@dataclass(frozen=True)
class Freshness:
    computed_at: datetime | None  # None: never computed
    full_at: datetime | None
    through: date | None  # the last day with an exchange included
    months: int  # stored months


WINDOW_DAYS = 90  # "active" ties of the network of four
NEARBY_M = 400.0  # a sector whose centre is this close counts as nearby
SPECIAL_MONTHS = 12  # special categories are only ever shown over this fixed window


def _next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _month_end(month: date) -> date:
    return _next_month(month) - timedelta(days=1)


def period_from(*, start: date, end: date) -> Period:
    """The whole months from `start`'s month to `end`'s month.

    Raises DomainError(InsightError.PERIOD_INVALID, field="end") when end < start."""
    if end < start:
        raise DomainError(InsightError.PERIOD_INVALID, field="end")
    return Period(first=start.replace(day=1), last=_month_end(end.replace(day=1)))


def period_recent(*, today: date | None = None, months: int = 12) -> Period:
    """The last `months` whole months up to and including today's month (the default)."""
    today = today or timezone.localdate()
    first = today.replace(day=1)
    for _month in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    return Period(first=first, last=_month_end(today.replace(day=1)))


def _consented(place: Place, kind: str) -> list[tuple[int, str]]:
    """(member id, ciphertext) of the place's members with an active consent for `kind`."""
    return list(
        SensitiveAttribute.objects.filter(
            kind=kind,
            member__in=members_query(place),
            consent__withdrawn_at__isnull=True,
            consent__purpose=kind,
        ).values_list("member_id", "ciphertext")
    )


def attributes_available(*, place: Place) -> tuple[AttributeChoice, ...]:
    """Language, group, and the special categories with at least five active consents
    among the place's members."""
    choices = [
        AttributeChoice(key=str(value), label=str(label), special=False)
        for value, label in PlainAttribute.choices
    ]
    for kind, label in SensitiveKind.choices:
        if len(_consented(place, kind)) >= MIN_CELL:
            choices.append(AttributeChoice(key=kind, label=str(label), special=True))
    return tuple(choices)


def _people(place: Place, group: Group | None) -> np.ndarray:
    if group is not None and group.place_id != place.pk:
        raise DomainError(CommunityError.NOT_IN_PLACE, field="group")
    return residents_of(place, group=group)


def _figures(counts: dict[str, int], total: int) -> dict[str, Figure]:
    shown = hide_cells(counts)
    total_shown = safe_count(total)
    return {label: Figure(n, share(n, total_shown)) for label, n in shown.items()}


def reciprocity_shares(*, place: Place, period: Period, group: Group | None = None) -> Reciprocity:
    """Give only / receive only / both / neither among the place's residents (members
    with a resident role, not erased), optionally only those in one group of the place.

    Raises DomainError(CommunityError.NOT_IN_PLACE) for a group of another place."""
    people = _people(place, group)
    state = span_state(place, period.months)
    counts = reciprocity_counts(people=people, givers=state.givers, receivers=state.receivers)
    figures = _figures(counts.as_dict(), counts.total)
    return Reciprocity(
        period=period,
        residents=safe_count(counts.total),
        survey=dict(SURVEY_RECIPROCITY),
        **figures,
    )


def receivers_by_vulnerability(
    *, place: Place, period: Period, group: Group | None = None
) -> Receivers:
    """Who received: vulnerable residents (Member.vulnerable) or others.

    Vulnerability is a worker's judgement about a person, so it is treated like a special
    category: the split always covers the last SPECIAL_MONTHS months (the result's
    `period`), whatever `period` asks, and within a group only the number of receivers
    is given. Two periods or two groups that differ by one person would otherwise tell
    whether that person is vulnerable."""
    people = _people(place, group)
    period = period_recent(months=SPECIAL_MONTHS)
    vulnerable = population_of(place).vulnerable
    state = span_state(place, period.months)
    counts = receiver_counts(people=people, vulnerable=vulnerable, receivers=state.receivers)
    total = counts.vulnerable + counts.others
    if group is not None:
        hidden = Figure(None, None)
        return Receivers(period, safe_count(total), hidden, hidden, None, None)
    figures = _figures({"vulnerable": counts.vulnerable, "not_vulnerable": counts.others}, total)
    return Receivers(
        period=period,
        receivers=safe_count(total),
        vulnerable=figures["vulnerable"],
        not_vulnerable=figures["not_vulnerable"],
        reach_vulnerable=share(figures["vulnerable"].count, safe_count(counts.vulnerable_people)),
        reach_others=share(figures["not_vulnerable"].count, safe_count(counts.other_people)),
    )


def _normalised(value: str) -> str:
    return " ".join(value.split())


def _attribute_pairs(place: Place, attribute: str) -> tuple[list[tuple[int, str]], bool]:
    """(member id, value) pairs for an attribute, and whether it is a special category."""
    members = members_query(place)
    if attribute == PlainAttribute.LANGUAGE:
        pairs = SpokenLanguage.objects.filter(member__in=members).values_list("member_id", "code")
        return list(pairs), False
    if attribute == PlainAttribute.GROUP:
        pairs = GroupMembership.objects.filter(place=place, member__in=members).values_list(
            "member_id", "group__name"
        )
        return list(pairs), False
    if attribute in SensitiveKind.values:
        consented = _consented(place, attribute)
        if len(consented) < MIN_CELL:
            raise DomainError(InsightError.ATTRIBUTE_NOT_CONSENTED, field="attribute")
        # Spellings of one value are one value ("Islam", "islam ").
        decrypted = [(member, _normalised(crypto.decrypt(c))) for member, c in consented]
        spelling: dict[str, Counter] = {}
        for _member, value in decrypted:
            spelling.setdefault(value.casefold(), Counter())[value] += 1
        label = {key: forms.most_common(1)[0][0] for key, forms in spelling.items()}
        return [(member, label[value.casefold()]) for member, value in decrypted], True
    raise DomainError(InsightError.ATTRIBUTE_UNKNOWN, field="attribute")


def bridging_on(*, place: Place, period: Period, attribute: str) -> Bridging:
    """Bonding and bridging on `attribute` ("language", "group", or a SensitiveKind).

    A special category counts only members with an active consent for it, and always
    over the last SPECIAL_MONTHS months (the result's `period`), whatever `period` asks:
    comparing two periods can then never single out one person's ties. Raises
    DomainError(InsightError.ATTRIBUTE_UNKNOWN, field="attribute") for anything else and
    DomainError(InsightError.ATTRIBUTE_NOT_CONSENTED, field="attribute") when fewer than
    five members of the place consented."""
    pairs, special = _attribute_pairs(place, attribute)
    if special:
        period = period_recent(months=SPECIAL_MONTHS)
    values = sorted({value for _, value in pairs})
    index = {value: i for i, value in enumerate(values)}
    state = span_state(place, period.months)
    membership = membership_of(
        member=np.array([m for m, _ in pairs], dtype=np.int64),
        value=np.array([index[v] for _, v in pairs], dtype=np.int64),
        values=len(values),
    )
    counts = bridging_counts(ties=state.ties, membership=membership)
    rows = []
    for cell in suppress(dict(zip(values, counts.members_by_value.tolist(), strict=True))):
        if cell.label == OTHER:
            rows.append(GroupTies(OTHER, cell.count, None, None, None))
            continue
        i = index[cell.label]
        internal = safe_count(int(counts.internal[i]))
        external = safe_count(int(counts.external[i]))
        rows.append(
            GroupTies(cell.label, cell.count, internal, external, ei_index(external, internal))
        )
    figures = _figures({"bridging": counts.bridging, "bonding": counts.bonding}, counts.ties)
    return Bridging(
        period=period,
        attribute=attribute,
        members=safe_count(counts.members),
        ties=safe_count(counts.ties),
        bridging=figures["bridging"],
        bonding=figures["bonding"],
        ei_index=ei_index(figures["bridging"].count, figures["bonding"].count),
        rows=tuple(rows),
    )


def _reason(code: str, detail: str, groups: dict[int, str]) -> str:
    if code == "group":
        return str(_("zit ook in %(group)s") % {"group": groups.get(int(detail), "")})
    if code == "language":
        return str(
            _("spreekt ook %(language)s") % {"language": language_name(detail, get_language())}
        )
    if code == "sector":
        return str(_("woont ook in %(sector)s") % {"sector": detail})
    return str(_("woont vlakbij, in %(sector)s") % {"sector": detail})


def _nearby(place: Place) -> dict[str, frozenset[str]]:
    sectors = list(Sector.objects.filter(place=place).values_list("name", "x_m", "y_m"))
    near: dict[str, frozenset[str]] = {}
    for name, x, y in sectors:
        near[name.casefold()] = frozenset(
            other.casefold()
            for other, ox, oy in sectors
            if other != name and (ox - x) ** 2 + (oy - y) ** 2 <= NEARBY_M**2
        )
    return near


def four_network(
    *, place: Place, worker: Member | None = None, today: date | None = None
) -> tuple[FourRow, ...]:
    """Vulnerable members of the place (home place; of `worker`'s caseload through
    Member.contact_worker when given) with fewer than four distinct people they had any
    exchange with in the 90 days up to today, fewest ties first, each with up to three
    suggestions from the same place (shared language, same or nearby street, a shared
    group). Names are shown: this list is for their worker. Reads exchanges directly,
    so it is current even between refreshes."""
    today = today or timezone.localdate()
    since = today - timedelta(days=WINDOW_DAYS - 1)
    # Home place and a role here: nobody from another place is ever listed or suggested.
    local = Member.objects.filter(place=place, erased_at=None, roles__place=place).distinct()
    vulnerable = local.filter(vulnerable=True)
    if worker is not None:
        vulnerable = vulnerable.filter(contact_worker=worker)
    focus = {pk: name for pk, name in vulnerable.values_list("pk", "display_name")}
    if not focus:
        return ()
    window = Exchange.objects.filter(place=place, day__gte=since, day__lte=today)
    rows = list(window.values_list("giver_id", "receiver_id", "day"))
    ties = ties_from(
        np.array([r[0] for r in rows], dtype=np.int64),
        np.array([r[1] for r in rows], dtype=np.int64),
        np.zeros(len(rows), dtype=np.uint8),
    )
    short = short_of_four(ties=ties, people=np.array(sorted(focus), dtype=np.int64))
    if not short:
        return ()
    last: dict[int, date] = {}
    for giver, receiver, day in rows:
        for pk in (giver, receiver):
            if pk in short and (pk not in last or last[pk] < day):
                last[pk] = day
    people = _persons(place, local, ties)
    # Suggested are residents and volunteers of the place, never staff or partners.
    open_to = set(
        Role.objects.filter(
            place=place, kind__in=[RoleKind.RESIDENT, RoleKind.VOLUNTEER]
        ).values_list("member_id", flat=True)
    )
    index = SuggestionIndex(
        people={pk: p for pk, p in people.items() if pk in open_to}, near=_nearby(place)
    )
    groups = dict(Group.objects.filter(place=place).values_list("pk", "name"))
    ordered = sorted(short.items(), key=lambda item: (item[1], focus[item[0]], item[0]))
    partners: dict[int, set[int]] = {pk: set() for pk in short}
    for a, b in zip(ties.a.tolist(), ties.b.tolist(), strict=True):
        if a in partners:
            partners[a].add(b)
        if b in partners:
            partners[b].add(a)
    found = {
        pk: suggest_ties(person=people[pk], index=index, exclude=partners[pk])
        for pk, _count in ordered
    }
    names = dict(
        Member.objects.filter(
            pk__in={s.id for suggestions in found.values() for s in suggestions}
        ).values_list("pk", "display_name")
    )
    return tuple(
        FourRow(
            member_id=pk,
            name=focus[pk],
            ties=count,
            last_exchange=last.get(pk),
            suggestions=tuple(
                TieSuggestion(
                    member_id=s.id,
                    name=names[s.id],
                    reasons=tuple(_reason(code, detail, groups) for code, detail in s.reasons),
                )
                for s in found[pk]
            ),
        )
        for pk, count in ordered
    )


def _persons(place: Place, local, ties: Ties) -> dict[int, Person]:
    """What suggestions look at for every member of the place (home place, with a role)."""
    members = local.values("pk")
    languages: dict[int, set[str]] = {}
    for member, code in SpokenLanguage.objects.filter(member__in=members).values_list(
        "member_id", "code"
    ):
        languages.setdefault(member, set()).add(code)
    groups: dict[int, set[int]] = {}
    for member, group in GroupMembership.objects.filter(
        place=place, member__in=members
    ).values_list("member_id", "group_id"):
        groups.setdefault(member, set()).add(group)
    sectors = dict(Member.objects.filter(pk__in=members).values_list("pk", "sector"))
    ids = sorted(sectors)
    counts = degrees(ties, np.array(ids, dtype=np.int64)).tolist()
    return {
        pk: Person(
            id=pk,
            languages=frozenset(languages.get(pk, ())),
            sector=sectors[pk],
            groups=frozenset(groups.get(pk, ())),
            ties=count,
        )
        for pk, count in zip(ids, counts, strict=True)
    }


def communities_found(*, place: Place, period: Period) -> Communities:
    """Communities in the period's ties, found with Leiden (modularity, fixed seed)."""
    return cached(
        place,
        f"communities:{period.first}:{period.last}",
        lambda: _communities(place, period),
        dump=lambda found: [
            found.count,
            found.sizes,
            found.small,
            found.connected,
            found.modularity,
        ],
        load=lambda row: Communities(period, row[0], tuple(row[1]), *row[2:]),
    )


def _communities(place: Place, period: Period) -> Communities:
    graph = tie_graph(span_state(place, period.months).ties)
    found = communities(graph)
    sizes = found.sizes.tolist()
    large = tuple(n for n in sizes if n >= MIN_CELL)
    people = len(graph.ids)
    return Communities(
        period=period,
        count=len(large),
        sizes=large,
        small=safe_count(sum(n for n in sizes if n < MIN_CELL)),
        connected=safe_count(people),
        modularity=round(found.modularity, 3) if people >= MIN_CELL else None,
    )


def _trend_point(month: date, figures: dict | None) -> TrendPoint:
    if not figures:
        return TrendPoint(month, None, None, None, None, None, None, 0)
    reciprocity = figures["reciprocity"]
    cells = _figures(reciprocity, sum(reciprocity.values()))
    language = figures["language"]
    crossing = _figures(
        {"bridging": language["bridging"], "bonding": language["bonding"]}, language["ties"]
    )
    return TrendPoint(
        month=month,
        give_only=cells["give_only"].share,
        receive_only=cells["receive_only"].share,
        both=cells["both"].share,
        neither=cells["neither"].share,
        bridging_language=crossing["bridging"].share,
        ei_language=ei_index(crossing["bridging"].count, crossing["bonding"].count),
        exchanges=safe_count(figures["exchanges"]),
    )


def trends_monthly(*, place: Place, period: Period) -> tuple[TrendPoint, ...]:
    """One point per month of the period, from the stored month figures."""
    stored = dict(
        MetricMonth.objects.filter(place=place, month__in=period.months).values_list(
            "month", "figures"
        )
    )
    return tuple(_trend_point(month, stored.get(month)) for month in period.months)


def _first_kind(mask: int) -> str:
    return next(kind for kind in ExchangeKind.values if mask & KIND_BITS[kind])


def network_picture(*, place: Place, period: Period, limit: int = 600) -> NetworkPicture:
    """Positions (igraph layout, scaled to 0..1), community per node, edges with kind."""
    return cached(
        place,
        f"picture:{period.first}:{period.last}:{limit}",
        lambda: _picture(place, period, limit),
        dump=lambda p: {
            "nodes": [[n.x, n.y, n.community] for n in p.nodes],
            "edges": [[e.source, e.target, e.kind, list(e.kinds)] for e in p.edges],
            "communities": p.communities,
            "hidden": p.hidden,
        },
        load=lambda d: NetworkPicture(
            period=period,
            nodes=tuple(PictureNode(*node) for node in d["nodes"]),
            edges=tuple(PictureEdge(s, t, kind, tuple(kinds)) for s, t, kind, kinds in d["edges"]),
            communities=d["communities"],
            hidden=d["hidden"],
        ),
    )


def _picture(place: Place, period: Period, limit: int) -> NetworkPicture:
    state = span_state(place, period.months)
    graph = tie_graph(state.ties)
    if len(graph.ids) < MIN_CELL:
        return NetworkPicture(period, (), (), 0, 0)
    found = communities(graph)
    kept = np.sort(np.argsort(-np.asarray(graph.graph.degree()), kind="stable")[:limit])
    # Shuffle the order so that a node's place in the list says nothing about who it is.
    order = np.random.default_rng(place.pk).permutation(len(kept))
    kept = kept[order]
    sub = graph.graph.induced_subgraph(kept.tolist())  # vertex i of sub is kept-sorted[i]
    position = {int(v): i for i, v in enumerate(kept)}
    by_sorted = np.sort(kept)
    xy = layout(sub)
    large = found.sizes >= MIN_CELL
    nodes = []
    for vertex in kept:
        community = int(found.membership[vertex])
        x, y = xy[int(np.searchsorted(by_sorted, vertex))]
        nodes.append(
            PictureNode(
                round(float(x), 4), round(float(y), 4), community if large[community] else -1
            )
        )
    ids = graph.ids
    pair = {
        (int(a), int(b)): int(k)
        for a, b, k in zip(
            np.searchsorted(ids, state.ties.a),
            np.searchsorted(ids, state.ties.b),
            state.ties.kinds,
            strict=True,
        )
    }
    edges = []
    for edge in sub.es:
        s, t = (int(by_sorted[edge.source]), int(by_sorted[edge.target]))
        mask = pair[(min(s, t), max(s, t))]
        edges.append(
            PictureEdge(
                source=position[s],
                target=position[t],
                kind=_first_kind(mask),
                kinds=tuple(k for k in ExchangeKind.values if mask & KIND_BITS[k]),
            )
        )
    return NetworkPicture(
        period=period,
        nodes=tuple(nodes),
        edges=tuple(edges),
        communities=int(np.count_nonzero(large)),
        hidden=len(graph.ids) - len(kept),
    )


def insight_freshness(*, place: Place) -> Freshness:
    """When the place's metrics were last computed."""
    state = MetricState.objects.filter(place=place).first()
    months = MetricMonth.objects.filter(place=place).count()
    if state is None:
        return Freshness(None, None, None, months)
    return Freshness(state.computed_at, state.full_at, state.through, months)
