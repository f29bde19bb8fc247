"""A worker notes a need nobody could meet: what, when, for how many people, where and
for which group, never who. Bad input is refused and nothing is stored."""

from datetime import date, timedelta

import pytest
from django.db import IntegrityError, transaction

from nabij.community import services as community
from nabij.community.choices import Bond, CommunityKind
from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.signals.choices import NeedType
from nabij.signals.errors import SignalError
from nabij.signals.models import UnmetNeed
from nabij.signals.services.needs import unmet_need_record, unmet_need_remove
from tests.signals.conftest_needs import NOW

TODAY = date(2026, 11, 20)


def note(cast, **changes) -> UnmetNeed:
    details = {
        "actor": cast.worker,
        "place": cast.rabot,
        "need_type": NeedType.ENERGY,
        "noted_on": TODAY,
        "people": 4,
        "now": NOW,
    } | changes
    return unmet_need_record(**details)


def test_a_worker_notes_a_need_for_a_family(cast):
    need = note(cast, sector=" Rabot  straat ", note="Geen verwarming sinds twee weken.")

    assert need.people == 4
    assert need.sector == "Rabot straat"
    assert need.recorded_by == cast.worker
    assert need.note == "Geen verwarming sinds twee weken."


def test_a_name_or_number_in_the_note_is_taken_out(cast):
    need = note(cast, note="Amina (0470 12 34 56) heeft geen verwarming.")

    assert need.note == "[naam] ([telefoon]) heeft geen verwarming."


@pytest.mark.parametrize(
    ("changes", "code", "field"),
    [
        ({"noted_on": TODAY + timedelta(days=1)}, SignalError.DATE_IN_FUTURE, "noted_on"),
        ({"noted_on": TODAY - timedelta(days=366)}, SignalError.DATE_TOO_OLD, "noted_on"),
        ({"noted_on": None}, SignalError.DATE_MISSING, "noted_on"),
        ({"people": 0}, SignalError.PEOPLE_INVALID, "people"),
        ({"people": 10_001}, SignalError.PEOPLE_INVALID, "people"),
        ({"people": True}, SignalError.PEOPLE_INVALID, "people"),
        ({"need_type": "drugs"}, SignalError.NEED_TYPE_UNKNOWN, "need_type"),
        ({"sector": "x" * 81}, SignalError.TEXT_TOO_LONG, "sector"),
        ({"note": "x" * 2001}, SignalError.TEXT_TOO_LONG, "note"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(cast, changes, code, field):
    before = UnmetNeed.objects.count()

    with pytest.raises(DomainError) as refused:
        note(cast, **changes)

    assert refused.value.code == code
    assert refused.value.field == field
    assert UnmetNeed.objects.count() == before


def test_a_group_of_another_place_is_refused(cast):
    parents = community.group_create(
        actor=cast.school_worker,
        place=cast.school,
        name="Ouderraad",
        kind=CommunityKind.TIGHT,
        bond=Bond.AGENDA,
    )

    with pytest.raises(DomainError) as refused:
        note(cast, group=parents)

    assert refused.value.code == SignalError.OTHER_PLACE
    assert not UnmetNeed.objects.exists()


@pytest.mark.parametrize("who", ["volunteer", "analyst", "school_worker"])
def test_only_staff_of_the_place_note_needs(cast, who):
    with pytest.raises(DomainError) as refused:
        note(cast, actor=getattr(cast, who))

    assert refused.value.code == CommunityError.NOT_YOUR_PLACE
    assert not UnmetNeed.objects.exists()


def test_the_database_refuses_zero_people(cast):
    with pytest.raises(IntegrityError), transaction.atomic():
        UnmetNeed.objects.create(
            place=cast.rabot, need_type=NeedType.ENERGY, noted_on=TODAY, people=0, recorded_at=NOW
        )


def test_a_need_noted_by_mistake_is_removed(cast):
    need = note(cast)

    unmet_need_remove(actor=cast.admin, place=cast.rabot, need=need)

    assert not UnmetNeed.objects.exists()


def test_a_need_of_rabot_is_not_removed_through_the_school(cast):
    need = note(cast)

    with pytest.raises(DomainError):
        unmet_need_remove(actor=cast.school_worker, place=cast.school, need=need)
    with pytest.raises(DomainError):
        unmet_need_remove(actor=cast.volunteer, place=cast.rabot, need=need)

    assert UnmetNeed.objects.filter(pk=need.pk).exists()
