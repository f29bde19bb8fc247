"""An analyst downloads every CSV export the filters allow and tries to learn Tamar's
origin and whether she is vulnerable, and fails.

Rabot's ordinary life: every month for half a year, ten helpers lend something to the
same ten neighbours, five of whom are vulnerable. Tamar, who consented to share her
origin, borrowed a ladder from a helper once, two months ago: that is all the analyst
knows about her (and that her helper's origin is A). The analyst downloads the export
for every period of whole months from seven months ago to now, for every group (one
without her, the same one with her, and everyone but her) and every attribute, then
subtracts: exports that differ only by her month or only by her, totals minus the cells
shown, a value held by one person, and the monthly rows. With suppression as it is no
attack concludes anything; with the threshold lowered to one the same code finds her
origin (test_the_attacks_work_when_nothing_is_suppressed).
"""

import csv
import io
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations, combinations_with_replacement

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.community import services as community
from nabij.community.models import Group, Member
from nabij.community.services.members import MemberDetails
from nabij.community.services.privacy import consent_give, sensitive_set
from nabij.community.suppression import safe_count, suppress
from nabij.insight import selectors
from nabij.insight.metrics import cells
from nabij.insight.selectors import Period, attributes_available, period_recent
from tests.insight.conftest import History

URL = reverse("insight:export", args=["rabot"])
ORIGIN = "origin"
MONTHS_BACK = 7
HER_MONTHS_AGO = 2

RECIPROCITY = "Wederkerigheid: bewoners naar wat ze deden"
RECEIVERS = "Wie ontvangt: kwetsbaar of niet"
MONTHLY = "Per maand"
VULNERABLE, OTHERS, RECEIVED = "kwetsbaar", "niet kwetsbaar", "iedereen die ontving"


def _month(months_ago: int) -> date:
    first = timezone.localdate().replace(day=1)
    for _ in range(months_ago):
        first = (first - timedelta(days=1)).replace(day=1)
    return first


@dataclass(frozen=True)
class Knowledge:
    """What the analyst knows about Tamar beforehand."""

    month: date  # the month of her only exchange
    ties: int  # people she had an exchange with
    partner_value: str  # her helper's origin
    values: tuple[str, ...]  # every origin anyone in Rabot gives


@dataclass(frozen=True)
class Rabot:
    tamar: Member
    knowledge: Knowledge
    groups: dict[str, Group]


def _resident(cast, name: str, *, vulnerable: bool = False) -> Member:
    return community.member_register(
        actor=cast.worker,
        place=cast.rabot,
        details=MemberDetails(display_name=name, languages=("nl",), vulnerable=vulnerable),
    )


def _origin(cast, member: Member, value: str) -> None:
    consent_give(actor=cast.worker, place=cast.rabot, member=member, purpose=ORIGIN)
    sensitive_set(actor=cast.worker, place=cast.rabot, member=member, kind=ORIGIN, value=value)


def _group(cast, name: str, members: list[Member]) -> Group:
    group = community.group_create(
        actor=cast.worker, place=cast.rabot, name=name, kind="light", bond="meeting_place"
    )
    for member in members:
        community.group_member_add(actor=cast.worker, place=cast.rabot, group=group, member=member)
    return group


@pytest.fixture
def rabot(cast, history: History) -> Rabot:
    helpers = [_resident(cast, f"Helper {n}") for n in range(10)]
    regulars = [_resident(cast, f"Buur {n}", vulnerable=n < 5) for n in range(10)]
    quiet = [_resident(cast, f"Stille buur {n}") for n in range(6)]
    tamar = _resident(cast, "Tamar", vulnerable=True)
    # Ten of each origin, Tamar included; vulnerable or not, both origins.
    for member in helpers[:5] + regulars[5:]:
        _origin(cast, member, "A")
    for member in [*helpers[5:], *regulars[:4], tamar]:
        _origin(cast, member, "B")
    for months_ago in range(MONTHS_BACK):
        for helper, regular in zip(helpers, regulars, strict=True):
            history.lend(helper, regular, _month(months_ago))
    her_month = _month(HER_MONTHS_AGO)
    history.lend(helpers[0], tamar, her_month + timedelta(days=9))
    history.refresh()
    circle = helpers[:5] + regulars
    groups = {
        "zonder haar": _group(cast, "Buurtkring", circle),
        "met haar": _group(cast, "Buurtkring en Tamar", [*circle, tamar]),
        "iedereen behalve haar": _group(cast, "Iedereen behalve Tamar", helpers + regulars + quiet),
    }
    knowledge = Knowledge(month=her_month, ties=1, partner_value="A", values=("A", "B", "C"))
    return Rabot(tamar=tamar, knowledge=knowledge, groups=groups)


# What the analyst downloads ------------------------------------------------------------


@dataclass(frozen=True)
class Export:
    period: Period
    group: str | None  # the fixture's key of the group, None for all residents
    attribute: str
    tables: dict[str, dict[str, list[str]]]  # caption -> row label -> the row's cells
    headers: dict[str, list[str]]  # caption -> column names

    def table(self, start: str) -> dict[str, list[str]]:
        (caption,) = [caption for caption in self.tables if caption.startswith(start)]
        return self.tables[caption]

    def has(self, month: date) -> bool:
        return self.period.first <= month <= self.period.last


def _parse(text: str) -> tuple[dict[str, dict[str, list[str]]], dict[str, list[str]]]:
    """Each table under its caption: its header, then its rows by their first cell."""
    tables: dict[str, dict[str, list[str]]] = {}
    headers: dict[str, list[str]] = {}
    caption = None
    for line in csv.reader(io.StringIO(text)):
        if not line:
            caption = None
        elif caption is None and len(line) == 1:
            caption = line[0]
            tables[caption] = {}
        elif caption is not None and caption not in headers:
            headers[caption] = line
        elif caption is not None:
            tables[caption][line[0]] = line[1:]
    return tables, headers


def _number(cell: str) -> float | None:
    """A figure as shown; None for "< 5", a dash or an empty cell."""
    try:
        return float(cell)
    except ValueError:
        return None


def _download(client, rabot: Rabot, period: Period, group: str | None, attribute: str) -> Export:
    query = {"start": period.first, "end": period.last, "attribute": attribute}
    if group is not None:
        query["group"] = rabot.groups[group].pk
    response = client.get(URL, query)
    assert response.status_code == 200, response.content[:300]
    tables, headers = _parse(response.content.decode("utf-8"))
    return Export(period, group, attribute, tables, headers)


def download_everything(client, cast, rabot: Rabot) -> list[Export]:
    """Every period of whole months, every group and every attribute on offer; the
    attribute only changes the bonding-and-bridging tables, so the other attributes
    are asked for all residents."""
    months = [_month(n) for n in reversed(range(MONTHS_BACK + 1))]
    periods = [
        Period(first, selectors.period_from(start=last, end=last).last)
        for first, last in combinations_with_replacement(months, 2)
    ]
    periods.append(period_recent())
    attributes = [choice.key for choice in attributes_available(place=cast.rabot)]
    assert ORIGIN in attributes
    exports = []
    for period in periods:
        for group in (None, *rabot.groups):
            exports.append(_download(client, rabot, period, group, ORIGIN))
        for attribute in attributes:
            if attribute != ORIGIN:
                exports.append(_download(client, rabot, period, None, attribute))
    return exports


# The attacks on her origin -----------------------------------------------------------


def _value_rows(export: Export) -> dict[str, list[float | None]]:
    rows = export.table("Banden per waarde")
    return {label: [_number(cell) for cell in cells] for label, cells in rows.items()}


def origin_from_her_month(exports: list[Export], known: Knowledge) -> str | None:
    """Two exports alike but for her month: her tie to an A either adds an A-A tie (she
    is A) or a tie leaving A and one leaving her own value."""
    on_origin = [e for e in exports if e.attribute == ORIGIN]
    for without in on_origin:
        for with_her in on_origin:
            if without.group != with_her.group or without.has(known.month):
                continue
            if not with_her.has(known.month):
                continue
            before, after = _value_rows(without), _value_rows(with_her)
            rose_inside, rose_across = set(), set()
            for label in before.keys() & after.keys():
                (_, in_1, out_1, _), (_, in_2, out_2, _) = before[label], after[label]
                if None not in (in_1, in_2) and in_2 - in_1 == known.ties:
                    rose_inside.add(label)
                if None not in (out_1, out_2) and out_2 - out_1 == known.ties:
                    rose_across.add(label)
            if rose_inside == {known.partner_value} and not rose_across:
                return known.partner_value
            if known.partner_value in rose_across and len(rose_across) == 2:
                (value,) = rose_across - {known.partner_value}
                return value
    return None


def origin_from_one_export(export: Export, known: Knowledge) -> str | None:
    """A value held by one person only, or a total that leaves exactly one person
    and one value unaccounted for."""
    rows = _value_rows(export)
    alone = [label for label, row in rows.items() if row[0] == 1 and label in known.values]
    if len(alone) == 1:
        return alone[0]
    summary = export.table("Verbinden en overbruggen")
    total = _number(summary["mensen met een waarde"][0])
    shown = [row[0] for row in rows.values()]
    missing = [value for value in known.values if value not in rows]
    if total is not None and None not in shown and len(missing) == 1 and total - sum(shown) == 1:
        return missing[0]
    return None


def origin_from_any_export(exports: list[Export], known: Knowledge) -> str | None:
    for export in exports:
        if export.attribute == ORIGIN and (found := origin_from_one_export(export, known)):
            return found
    return origin_from_her_month(exports, known)


# The attacks on her vulnerability ----------------------------------------------------


def _receivers(export: Export) -> tuple[float | None, float | None]:
    """Vulnerable and other receivers, a hidden one worked out from the total."""
    rows = export.table(RECEIVERS)
    vulnerable, others = _number(rows[VULNERABLE][0]), _number(rows[OTHERS][0])
    total = _number(rows[RECEIVED][0])
    if total is not None and vulnerable is None and others is not None:
        vulnerable = total - others
    if total is not None and others is None and vulnerable is not None:
        others = total - vulnerable
    return vulnerable, others


def _she_is_the_difference(without: Export, with_her: Export) -> bool | None:
    (v_1, o_1), (v_2, o_2) = _receivers(without), _receivers(with_her)
    if None in (v_1, o_1, v_2, o_2):
        return None
    change = (v_2 - v_1, o_2 - o_1)
    return {(1, 0): True, (0, 1): False}.get(change)


def vulnerability_from_pairs(exports: list[Export], known: Knowledge) -> bool | None:
    """Two exports alike but for her: her month in or out, the group with or without
    her, and all residents against everyone but her."""
    for a, b in combinations(exports, 2):
        if a.attribute != b.attribute:
            continue
        pairs = []
        if a.group == b.group and a.has(known.month) != b.has(known.month):
            pairs.append((b, a) if a.has(known.month) else (a, b))
        if a.period == b.period and {a.group, b.group} == {"zonder haar", "met haar"}:
            pairs.append((a, b) if a.group == "zonder haar" else (b, a))
        if a.period == b.period and {a.group, b.group} == {None, "iedereen behalve haar"}:
            pairs.append((a, b) if a.group is not None else (b, a))
        for without, with_her in pairs:
            if (found := _she_is_the_difference(without, with_her)) is not None:
                return found
    return None


def vulnerability_from_months(export: Export, known: Knowledge) -> bool | None:
    """The monthly rows: the month she received against one just like it without her.
    Receivers per month follow from the shares of all residents."""
    if export.group is not None or not export.has(known.month):
        return None
    monthly = dict(zip(export.period.months, export.tables[MONTHLY].values(), strict=True))
    column = {name: i - 1 for i, name in enumerate(export.headers[MONTHLY])}
    vulnerable_at = next((i for name, i in column.items() if "kwetsba" in name), None)
    residents = _number(export.table(RECIPROCITY)["alle bewoners"][0])
    if vulnerable_at is None or residents is None:
        return None

    def counts(month: date) -> tuple[float, float] | None:
        row = [_number(cell) for cell in monthly[month]]
        only, both, share = (
            row[column["alleen ontvangen"]],
            row[column["geven en ontvangen"]],
            row[vulnerable_at],
        )
        if None in (only, both, share):
            return None
        receivers = round((only + both) * residents / 100)
        return receivers, round(share * receivers / 100)

    hers = counts(known.month)
    for month in monthly:
        other = counts(month) if month != known.month else None
        if hers is None or other is None or hers[0] - other[0] != 1:
            continue
        return {1: True, 0: False}.get(hers[1] - other[1])
    return None


def _around(month: date) -> tuple[date, date]:
    return month, (month - timedelta(days=1)).replace(day=1)


def _month_label(export: Export, month: date) -> str:
    return list(export.tables[MONTHLY])[export.period.months.index(month)]


# The tests -----------------------------------------------------------------------------


def test_no_export_tells_her_origin_or_whether_she_is_vulnerable(cast, rabot, login):
    exports = download_everything(login(cast.analyst), cast, rabot)
    known = rabot.knowledge
    on_origin = [e for e in exports if e.attribute == ORIGIN]
    assert origin_from_her_month(exports, known) is None
    assert {origin_from_one_export(e, known) for e in on_origin} == {None}
    assert vulnerability_from_pairs(exports, known) is None
    assert {vulnerability_from_months(e, known) for e in exports} == {None}
    # The exports do show figures, so there was something to subtract: both origins,
    # who received, and each month's share of residents who received.
    year = next(e for e in on_origin if e.group is None and e.period == period_recent())
    assert set(_value_rows(year)) == {"A", "B"}
    assert _receivers(year) == (6, 5)
    receive_only = year.headers[MONTHLY].index("alleen ontvangen") - 1
    hers, before = (year.tables[MONTHLY][_month_label(year, m)] for m in _around(known.month))
    assert _number(hers[receive_only]) > _number(before[receive_only]) > 0


def test_an_origin_only_she_has_is_never_told(cast, rabot, login):
    sensitive_set(actor=cast.worker, place=cast.rabot, member=rabot.tamar, kind=ORIGIN, value="C")
    exports = download_everything(login(cast.analyst), cast, rabot)
    assert origin_from_any_export(exports, rabot.knowledge) is None
    assert all("C" not in _value_rows(e) for e in exports if e.attribute == ORIGIN)


def test_the_attacks_work_when_nothing_is_suppressed(cast, rabot, login, monkeypatch):
    """The same attacks with the threshold at one: so the tests above can fail."""
    monkeypatch.setattr(selectors, "MIN_CELL", 1)
    for rule in (suppress, safe_count, cells.hide_cells):
        monkeypatch.setitem(rule.__kwdefaults__, "minimum", 1)
    sensitive_set(actor=cast.worker, place=cast.rabot, member=rabot.tamar, kind=ORIGIN, value="C")
    exports = download_everything(login(cast.analyst), cast, rabot)
    assert origin_from_any_export(exports, rabot.knowledge) == "C"
