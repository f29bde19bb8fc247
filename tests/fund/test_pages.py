"""The fund's staff and committee pages: a worker applies for Amina, the committee decides
on a case number and a situation without ever seeing her name, staff hand over the help."""

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.community.choices import AuditAction
from nabij.community.models import AuditEvent
from nabij.fund import services
from nabij.fund.choices import Outcome
from nabij.fund.models import Application, Criterion, Decision, FundCommitteeSeat, Payout, Proposal


def url(name, *args):
    return reverse(f"fund:{name}", args=["rabot", *args])


def test_a_worker_applies_for_amina_on_the_page(cast, fund, login):
    client = login(cast.worker)
    picked = client.get(url("application_new"), {"q": "Ami"})
    assert f"?member={cast.resident.pk}" in picked.content.decode()
    response = client.post(
        url("application_new"),
        {
            "member": cast.resident.pk,
            "criterion": fund.food.pk,
            "amount": "75",
            "household_size": "3",
            "situation": "Moeder met twee kinderen, geen inkomen deze maand.",
        },
    )
    application = Application.objects.get()
    assert response.status_code == 302
    assert response["Location"] == url("application", application.pk)
    assert (application.person, application.applied_by) == (cast.resident, cast.worker)


def test_an_application_beyond_the_maximum_is_refused_on_the_page(cast, fund, login):
    response = login(cast.worker).post(
        url("application_new"),
        {
            "member": cast.resident.pk,
            "criterion": fund.food.pk,
            "amount": "200",
            "situation": "Geen inkomen.",
        },
    )
    assert response.status_code == 200
    assert "Dit is meer dan het criterium toelaat: hoogstens € 150,00." in (
        response.content.decode()
    )
    assert Application.objects.count() == 0


def test_the_committee_sees_the_case_but_not_the_name(cast, fund, apply, login):
    application = apply()
    client = login(cast.volunteer)
    for page in (client.get(url("committee")), client.get(url("case", application.pk))):
        text = page.content.decode()
        assert page.status_code == 200
        assert f"Dossier {application.case_number}" in text
        assert "Alleenstaande moeder" in text
        assert "Amina" not in text
        assert "Sara" not in text


def test_staff_reading_an_application_is_on_the_audit_trail(cast, fund, apply, login):
    application = apply()
    response = login(cast.worker).get(url("application", application.pk))
    assert "Amina" in response.content.decode()
    event = AuditEvent.objects.get(member=cast.resident)
    assert event.action == AuditAction.VIEW
    assert event.actor == cast.worker.user
    assert event.fields == ["fund_application"]


def test_two_committee_members_decide_on_the_pages(cast, fund, apply, login, client):
    application = apply("80")
    client.force_login(cast.volunteer.user)
    response = client.post(
        url("propose", application.pk),
        {"outcome": "grant", "criterion": fund.food.pk, "reason": "Past binnen voeding."},
    )
    assert response.status_code == 302
    alone = client.post(url("confirm", application.pk))
    assert "niemand beslist alleen" in alone.content.decode()
    assert not Decision.objects.exists()
    client.force_login(cast.neighbour.user)
    assert client.post(url("confirm", application.pk)).status_code == 302
    decision = Decision.objects.get()
    assert (decision.proposed_by, decision.confirmed_by) == (cast.volunteer, cast.neighbour)
    assert decision.reason == "Past binnen voeding."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            {"outcome": "grant", "reason": "Past."},
            "Kies het criterium waarop de beslissing steunt.",
        ),
        ({"outcome": "grant", "criterion": "food"}, "een beslissing heeft altijd een reden"),
        (
            {"outcome": "refuse", "criterion": "food", "reason": "Nee."},
            "Kies een reden in het kort",
        ),
    ],
)
def test_a_proposal_without_criterion_or_reason_is_refused_on_the_page(
    cast, fund, apply, login, data, message
):
    application = apply()
    if data.get("criterion") == "food":
        data = {**data, "criterion": fund.food.pk}
    response = login(cast.volunteer).post(url("propose", application.pk), data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Proposal.objects.count() == 0


def test_a_proposal_is_sent_back_with_a_note(cast, fund, apply, login):
    application = apply()
    services.proposal_make(
        actor=cast.volunteer,
        place=cast.rabot,
        application=application,
        criterion=fund.food,
        outcome=Outcome.GRANT,
        reason="Past.",
    )
    client = login(cast.neighbour)
    response = client.post(url("send_back", application.pk), {"note": "Vraag eerst het OCMW."})
    assert response.status_code == 302
    assert Proposal.objects.get().state == "sent_back"
    assert client.get(url("case", application.pk)).content.decode().count("Vraag eerst het OCMW.")


def test_paying_more_than_granted_is_refused_on_the_page(cast, fund, apply, decide, login):
    application = apply("80")
    decide(application)
    client = login(cast.worker)
    data = {"kind": "cash", "amount": "80,01", "paid_on": timezone.localdate().isoformat()}
    response = client.post(url("payout_new", application.pk), data)
    assert "Dit is meer dan toegekend: er blijft nog € 80,00 uit te betalen." in (
        response.content.decode()
    )
    assert Payout.objects.count() == 0
    assert (
        client.post(url("payout_new", application.pk), data | {"amount": "80"}).status_code == 302
    )


def test_a_new_version_of_a_criterion_on_the_page(cast, fund, login):
    response = login(cast.admin).post(
        url("criterion_revise", fund.food.pk),
        {
            "code": "iets-anders",
            "title": "Voedselpakket",
            "category": "food",
            "gives": "Een groter pakket.",
            "for_whom": "Wie niet rondkomt.",
            "max_amount": "175",
            "household_max": "",
            "household_period": "",
            "valid_from": timezone.localdate().isoformat(),
        },
    )
    assert response.status_code == 302
    newest = Criterion.objects.get(code="voeding", is_current=True)
    assert (newest.version, newest.max_amount_cents) == (2, 17500)
    assert not Criterion.objects.filter(code="iets-anders").exists()


def test_staff_seat_a_resident_on_the_committee(cast, fund, login):
    client = login(cast.admin)
    response = client.post(url("seats"), {"member": cast.resident.pk})
    assert response.status_code == 302
    seat = FundCommitteeSeat.objects.get(member=cast.resident, until=None)
    client.post(url("seat_end", seat.pk))
    seat.refresh_from_db()
    assert seat.until is not None


def test_a_fund_is_started_from_the_overview(cast, login):
    client = login(cast.admin)
    assert "Solidariteitsfonds starten" in client.get(url("overview")).content.decode()
    response = client.post(url("overview"), {"name": "Buurtfonds", "description": ""})
    assert response.status_code == 302
    assert "Buurtfonds" in client.get(url("overview")).content.decode()


@pytest.mark.parametrize("page", ["committee", "applications"])
def test_the_case_lists_take_a_fixed_number_of_queries(
    cast, fund, apply, decide, login, django_assert_max_num_queries, page
):
    services.budget_change(actor=cast.admin, place=cast.rabot, budget=fund.budget, amount="9000")
    for number in range(12):
        application = apply("10", criterion=fund.energy)
        if number % 2:
            decide(application)
    client = login(cast.admin)
    with django_assert_max_num_queries(12):
        response = client.get(url(page))
    assert response.status_code == 200
    assert response.content.decode().count("Dossier ") >= 12
