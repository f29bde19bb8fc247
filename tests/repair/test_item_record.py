"""At the door: an item brought to a session is written down, and nothing more than needed."""

from nabij.community.models import AuditEvent
from nabij.repair import services
from nabij.repair.choices import ItemCategory, Outcome

from .conftest import bring


def test_a_volunteer_writes_down_a_toaster_brought_by_a_visitor(cast, cafe):
    item = bring(cast, cafe.today, description="  Broodrooster   met   kapotte knop ")

    assert item.event == cafe.today
    assert item.place == cast.rabot
    assert item.description == "Broodrooster met kapotte knop"
    assert item.outcome == Outcome.PENDING
    assert item.recorded_by == cast.volunteer


def test_a_visitor_who_is_not_registered_leaves_no_trace(cast, cafe):
    item = bring(cast, cafe.today)

    assert item.owner is None
    assert not AuditEvent.objects.filter(place=cast.rabot).exists()


def test_an_item_brought_by_a_member_names_them_and_is_logged(cast, cafe):
    item = bring(cast, cafe.today, owner=cast.resident, category=ItemCategory.TEXTILE)

    assert item.owner == cast.resident
    logged = AuditEvent.objects.get(member=cast.resident)
    assert logged.actor == cast.volunteer.user
    assert logged.fields == ["repair_item"]


def test_the_fixer_records_that_it_was_repaired(cast, cafe):
    item = bring(cast, cafe.today)

    done = services.item_outcome_record(
        actor=cast.volunteer,
        place=cast.rabot,
        item=item,
        outcome=Outcome.REPAIRED,
        fixer=cast.volunteer,
        note="Nieuwe zekering",
    )

    item.refresh_from_db()
    assert item.outcome == Outcome.REPAIRED == done.outcome
    assert item.fixer == cast.volunteer
    assert item.outcome_at is not None
    assert item.note == "Nieuwe zekering"


def test_an_outcome_can_be_corrected_later(cast, cafe):
    item = bring(cast, cafe.today)
    common = {"actor": cast.worker, "place": cast.rabot, "item": item}
    services.item_outcome_record(**common, outcome=Outcome.ADVICE, fixer=cast.volunteer)

    services.item_outcome_record(**common, outcome=Outcome.REPAIRED, fixer=cast.admin)

    item.refresh_from_db()
    assert (item.outcome, item.fixer) == (Outcome.REPAIRED, cast.admin)
