"""Leaving a waiting list: the person themself or staff, from the item page or from "Wat ik
leen"; someone else's place in line is not theirs to give up."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from nabij.errors import DomainError
from nabij.sharing import services
from nabij.sharing.choices import Condition, WaitState
from nabij.sharing.errors import SharingError
from nabij.sharing.models import WaitingEntry

from .conftest import counts


@pytest.fixture
def jef_waits(cast, library) -> WaitingEntry:
    services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=library.bike,
        borrower=cast.volunteer,
        due_at=timezone.now() + timedelta(days=3),
    )
    return services.waiting_join(
        actor=cast.neighbour, place=cast.rabot, item=library.bike, member=cast.neighbour
    )


def states() -> list[str]:
    return list(WaitingEntry.objects.order_by("pk").values_list("state", flat=True))


def test_jef_leaves_and_is_not_told_when_it_comes_back(cast, library, jef_waits):
    services.waiting_leave(actor=cast.neighbour, place=cast.rabot, entry=jef_waits)
    assert states() == [WaitState.LEFT]
    assert services.loan_return(
        actor=cast.worker, place=cast.rabot, item=library.bike, condition=Condition.USED
    )
    assert states() == [WaitState.LEFT]


def test_leaving_twice_or_for_someone_else_is_refused(cast, library, jef_waits):
    before = counts(), states()
    with pytest.raises(DomainError) as caught:
        services.waiting_leave(actor=cast.volunteer, place=cast.rabot, entry=jef_waits)
    assert caught.value.code == SharingError.NOT_YOURS
    assert (counts(), states()) == before

    services.waiting_leave(actor=cast.worker, place=cast.rabot, entry=jef_waits)
    before = counts(), states()
    with pytest.raises(DomainError) as caught:
        services.waiting_leave(actor=cast.neighbour, place=cast.rabot, entry=jef_waits)
    assert caught.value.code == SharingError.NOT_WAITING
    assert (counts(), states()) == before


def test_the_item_page_has_a_button_to_leave(cast, library, jef_waits, login):
    client = login(cast.neighbour)
    page = client.get(reverse("sharing:item", args=["rabot", library.bike.pk])).content.decode()
    assert "Van de wachtlijst gaan" in page
    response = client.post(
        reverse("sharing:wait_leave", args=["rabot", jef_waits.pk]), {"next": "item"}, follow=True
    )
    text = response.content.decode()
    assert "Jef staat niet meer op de wachtlijst voor Bakfiets." in text
    assert "Zet op de wachtlijst" in text
    assert states() == [WaitState.LEFT]


def test_wat_ik_leen_has_a_button_to_leave(cast, library, jef_waits, login):
    client = login(cast.neighbour)
    page = client.get(reverse("sharing:mine", args=["rabot"])).content.decode()
    assert "Van de wachtlijst voor Bakfiets gaan" in page
    response = client.post(reverse("sharing:wait_leave", args=["rabot", jef_waits.pk]))
    assert response.url == reverse("sharing:mine", args=["rabot"])
    assert states() == [WaitState.LEFT]


def test_someone_else_pressing_leave_is_told_and_nothing_changes(cast, library, jef_waits, login):
    response = login(cast.volunteer).post(
        reverse("sharing:wait_leave", args=["rabot", jef_waits.pk]), follow=True
    )
    assert "Dit kan alleen de persoon zelf" in response.content.decode()
    assert states() == [WaitState.WAITING]
