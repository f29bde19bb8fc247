"""Paid tasks on the pages: a partner posts one, a worker confirms who did it, and that
member is paid exactly once."""

import pytest
from django.urls import reverse

from nabij.community.choices import RoleKind
from nabij.community.models import Role
from nabij.ledger import services
from nabij.ledger.choices import TaskState
from nabij.ledger.models import Task
from tests.ledger.conftest import balance, rows

TASKS = reverse("ledger:task_list", args=["rabot"])
NEW = reverse("ledger:task_new", args=["rabot"])


@pytest.fixture
def buurtwerk_partner(cast, books):
    """Mehmet also volunteers for Buurtwerk Rabot, as its partner contact."""
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.buurtwerk.organisation
    )


@pytest.fixture
def gutters(cast, books) -> Task:
    return services.task_post(
        actor=cast.worker,
        place=cast.rabot,
        payer=books.buurtwerk,
        title="Dakgoten van het buurthuis vegen",
        hours="2",
        reward=50,
    )


def post_task(client, books, **changes):
    data = {
        "payer": books.buurtwerk.pk,
        "title": "Zwerfvuil ruimen op het plein",
        "hours": "1,5",
        "reward": "40",
        "description": "",
        "idempotency_key": "k",
    } | changes
    return client.post(NEW, data)


def test_a_partner_posts_a_task_for_their_organisation(cast, books, buurtwerk_partner, login):
    response = post_task(login(cast.shop), books)
    assert response.status_code == 302
    task = Task.objects.get()
    assert (task.title, task.hours, task.reward, task.payer) == (
        "Zwerfvuil ruimen op het plein",
        task.hours.__class__("1.5"),
        40,
        books.buurtwerk,
    )
    assert "Zwerfvuil ruimen op het plein" in login(cast.shop).get(TASKS).content.decode()


def test_a_partner_without_an_earning_organisation_cannot_post(cast, books, login):
    page = login(cast.shop).get(NEW).content.decode()
    assert "geen rekening van een partner die buurtwerk betaalt" in page


@pytest.mark.parametrize(
    "changes, field, message",
    [
        ({"title": ""}, "title", "Schrijf wat er moet gebeuren"),
        ({"hours": "0"}, "hours", "hoeveel uur"),
        ({"hours": "30"}, "hours", "hoeveel uur"),
        ({"reward": "0"}, "reward", "groter zijn dan nul"),
        ({"reward": "12,5"}, "reward", "te fijn"),
    ],
)
def test_a_bad_task_is_refused_next_to_the_field(cast, books, login, changes, field, message):
    before = rows()
    response = post_task(login(cast.worker), books, **changes)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert rows() == before


def confirm(client, task, member, idempotency_key="confirm-1"):
    return client.post(
        reverse("ledger:task_confirm", args=["rabot", task.pk]),
        {"member": member.pk, "idempotency_key": idempotency_key},
    )


def test_the_worker_finds_who_did_it_and_confirms_which_pays_them(cast, books, gutters, login):
    client = login(cast.worker)
    page = client.get(reverse("ledger:task_confirm", args=["rabot", gutters.pk]), {"q": "you"})
    assert "Youssef deed het: betaal" in page.content.decode()

    response = confirm(client, gutters, cast.volunteer)

    assert response.status_code == 302
    assert balance(books.youssef) == 50
    assert balance(books.buurtwerk) == 4950
    gutters.refresh_from_db()
    assert gutters.state == TaskState.DONE
    assert "Youssef kreeg 50 T" in client.get(response["Location"]).content.decode()


def test_a_double_confirmation_pays_once(cast, books, gutters, login):
    client = login(cast.worker)
    confirm(client, gutters, cast.volunteer, idempotency_key="same")
    again = confirm(client, gutters, cast.volunteer, idempotency_key="same")
    assert again.status_code == 302
    assert balance(books.youssef) == 50


def test_a_task_done_already_is_not_paid_again(cast, books, gutters, login):
    client = login(cast.worker)
    confirm(client, gutters, cast.volunteer, idempotency_key="first")
    before = rows()
    response = confirm(client, gutters, cast.neighbour, idempotency_key="second")
    assert response.status_code == 200
    assert "niet meer open" in response.content.decode()
    assert rows() == before


def test_a_reward_past_the_members_ceiling_is_refused(cast, books, login):
    big = services.task_post(
        actor=cast.worker,
        place=cast.rabot,
        payer=books.buurtwerk,
        title="Verhuis",
        hours=8,
        reward=900,
    )
    before = rows()
    response = confirm(login(cast.worker), big, cast.resident)  # Amina holds 200 of 1,000
    assert response.status_code == 200
    assert "boven 1000 T komen" in " ".join(response.context["form"].non_field_errors())
    assert rows() == before


def test_a_worker_cancels_an_open_task(cast, books, gutters, login):
    response = login(cast.worker).post(reverse("ledger:task_cancel", args=["rabot", gutters.pk]))
    assert response.status_code == 302
    gutters.refresh_from_db()
    assert gutters.state == TaskState.CANCELLED


def test_another_places_task_is_not_found(cast, books, gutters, login):
    client = login(cast.school_worker)
    response = client.get(reverse("ledger:task_confirm", args=["regenboog", gutters.pk]))
    assert response.status_code == 404
