"""The solidarity fund of the demo neighbourhood: fourteen months of gifts and decisions.

Rabot's fund opened with a campaign (many gifts in its first month, as the Ghent fund
did), then lives on monthly pledges and one-off gifts. Its criteria are public; the food
criterion was revised once, so the public page shows an earlier version too. Workers
apply on behalf of residents; a committee of four (the demo's coordinator and volunteer
among them) decides in pairs; most requests are granted, some partly, some refused with a
general reason; help is handed over as vouchers, cash or in kind.

The fund, its committee, criteria and budgets go through the fund's services; the history
of gifts, cases and payouts is planned first and written in bulk, row by row checked by
the fund's own database guards (a seated pair decides, within the criterion, the amount
asked and the budget; payouts stay within the grant). There are enough decisions in the
main categories each month that the public page shows them, not "< 5".
"""

import random
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from nabij.community.choices import RoleKind
from nabij.community.models import Member, Place, Role
from nabij.demo.cast import CAST, RABOT
from nabij.fund import services
from nabij.fund.choices import (
    Category,
    DonationChannel,
    HouseholdPeriod,
    Outcome,
    PayoutKind,
    ProposalState,
    ReasonCode,
)
from nabij.fund.models import (
    Application,
    BudgetPeriod,
    Criterion,
    Decision,
    Donation,
    Fund,
    Payout,
    Proposal,
)
from nabij.fund.services import CriterionText

MONTHS = 14
MIN_GRANTS = 5  # a month, in the main categories: the public page shows their cells
OPENING_WEEK = 10  # days: the first cases are decided after the fund's first week
WAITING = 6  # applications of the last days, not decided yet
COMMITTEE_EXTRA = 2  # besides the demo's coordinator and volunteer
CAMPAIGN_GIFTS = 70


@dataclass(frozen=True)
class CriterionSpec:
    code: str
    title: str
    category: str
    gives: str
    for_whom: str
    max_euros: int
    household_max: int | None
    household_period: str
    per_month: tuple[int, int]  # decisions a month (low, high)
    payout: str
    payout_text: str = ""


FOR_EVERYONE = (
    "Wie in Rabot woont of er dagelijks komt en het nu niet redt, met of zonder papieren. "
    "Een werker vraagt het aan; een bankrekening is niet nodig."
)
CRITERIA: tuple[CriterionSpec, ...] = (
    CriterionSpec(
        "voeding",
        "Voedselbon",
        Category.FOOD,
        "Een bon voor de sociale kruidenier of de buurtwinkels.",
        FOR_EVERYONE,
        75,
        150,
        HouseholdPeriod.MONTH,
        (7, 11),
        PayoutKind.CARD,
    ),
    CriterionSpec(
        "energie",
        "Hulp bij de energiefactuur",
        Category.ENERGY,
        "Een deel van een achterstallige energiefactuur, rechtstreeks betaald.",
        "Gezinnen in Rabot met een afsluiting of een afbetalingsplan in zicht.",
        250,
        500,
        HouseholdPeriod.YEAR,
        (5, 8),
        PayoutKind.CASH,
    ),
    CriterionSpec(
        "kleding",
        "Kledingpakket",
        Category.CLOTHING,
        "Kleren en schoenen uit de Ruilkast, aangevuld met nieuw ondergoed.",
        FOR_EVERYONE,
        60,
        None,
        "",
        (1, 4),
        PayoutKind.IN_KIND,
        "Kledingpakket uit de Ruilkast",
    ),
    CriterionSpec(
        "verzorging",
        "Verzorgingspakket",
        Category.CARE_PRODUCTS,
        "Zeep, tandpasta, maandverband, luiers.",
        FOR_EVERYONE,
        40,
        None,
        "",
        (2, 5),
        PayoutKind.IN_KIND,
        "Pakket verzorgingsproducten",
    ),
    CriterionSpec(
        "school",
        "Schoolkosten",
        Category.SCHOOL,
        "Schoolgerief, een uitstap of de schoolfactuur van een kind.",
        "Ouders in Rabot met kinderen op school, met of zonder papieren.",
        120,
        None,
        "",
        (0, 3),
        PayoutKind.CARD,
    ),
    CriterionSpec(
        "gezondheid",
        "Gezondheid",
        Category.HEALTH,
        "Geneesmiddelen of een bril die de ziekteverzekering niet terugbetaalt.",
        "Wie geen of onvolledige ziekteverzekering heeft.",
        150,
        None,
        "",
        (1, 3),
        PayoutKind.CASH,
    ),
)
# The food criterion was revised: the voucher went from €60 to €75.
FIRST_FOOD_MAX = 60
REVISED_AFTER_MONTHS = 7

SITUATIONS = (
    "Alleenstaande moeder met drie kinderen; de leefloonaanvraag loopt nog.",
    "Gezin zonder verblijfsvergunning, vader werkt af en toe, nu al weken niet.",
    "Oudere man met een klein pensioen en een hoge huur.",
    "Koppel met twee kinderen; het werkloosheidsgeld is geschorst.",
    "Jonge vrouw, pas verhuisd na een scheiding, nog geen inkomen.",
    "Gezin met vijf kinderen, de energiefactuur is verdubbeld.",
    "Student die het huis uit moest, werkt in een restaurant zonder contract.",
    "Weduwe met een zieke zoon thuis.",
)
REASONS = {
    Outcome.GRANT: (
        "Past binnen het criterium; de werker bevestigt de situatie.",
        "Valt onder het criterium, het gezin heeft nu geen andere hulp.",
    ),
    Outcome.PARTIAL: (
        "Een deel past binnen het maximum per gezin; de rest via het OCMW.",
        "Het gezin kreeg deze maand al hulp; we geven wat nog mag.",
    ),
    Outcome.REFUSE: (
        "Het OCMW kan hier sneller en meer helpen; de werker begeleidt de aanvraag daar.",
        "Valt buiten wat het fonds geeft.",
        "De aanvraag mist nog de factuur; opnieuw indienen kan.",
    ),
}
REFUSALS = (
    (ReasonCode.OTHER_HELP_AVAILABLE, 5),
    (ReasonCode.OUTSIDE_CRITERIA, 3),
    (ReasonCode.INCOMPLETE, 2),
)
PLEDGERS = (
    ("Parochie Sint-Jozef", 150),
    ("Vakbondsafdeling Magazijn Noord", 100),
    ("", 25),
    ("", 40),
)
DONORS = (
    "Familie De Smet",
    "Buurtfeest Rabot",
    "Leerkrachten De Regenboog",
    "Moskee Al Fath",
    "Koor Vrolijke Noten",
    "Bakkerij Rabot",
)


@dataclass
class Case:
    day: date
    at: datetime
    spec: CriterionSpec
    person: int
    applied_by: int
    amount: int  # euros asked
    household: int
    situation: str
    outcome: str | None = None  # None: still waiting
    granted: int = 0
    reason_code: str = ""
    reason: str = ""
    proposed_by: int | None = None
    confirmed_by: int | None = None
    proposed_at: datetime | None = None
    decided_at: datetime | None = None


def _month_starts(first: date, now: datetime) -> list[date]:
    months, day = [], first
    while day <= now.date():
        months.append(day)
        day = _month_end(day) + timedelta(days=1)
    return months


def _cast_pk(username_role: str) -> int:
    username = next(m.username for m in CAST if m.place == RABOT and m.role == username_role)
    return Member.objects.values_list("pk", flat=True).get(user__username=username)


def _role_members(place: Place, kind: str) -> list[int]:
    return list(
        Role.objects.filter(place=place, kind=kind, member__erased_at=None)
        .order_by("member_id")
        .values_list("member_id", flat=True)
    )


def _at(day: date, now: datetime, rng: random.Random) -> datetime:
    moment = time(rng.randint(9, 16), rng.choice((0, 15, 30, 45)))
    return datetime.combine(day, moment, tzinfo=now.tzinfo)


def _decided_at(day: date, now: datetime, rng: random.Random) -> datetime:
    return datetime.combine(day, time(rng.randint(18, 20), 30), tzinfo=now.tzinfo)


def _plan_cases(
    rng: random.Random,
    now: datetime,
    months: list[date],
    persons: list[int],
    workers: list[int],
    committee: list[int],
) -> list[Case]:
    """Cases by the month they were decided in, so each month's cells are known; in the
    main categories (at least MIN_GRANTS a month) enough of them are grants to show."""
    cases: list[Case] = []
    had: Counter = Counter()  # (person, code, year, month or 0): grants so far
    yesterday = now.date() - timedelta(days=1)
    for month in months:
        # In the fund's first month, cases are decided from its second week on.
        start = month + timedelta(days=OPENING_WEEK if month == months[0] else 0)
        days = (min(_month_end(month), yesterday) - start).days + 1
        if days <= 0:
            continue
        for spec in CRITERIA:
            low, high = spec.per_month
            if spec.category == Category.SCHOOL and month.month in (8, 9):
                low, high = 6, 9  # the start of the school year
            if spec.category == Category.ENERGY and month.month in (11, 12, 1, 2):
                low, high = low + 2, high + 3  # winter
            grants = 0
            for n in range(rng.randint(low, high)):
                decided = start + timedelta(days=rng.randrange(days))
                period = month.month if spec.household_period == HouseholdPeriod.MONTH else 0
                person = rng.choice(persons)
                while had[(person, spec.code, month.year, period)] >= 2:
                    person = rng.choice(persons)
                had[(person, spec.code, month.year, period)] += 1
                case = Case(
                    day=decided,
                    at=decided,  # set below
                    spec=spec,
                    person=person,
                    applied_by=rng.choice(workers),
                    amount=rng.randint(spec.max_euros // 3, spec.max_euros),
                    household=rng.randint(1, 7),
                    situation=rng.choice(SITUATIONS),
                )
                case.decided_at = _decided_at(decided, now, rng)
                case.proposed_at = case.decided_at - timedelta(days=rng.randint(0, 3), hours=2)
                case.at = case.proposed_at - timedelta(days=rng.randint(1, 5), hours=3)
                case.day = timezone.localdate(case.at)
                case.proposed_by, case.confirmed_by = rng.sample(committee, 2)
                must_grant = spec.per_month[0] >= MIN_GRANTS and grants + (low - n) <= MIN_GRANTS
                _decide(rng, case, must_grant=must_grant)
                grants += case.outcome != Outcome.REFUSE
                cases.append(case)
    for _ in range(WAITING):
        spec = rng.choice(CRITERIA[:2])
        at = now - timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 6))
        cases.append(
            Case(
                day=timezone.localdate(at),
                at=at,
                spec=spec,
                person=rng.choice(persons),
                applied_by=rng.choice(workers),
                amount=rng.randint(spec.max_euros // 3, spec.max_euros),
                household=rng.randint(1, 7),
                situation=rng.choice(SITUATIONS),
            )
        )
    cases.sort(key=lambda c: c.at)
    return cases


def _decide(rng: random.Random, case: Case, *, must_grant: bool) -> None:
    draw = 1.0 if must_grant else rng.random()
    if draw < 0.12:
        case.outcome = Outcome.REFUSE
        codes, weights = zip(*REFUSALS, strict=True)
        case.reason_code = rng.choices(codes, weights)[0]
    elif draw < 0.22:
        case.outcome = Outcome.PARTIAL
        case.granted = rng.randint(case.amount // 3, case.amount - 5)
        case.reason_code = ReasonCode.HOUSEHOLD_MAXIMUM
    else:
        case.outcome = Outcome.GRANT
        case.granted = case.amount
    case.reason = rng.choice(REASONS[case.outcome])


def _month_end(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


def _quarter(day: date) -> tuple[date, date]:
    first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    after = date(day.year + (first.month == 10), (first.month + 2) % 12 + 1, 1)
    return first, after - timedelta(days=1)


def seed_fund(*, seed: int, now: datetime) -> dict[str, int]:
    """Write the fund and its history; how many rows of each kind."""
    rng = random.Random(f"nabij-demo:{seed}:fund")
    place = Place.objects.get(slug=RABOT)
    admin = Member.objects.get(pk=_cast_pk(RoleKind.ADMIN))
    volunteer = _cast_pk(RoleKind.VOLUNTEER)
    worker = _cast_pk(RoleKind.WORKER)
    volunteers = [pk for pk in _role_members(place, RoleKind.VOLUNTEER) if pk != volunteer]
    committee = [
        admin.pk,
        volunteer,
        *rng.sample(volunteers, min(COMMITTEE_EXTRA, len(volunteers))),
    ]
    workers = [pk for pk in _role_members(place, RoleKind.WORKER) if pk not in committee]
    if worker not in workers:
        workers.append(worker)
    persons = [
        pk
        for pk in _role_members(place, RoleKind.RESIDENT)
        if pk not in committee and pk not in workers
    ]
    if len(committee) < 2 or not persons:
        return {"fund": 0}
    back = now.year * 12 + now.month - 1 - (MONTHS - 1)
    first = date(back // 12, back % 12 + 1, 1)
    opened = datetime.combine(first, time(10), tzinfo=now.tzinfo)
    months = _month_starts(first, now)
    common = {"actor": admin, "place": place}

    with transaction.atomic():
        fund = services.fund_create(
            **common,
            name="Solidariteitsfonds Rabot",
            description=(
                "Een fonds van en voor de buurt: giften van bewoners, verenigingen en zaken, "
                "verdeeld volgens publieke criteria door een comité van bewoners en werkers."
            ),
            now=opened,
        )
        members = Member.objects.in_bulk(committee)
        for pk in committee:
            services.seat_add(**common, fund=fund, member=members[pk], now=opened)
        criteria = _criteria(fund, common, opened, months, now)
        cases = _plan_cases(rng, now, months, persons, workers, committee)
        budgets = _budgets(fund, common, opened, cases, now)
        donations = _donations(rng, fund, common, opened, months, now)
        written = _write_cases(rng, fund, place, cases, criteria, budgets, committee, now)
    return {"fund": 1, "criterion": len(CRITERIA) + 1, "donation": donations, **written}


def _criteria(fund: Fund, common: dict, opened: datetime, months: list[date], now: datetime):
    """Every criterion from the start; the food voucher revised after some months. Returns
    a function telling which version applied on a day."""
    versions: dict[str, list[tuple[date, Criterion]]] = {}
    for spec in CRITERIA:
        text = CriterionText(
            title=spec.title,
            category=spec.category,
            gives=spec.gives,
            for_whom=spec.for_whom,
            max_amount=FIRST_FOOD_MAX if spec.category == Category.FOOD else spec.max_euros,
            valid_from=opened.date(),
            household_max=spec.household_max,
            household_period=spec.household_period,
        )
        criterion = services.criterion_publish(
            **common, fund=fund, code=spec.code, text=text, now=opened
        )
        versions[spec.code] = [(opened.date(), criterion)]
        if spec.category == Category.FOOD and len(months) > REVISED_AFTER_MONTHS:
            revised_on = months[REVISED_AFTER_MONTHS]
            revised = services.criterion_revise(
                **common,
                criterion=criterion,
                text=replace(text, max_amount=spec.max_euros, valid_from=revised_on),
                now=datetime.combine(revised_on, time(9), tzinfo=now.tzinfo),
            )
            versions[spec.code].append((revised_on, revised))

    def applied(code: str, day: date) -> Criterion:
        return [c for since, c in versions[code] if since <= day][-1]

    return applied


def _budgets(
    fund: Fund, common: dict, opened: datetime, cases: list[Case], now: datetime
) -> dict[date, BudgetPeriod]:
    """A budget a quarter, to the end of this year, with room above what was granted."""
    granted: Counter = Counter()
    for case in cases:
        if case.decided_at is not None:
            granted[_quarter(case.decided_at.date())[0]] += case.granted
    budgets = {}
    day = _quarter(opened.date())[0]
    while day.year <= now.year:
        start, end = _quarter(day)
        amount = max(6000, (int(granted[start] * 1.3) // 500 + 1) * 500)
        budgets[start] = services.budget_create(
            **common, fund=fund, starts_on=start, ends_on=end, amount=amount, now=opened
        )
        day = end + timedelta(days=1)
    return budgets


def _donations(
    rng: random.Random,
    fund: Fund,
    common: dict,
    opened: datetime,
    months: list[date],
    now: datetime,
) -> int:
    gifts: list[tuple[date, str, int, object, str]] = []
    for _ in range(CAMPAIGN_GIFTS):
        day = months[0] + timedelta(days=rng.randrange(28))
        name = rng.choice(DONORS) if rng.random() < 0.3 else ""
        amount = rng.choice((10, 20, 25, 50, 50, 100, 100, 250, 500, 1000))
        gifts.append((day, name, amount, None, rng.choice(list(DonationChannel.values))))
    for name, monthly in PLEDGERS:
        pledge = services.pledge_create(
            **common,
            fund=fund,
            monthly_amount=monthly,
            starts_on=months[1] if len(months) > 1 else months[0],
            donor_name=name,
            now=opened,
        )
        for month in months[1:]:
            day = month + timedelta(days=4)
            if day < now.date():
                gifts.append((day, name, monthly, pledge, DonationChannel.BANK))
    for month in months[1:]:
        for _ in range(rng.randint(3, 9)):
            day = month + timedelta(days=rng.randrange(28))
            if day < now.date():
                name = rng.choice(DONORS) if rng.random() < 0.4 else ""
                amount = rng.choice((10, 15, 20, 30, 50, 75, 100, 200))
                gifts.append((day, name, amount, None, rng.choice(list(DonationChannel.values))))
    gifts.sort(key=lambda g: g[0])
    Donation.objects.bulk_create(
        Donation(
            place_id=fund.place_id,
            fund=fund,
            receipt_number=number,
            donor_name=name,
            pledge=pledge,
            amount_cents=amount * 100,
            received_on=day,
            channel=channel,
            recorded_by=common["actor"],
            recorded_at=datetime.combine(day, time(17), tzinfo=now.tzinfo),
        )
        for number, (day, name, amount, pledge, channel) in enumerate(gifts, start=1)
    )
    return len(gifts)


def _write_cases(
    rng: random.Random,
    fund: Fund,
    place: Place,
    cases: list[Case],
    criterion_on,
    budgets: dict[date, BudgetPeriod],
    committee: list[int],
    now: datetime,
) -> dict[str, int]:
    criteria = [criterion_on(case.spec.code, case.day) for case in cases]
    for case, criterion in zip(cases, criteria, strict=True):
        # An earlier version may have allowed less.
        most = criterion.max_amount_cents // 100
        case.amount = min(case.amount, most)
        case.granted = min(case.granted, case.amount)
        if case.outcome == Outcome.PARTIAL and case.granted >= case.amount:
            case.granted = case.amount // 2
    applications = Application.objects.bulk_create(
        Application(
            place=place,
            fund=fund,
            case_number=number,
            person_id=case.person,
            criterion=criterion,
            amount_cents=case.amount * 100,
            household_size=case.household,
            situation=case.situation,
            applied_by_id=case.applied_by,
            created_at=case.at,
        )
        for number, (case, criterion) in enumerate(zip(cases, criteria, strict=True), start=1)
    )
    decided = [(a, c) for a, c in zip(applications, cases, strict=True) if c.outcome]
    proposals = Proposal.objects.bulk_create(
        Proposal(
            place=place,
            application=application,
            criterion=application.criterion,
            outcome=case.outcome,
            amount_cents=case.granted * 100,
            reason_code=case.reason_code,
            reason=case.reason,
            state=ProposalState.CONFIRMED,
            proposed_by_id=case.proposed_by,
            proposed_at=case.proposed_at,
            closed_by_id=case.confirmed_by,
            closed_at=case.decided_at,
        )
        for application, case in decided
    )
    decisions = Decision.objects.bulk_create(
        Decision(
            place=place,
            fund=fund,
            application=application,
            proposal=proposal,
            criterion=application.criterion,
            outcome=case.outcome,
            amount_cents=case.granted * 100,
            reason_code=case.reason_code,
            reason=case.reason,
            budget=(
                budgets[_quarter(case.decided_at.date())[0]]
                if case.outcome != Outcome.REFUSE
                else None
            ),
            proposed_by_id=case.proposed_by,
            confirmed_by_id=case.confirmed_by,
            proposed_at=case.proposed_at,
            decided_at=case.decided_at,
        )
        for (application, case), proposal in zip(decided, proposals, strict=True)
    )
    payouts = []
    for decision, (_application, case) in zip(decisions, decided, strict=True):
        paid_on = case.decided_at.date() + timedelta(days=rng.randint(0, 6))
        if decision.outcome == Outcome.REFUSE or paid_on >= now.date():
            continue
        payouts.append(
            Payout(
                place=place,
                fund=fund,
                decision=decision,
                kind=case.spec.payout,
                description=case.spec.payout_text,
                amount_cents=decision.amount_cents,
                paid_on=paid_on,
                recorded_by_id=case.applied_by,
                recorded_at=datetime.combine(paid_on, time(16), tzinfo=now.tzinfo),
            )
        )
    Payout.objects.bulk_create(payouts, batch_size=500)
    waiting = _open_proposals(rng, place, applications, cases, committee, now)
    return {
        "application": len(applications),
        "decision": len(decisions),
        "payout": len(payouts),
        "proposal": len(proposals) + waiting,
    }


def _open_proposals(
    rng: random.Random,
    place: Place,
    applications: list[Application],
    cases: list[Case],
    committee: list[int],
    now: datetime,
) -> int:
    """Of the cases still waiting, some have a proposal for a second member to confirm:
    by the coordinator for the volunteer, and by another member for the coordinator."""
    waiting = [(a, c) for a, c in zip(applications, cases, strict=True) if not c.outcome]
    proposers = [committee[0], committee[0], committee[-1]]
    rows = []
    for (application, case), proposer in zip(waiting, proposers, strict=False):
        if proposer in (case.person, case.applied_by):
            continue
        rows.append(
            Proposal(
                place=place,
                application=application,
                criterion=application.criterion,
                outcome=Outcome.GRANT,
                amount_cents=application.amount_cents,
                reason=rng.choice(REASONS[Outcome.GRANT]),
                state=ProposalState.OPEN,
                proposed_by_id=proposer,
                proposed_at=max(case.at + timedelta(hours=2), now - timedelta(hours=3)),
            )
        )
    Proposal.objects.bulk_create(rows)
    return len(rows)
