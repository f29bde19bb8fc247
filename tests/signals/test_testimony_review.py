"""A second staff member reads a testimony before it may be used; the one who recorded it
never approves it. The person can withdraw consent: then it is never used again."""

from datetime import date

import pytest
from django.db import IntegrityError, transaction

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.signals import choices, models
from nabij.signals.choices import ConsentHow
from nabij.signals.errors import SignalError
from nabij.signals.selectors import testimonies as selectors
from nabij.signals.services import testimonies as services
from tests.signals.conftest_needs import NOW


@pytest.fixture
def saras(cast) -> models.Testimony:
    """A quote Sara recorded."""
    return services.testimony_record(
        actor=cast.worker,
        place=cast.rabot,
        text="Voor een woning is er niemand. We wachten al drie jaar.",
        language="nl",
        consent_how=ConsentHow.WRITTEN,
        consent_on=date(2026, 11, 19),
        now=NOW,
    )


def test_a_colleague_approves_and_then_it_may_be_used(cast, saras):
    assert list(selectors.testimonies_usable(cast.rabot)) == []

    approved = services.testimony_review(actor=cast.admin, testimony=saras, approve=True, now=NOW)

    assert approved.status == choices.TestimonyStatus.APPROVED
    assert approved.reviewed_by == cast.admin
    assert list(selectors.testimonies_usable(cast.rabot)) == [saras]


def test_the_recorder_cannot_approve_their_own_testimony(cast, saras):
    with pytest.raises(DomainError) as refused:
        services.testimony_review(actor=cast.worker, testimony=saras, approve=True)

    assert refused.value.code == SignalError.SELF_REVIEW
    saras.refresh_from_db()
    assert saras.status == choices.TestimonyStatus.DRAFT
    assert saras.reviewed_by is None


def test_the_database_refuses_a_self_approval(cast, saras):
    with pytest.raises(IntegrityError), transaction.atomic():
        models.Testimony.objects.filter(pk=saras.pk).update(
            status=choices.TestimonyStatus.APPROVED, reviewed_by=cast.worker, reviewed_at=NOW
        )
    saras.refresh_from_db()
    assert saras.status == choices.TestimonyStatus.DRAFT


def test_sending_back_needs_a_note(cast, saras):
    with pytest.raises(DomainError) as refused:
        services.testimony_review(actor=cast.admin, testimony=saras, approve=False, note="  ")
    assert refused.value.code == SignalError.REVIEW_NOTE_NEEDED

    sent_back = services.testimony_review(
        actor=cast.admin, testimony=saras, approve=False, note="Drie jaar: te herkenbaar?"
    )

    assert sent_back.status == choices.TestimonyStatus.REJECTED
    assert sent_back.review_note == "Drie jaar: te herkenbaar?"
    assert list(selectors.testimonies_usable(cast.rabot)) == []


def test_a_testimony_is_reviewed_once(cast, saras):
    services.testimony_review(actor=cast.admin, testimony=saras, approve=True)

    with pytest.raises(DomainError) as refused:
        services.testimony_review(
            actor=cast.admin, testimony=saras, approve=False, note="toch niet"
        )

    assert refused.value.code == SignalError.TESTIMONY_REVIEWED
    saras.refresh_from_db()
    assert saras.status == choices.TestimonyStatus.APPROVED


@pytest.mark.parametrize("who", ["analyst", "volunteer", "school_worker"])
def test_only_staff_of_the_place_review(cast, saras, who):
    with pytest.raises(DomainError) as refused:
        services.testimony_review(actor=getattr(cast, who), testimony=saras, approve=True)

    assert refused.value.code == CommunityError.NOT_YOUR_PLACE


def test_withdrawn_consent_erases_the_words_and_it_is_never_used_again(cast, saras):
    services.testimony_review(actor=cast.admin, testimony=saras, approve=True)

    withdrawn = services.testimony_withdraw(actor=cast.worker, testimony=saras)

    assert withdrawn.status == choices.TestimonyStatus.WITHDRAWN
    assert "woning" not in models.Testimony.objects.get(pk=saras.pk).text
    assert list(selectors.testimonies_usable(cast.rabot)) == []
    with pytest.raises(DomainError) as refused:
        services.testimony_review(actor=cast.admin, testimony=saras, approve=True)
    assert refused.value.code == SignalError.TESTIMONY_REVIEWED


def test_consent_is_withdrawn_once(cast, saras):
    services.testimony_withdraw(actor=cast.worker, testimony=saras)

    with pytest.raises(DomainError) as refused:
        services.testimony_withdraw(actor=cast.admin, testimony=saras)

    assert refused.value.code == SignalError.TESTIMONY_WITHDRAWN
