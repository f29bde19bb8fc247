"""The exchange graph is built from what Nabij records, once per source.

Help that was done ties helper and requester; a payment between two members ties payee
and payer; people at the same small event met; a shop payment, a failed match and an
undone payment tie nobody.
"""

import pytest
from django.db import IntegrityError
from django.utils import timezone

from nabij.aid import services as aid
from nabij.insight.choices import ExchangeKind
from nabij.insight.models import Exchange
from nabij.insight.services import exchanges_sync
from nabij.insight.sources import ENCOUNTER_MAX
from nabij.ledger import services as ledger
from tests.aid.conftest import approved, ask
from tests.insight.conftest import TODAY, neighbour
from tests.ledger.conftest import key


def _edges(place) -> list[tuple[str, int, int]]:
    return sorted(
        Exchange.objects.filter(place=place).values_list("kind", "giver_id", "receiver_id")
    )


def test_help_that_was_done_ties_helper_to_requester(cast, street):
    done = approved(cast, ask(cast), cast.volunteer)
    aid.match_close(actor=cast.worker, place=cast.rabot, match=done, done=True)
    failed = approved(cast, ask(cast, requester=cast.neighbour), cast.volunteer)
    aid.match_close(
        actor=cast.worker, place=cast.rabot, match=failed, done=False, reason="niet thuis"
    )
    exchanges_sync(place=cast.rabot)
    assert _edges(cast.rabot) == [(ExchangeKind.MATCH, cast.volunteer.pk, cast.resident.pk)]
    assert Exchange.objects.get().day == timezone.localdate()


def test_a_payment_between_members_is_a_tie_and_one_at_a_shop_is_not(cast, books):
    now = timezone.now()
    ledger.transfer_post(
        actor=cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.amina,
        to_account=books.jef,
        amount=10,
        idempotency_key=key(),
        now=now,
    )
    ledger.transfer_post(
        actor=cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.amina,
        to_account=books.grocery,
        amount=5,
        idempotency_key=key(),
        now=now,
    )
    exchanges_sync(place=cast.rabot)
    # Jef did something for Amina: he gave, she received.
    assert _edges(cast.rabot) == [(ExchangeKind.TRANSFER, cast.neighbour.pk, cast.resident.pk)]


def test_an_undone_payment_leaves_the_graph_at_the_next_sync(cast, books):
    paid = ledger.transfer_post(
        actor=cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.amina,
        to_account=books.jef,
        amount=10,
        idempotency_key=key(),
    )
    exchanges_sync(place=cast.rabot)
    ledger.transfer_reverse(
        actor=cast.worker, place=cast.rabot, transfer=paid, idempotency_key=key()
    )
    result = exchanges_sync(place=cast.rabot)
    assert result.removed == 1
    assert _edges(cast.rabot) == []


def test_everyone_at_a_small_event_met_everyone_else(cast, history):
    history.meet(cast.resident, cast.neighbour, cast.volunteer, day=TODAY)
    crowd = [neighbour(cast.rabot, f"Buur {i}") for i in range(ENCOUNTER_MAX + 1)]
    history.meet(*crowd, day=TODAY)
    exchanges_sync(place=cast.rabot)
    low, mid, high = sorted([cast.resident.pk, cast.neighbour.pk, cast.volunteer.pk])
    encounter = ExchangeKind.ENCOUNTER
    assert _edges(cast.rabot) == [
        (encounter, low, mid),
        (encounter, low, high),
        (encounter, mid, high),
    ]


def test_another_places_event_stays_in_that_place(cast, history):
    history.meet(cast.school_worker, cast.pupil_parent, day=TODAY, place=cast.school)
    exchanges_sync(place=cast.rabot)
    exchanges_sync(place=cast.school)
    assert _edges(cast.rabot) == []
    assert len(_edges(cast.school)) == 1


def test_syncing_twice_adds_nothing(cast, history):
    history.meet(cast.resident, cast.neighbour, day=TODAY)
    history.lend(cast.neighbour, cast.resident, TODAY)
    first = exchanges_sync(place=cast.rabot)
    again = exchanges_sync(place=cast.rabot)
    assert len(first.added) == 2
    assert (len(again.added), again.removed) == (0, 0)
    assert Exchange.objects.count() == 2


def test_the_database_refuses_one_source_twice(cast):
    row = dict(
        place=cast.rabot,
        kind=ExchangeKind.MATCH,
        giver=cast.volunteer,
        receiver=cast.resident,
        day=TODAY,
        source_id=7,
    )
    Exchange.objects.create(**row)
    with pytest.raises(IntegrityError):
        Exchange.objects.create(**row)


def test_the_database_refuses_an_unordered_encounter(cast):
    low, high = sorted([cast.resident, cast.neighbour], key=lambda m: m.pk)
    with pytest.raises(IntegrityError):
        Exchange.objects.create(
            place=cast.rabot,
            kind=ExchangeKind.ENCOUNTER,
            giver=high,
            receiver=low,
            day=TODAY,
            source_id=1,
        )
