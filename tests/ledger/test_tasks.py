"""Paid tasks: an earning partner posts neighbourhood work, a worker confirms who did it,
and the reward goes from the partner's account to that member's."""

from decimal import Decimal

import pytest

from nabij.community.choices import RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import Role
from nabij.errors import DomainError
from nabij.ledger import selectors, services
from nabij.ledger.choices import Category, TaskState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account
from tests.ledger.conftest import balance, key, legs


def post(cast, books, **fields):
    return services.task_post(
        actor=fields.pop("actor", cast.worker),
        place=cast.rabot,
        payer=books.buurtwerk,
        title=fields.pop("title", "Bloembakken Rabotstraat water geven"),
        hours=fields.pop("hours", "2"),
        reward=fields.pop("reward", 50),
        **fields,
    )


def confirm(cast, task, member, idempotency_key=None):
    return services.task_confirm(
        actor=cast.worker,
        place=cast.rabot,
        task=task,
        member=member,
        idempotency_key=idempotency_key or key(),
    )


def test_a_partner_posts_a_task(cast, books):
    # Mehmet also runs the Buurtwerk's tasks: his partner role names it.
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.buurtwerk.organisation
    )
    task = post(cast, books, actor=cast.shop, hours="1,5", reward=38)

    assert task.state == TaskState.OPEN
    assert (task.hours, task.reward, task.posted_by) == (Decimal("1.5"), 38, cast.shop)
    assert list(selectors.tasks_open(place=cast.rabot)) == [task]


def test_confirming_pays_the_member_from_the_partner(cast, books):
    task = confirm(cast, post(cast, books), cast.neighbour)

    assert task.state == TaskState.DONE
    assert (task.worker, task.confirmed_by) == (cast.neighbour, cast.worker)
    assert task.payment.category == Category.EARN
    assert legs(task.payment) == {books.buurtwerk.pk: -50, books.jef.pk: 50}
    assert balance(books.jef) == 100
    assert balance(books.buurtwerk) == 4950
    assert list(selectors.tasks_open(place=cast.rabot)) == []


def test_a_member_without_an_account_gets_one(cast, books):
    """Lien had no Torekes yet: her first task opens her account."""
    confirm(cast, post(cast, books), cast.analyst)

    opened = Account.objects.get(currency=books.toreke, member=cast.analyst)
    assert opened.balance == 50
    assert (opened.min_balance, opened.max_balance) == (0, 1000)


def test_a_retried_confirmation_pays_once(cast, books):
    task = post(cast, books)
    confirm(cast, task, cast.neighbour, idempotency_key="bevestig-12")

    again = confirm(cast, task, cast.neighbour, idempotency_key="bevestig-12")

    assert again.state == TaskState.DONE
    assert balance(books.jef) == 100


def test_only_a_worker_confirms(cast, books):
    task = post(cast, books)

    with pytest.raises(DomainError) as refused:
        services.task_confirm(
            actor=cast.shop,
            place=cast.rabot,
            task=task,
            member=cast.neighbour,
            idempotency_key=key(),
        )

    assert refused.value.code == CommunityError.NOT_YOUR_PLACE


def test_someone_of_another_place_is_not_paid_here(cast, books):
    with pytest.raises(DomainError) as refused:
        confirm(cast, post(cast, books), cast.pupil_parent)

    assert refused.value.code == CommunityError.NOT_IN_PLACE
    assert not Account.objects.filter(member=cast.pupil_parent).exists()


def test_a_cancelled_task_is_not_paid(cast, books):
    task = services.task_cancel(actor=cast.worker, place=cast.rabot, task=post(cast, books))

    with pytest.raises(DomainError) as refused:
        confirm(cast, task, cast.neighbour)

    assert refused.value.code == LedgerError.TASK_NOT_OPEN
    assert balance(books.jef) == 50
