"""Who may open the fund pages: one line per URL name (see expect.py).

Staff run the fund. The committee (here Youssef the volunteer, Jef the resident and Koen
the coordinator) also opens the queue and the case pages, which show no names; anyone
else in the place is refused.
"""

from datetime import timedelta

from django.utils import timezone

from nabij.fund import services
from nabij.fund.choices import Category, Outcome
from nabij.fund.models import Application, Fund
from tests.conftest import Cast

from .conftest import Life
from .expect import STAFF, Expect

COMMITTEE = STAFF | {"volunteer", "resident"}


def _fund(cast: Cast, life: Life | None = None) -> Fund:
    fund = Fund.objects.filter(place=cast.rabot).first()
    if fund is not None and fund.seats.exists():
        return fund
    past = timezone.now() - timedelta(days=1)
    today = timezone.localdate()
    if fund is None:
        fund = services.fund_create(
            actor=cast.admin, place=cast.rabot, name="Solidariteitsfonds Rabot", now=past
        )
    for member in (cast.volunteer, cast.neighbour, cast.admin):
        services.seat_add(actor=cast.admin, place=cast.rabot, fund=fund, member=member, now=past)
    services.budget_create(
        actor=cast.admin,
        place=cast.rabot,
        fund=fund,
        starts_on=today - timedelta(days=5),
        ends_on=today + timedelta(days=25),
        amount="500",
        now=past,
    )
    services.criterion_publish(
        actor=cast.admin,
        place=cast.rabot,
        fund=fund,
        code="voeding",
        text=services.CriterionText(
            title="Voedselpakket",
            category=Category.FOOD,
            gives="Een voedselpakket.",
            for_whom="Wie niet rondkomt.",
            max_amount="150",
            valid_from=today - timedelta(days=5),
        ),
        now=past,
    )
    return fund


def _case(cast: Cast, life: Life) -> int:
    """Sara's application for Amina, with Koen's proposal to grant it waiting."""
    fund = _fund(cast)
    application = services.application_submit(
        actor=cast.worker,
        place=cast.rabot,
        fund=fund,
        person=cast.resident,
        criterion=fund.criteria.get(code="voeding"),
        amount="60",
        situation="Geen inkomen deze maand; twee kinderen.",
    )
    services.proposal_make(
        actor=cast.admin,
        place=cast.rabot,
        application=application,
        criterion=application.criterion,
        outcome=Outcome.GRANT,
        reason="Past binnen het criterium.",
    )
    return application.pk


def _decided(cast: Cast, life: Life) -> int:
    pk = _case(cast, life)
    application = Application.objects.get(pk=pk)
    services.proposal_confirm(
        actor=cast.volunteer, place=cast.rabot, proposal=application.proposals.get()
    )
    return pk


def _fund_pk(cast: Cast, life: Life) -> int:
    return _fund(cast).pk


def _seat(cast: Cast, life: Life) -> int:
    return _fund(cast).seats.get(member=cast.neighbour).pk


def _donation(cast: Cast, life: Life) -> int:
    donation = services.donation_record(
        actor=cast.admin,
        place=cast.rabot,
        fund=_fund(cast),
        amount="25",
        received_on=timezone.localdate(),
    )
    return donation.pk


def _budget(cast: Cast, life: Life) -> int:
    return _fund(cast).budgets.get().pk


def _pledge(cast: Cast, life: Life) -> int:
    pledge = services.pledge_create(
        actor=cast.admin,
        place=cast.rabot,
        fund=_fund(cast),
        monthly_amount="10",
        starts_on=timezone.localdate() - timedelta(days=40),
        donor_name="Bakkerij Rabot",
    )
    return pledge.pk


def _last_day(cast: Cast, life: Life) -> dict:
    return {"last_day": timezone.localdate().isoformat()}


def _criterion(cast: Cast, life: Life) -> int:
    return _fund(cast).criteria.get(code="voeding").pk


def _note(cast: Cast, life: Life) -> dict:
    return {"note": "Vraag eerst na of het OCMW kan helpen."}


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


def _payout(cast: Cast, life: Life) -> dict:
    return {"kind": "cash", "amount": "20", "paid_on": timezone.localdate().isoformat()}


def _proposal(cast: Cast, life: Life) -> dict:
    return {"outcome": "refuse", "reason_code": "incomplete", "reason": "Nog niet volledig."}


ROWS: dict[str, Expect] = {
    "fund:overview": Expect(STAFF, pk=_fund_pk),
    "fund:fund_edit": Expect(STAFF, pk=_fund_pk),
    "fund:committee": Expect(COMMITTEE, pk=_fund_pk),
    "fund:seats": Expect(STAFF, pk=_fund_pk),
    "fund:seat_end": Expect(STAFF, pk=_seat, post=_nothing),
    "fund:case": Expect(COMMITTEE, pk=_case),
    "fund:propose": Expect(COMMITTEE, pk=_case, post=_proposal),
    "fund:confirm": Expect(COMMITTEE, pk=_case, post=_nothing),
    "fund:send_back": Expect(COMMITTEE, pk=_case, post=_note),
    "fund:budgets": Expect(STAFF, pk=_fund_pk),
    "fund:budget_change": Expect(STAFF, pk=_budget),
    "fund:donations": Expect(STAFF, pk=_fund_pk),
    "fund:pledges": Expect(STAFF, pk=_fund_pk),
    "fund:pledge_new": Expect(STAFF, pk=_fund_pk),
    "fund:pledge": Expect(STAFF, pk=_pledge),
    "fund:pledge_stop": Expect(STAFF, pk=_pledge, post=_last_day),
    "fund:receipt": Expect(STAFF, pk=_donation),
    "fund:criteria": Expect(STAFF, pk=_fund_pk),
    "fund:criterion_new": Expect(STAFF, pk=_fund_pk),
    "fund:criterion_revise": Expect(STAFF, pk=_criterion),
    "fund:applications": Expect(STAFF, pk=_fund_pk),
    "fund:application_new": Expect(STAFF, pk=_fund_pk),
    "fund:application": Expect(STAFF, pk=_case),
    "fund:payout_new": Expect(STAFF, pk=_decided, post=_payout),
}
