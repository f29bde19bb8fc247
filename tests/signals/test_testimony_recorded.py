"""A worker records a quote with the person's consent; Nabij keeps it without names or
identifying details. Without a recorded consent nothing is stored."""

from datetime import date, timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import translation

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.signals import choices, models
from nabij.signals.choices import ConsentHow, NeedType
from nabij.signals.errors import SignalError
from nabij.signals.services import testimonies as services
from tests.signals.conftest_needs import NOW

QUOTE = (
    "Sinds de brand in de Rabotstraat 12 slaap ik bij Amina. Sara van het buurtwerk "
    "belde me op 0470 12 34 56, maar voor een woning is er niemand."
)


def record(cast, **changes) -> models.Testimony:
    details = {
        "actor": cast.worker,
        "place": cast.rabot,
        "text": QUOTE,
        "language": "nl",
        "theme": NeedType.HOUSING,
        "context": "moeder van drie kinderen",
        "consent_how": ConsentHow.SPOKEN,
        "consent_on": date(2026, 11, 19),
        "now": NOW,
    } | changes
    return services.testimony_record(**details)


def test_the_quote_is_kept_without_names_or_numbers(cast):
    testimony = record(cast)

    assert testimony.text == (
        "Sinds de brand in [adres] slaap ik bij [naam]. [naam] van het buurtwerk "
        "belde me op [telefoon], maar voor een woning is er niemand."
    )
    assert testimony.status == choices.TestimonyStatus.DRAFT
    assert testimony.recorded_by == cast.worker
    assert "Amina" not in models.Testimony.objects.get().text


def test_a_quote_in_arabic_keeps_a_latin_name_out(cast):
    testimony = record(cast, text="قالت Amina إنها لا تجد سكنا", language="ar")

    assert testimony.text.startswith("قالت [")
    assert "Amina" not in testimony.text
    assert testimony.language == "ar"


def test_the_context_holds_no_name_either(cast):
    testimony = record(cast, context="de buurvrouw van Jef")

    assert testimony.context == "de buurvrouw van [naam]"


@pytest.mark.parametrize(
    "changes",
    [{"consent_how": ""}, {"consent_how": None}, {"consent_on": None}, {"consent_how": "nodded"}],
)
def test_without_a_recorded_consent_nothing_is_stored(cast, changes):
    with pytest.raises(DomainError) as refused:
        record(cast, **changes)

    assert refused.value.code == SignalError.NO_CONSENT
    assert "toestemming" in refused.value.message
    assert not models.Testimony.objects.exists()


def test_the_refusal_is_translated():
    with translation.override("nl"):
        assert str(SignalError.NO_CONSENT.message).startswith("Noteer eerst hoe en wanneer")


def test_the_database_refuses_a_testimony_without_consent(cast):
    with pytest.raises(IntegrityError), transaction.atomic():
        models.Testimony.objects.create(
            place=cast.rabot,
            text="Er is niemand die helpt.",
            consent_how="",
            consent_on=date(2026, 11, 19),
            recorded_by=cast.worker,
            recorded_at=NOW,
        )
    assert not models.Testimony.objects.exists()


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"consent_on": date(2026, 11, 21)}, SignalError.CONSENT_IN_FUTURE),
        ({"text": "   "}, SignalError.TEXT_EMPTY),
        ({"text": "x" * 4001}, SignalError.TEXT_TOO_LONG),
        ({"context": "y" * 121}, SignalError.TEXT_TOO_LONG),
        ({"language": "klingon"}, SignalError.LANGUAGE_UNKNOWN),
        ({"theme": "gossip"}, SignalError.NEED_TYPE_UNKNOWN),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(cast, changes, code):
    with pytest.raises(DomainError) as refused:
        record(cast, **changes)

    assert refused.value.code == code
    assert not models.Testimony.objects.exists()


def test_consent_given_today_is_fine(cast):
    assert record(cast, consent_on=date(2026, 11, 20)).consent_on == date(2026, 11, 20)
    assert record(cast, consent_on=date(2026, 11, 20) - timedelta(days=400)).pk


@pytest.mark.parametrize("who", ["volunteer", "analyst", "school_worker"])
def test_only_staff_of_the_place_record_testimonies(cast, who):
    with pytest.raises(DomainError) as refused:
        record(cast, actor=getattr(cast, who))

    assert refused.value.code == CommunityError.NOT_YOUR_PLACE
    assert not models.Testimony.objects.exists()
