"""A worker applies on someone's behalf: a member of the place, no papers or bank account
asked, at most the criterion's maximum."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.errors import DomainError
from nabij.fund import services
from nabij.fund.errors import FundError
from nabij.fund.models import Application


def test_sara_applies_for_amina(cast, fund, apply):
    application = apply("80", household_size=3)
    assert (application.person, application.applied_by) == (cast.resident, cast.worker)
    assert application.case_number == 1
    assert apply("20").case_number == 2


def test_no_papers_or_bank_account_are_asked():
    names = {field.name for field in Application._meta.get_fields()}
    assert not {name for name in names if "bank" in name or "iban" in name or "paper" in name}


def test_an_application_beyond_the_maximum_is_refused(cast, fund, apply):
    with pytest.raises(DomainError) as refused:
        apply("150,01")
    assert refused.value.code == FundError.ABOVE_MAXIMUM
    assert "€ 150,00" in refused.value.message
    assert Application.objects.count() == 0


def test_the_maximum_itself_is_allowed(cast, fund, apply):
    assert apply("150").amount_cents == 15000


def test_the_situation_is_written(cast, fund, apply):
    with pytest.raises(DomainError) as refused:
        apply(situation="   ")
    assert refused.value.code == FundError.SITUATION_EMPTY
    assert Application.objects.count() == 0


def test_a_volunteer_does_not_apply(cast, fund):
    with pytest.raises(DomainError):
        services.application_submit(
            actor=cast.volunteer,
            place=cast.rabot,
            fund=fund.fund,
            person=cast.resident,
            criterion=fund.food,
            amount="20",
            situation="Geen inkomen.",
        )
    assert Application.objects.count() == 0


def test_someone_from_another_place_is_not_applied_for(cast, fund, apply):
    with pytest.raises(DomainError):
        apply(person=cast.pupil_parent)
    assert Application.objects.count() == 0


def test_the_database_refuses_an_application_beyond_the_maximum(cast, fund, apply):
    application = apply("150")
    with pytest.raises(IntegrityError), transaction.atomic():
        Application.objects.filter(pk=application.pk).update(amount_cents=15001)
    row = Application(
        place=cast.rabot,
        fund=fund.fund,
        case_number=9,
        person=cast.resident,
        criterion=fund.food,
        amount_cents=15001,
        situation="Geen inkomen.",
        applied_by=cast.worker,
        created_at=timezone.now(),
    )
    with pytest.raises(IntegrityError), transaction.atomic():
        row.save()
    assert Application.objects.count() == 1
