"""A member's statement: every booked line, with the other side and the balance after it."""

from datetime import timedelta

from django.utils import timezone

from nabij.ledger import selectors, services
from nabij.ledger.choices import Category
from tests.ledger.conftest import key


def test_jefs_month(cast, books, django_assert_max_num_queries):
    start = timezone.now()
    task = services.task_post(
        actor=cast.worker,
        place=cast.rabot,
        payer=books.buurtwerk,
        title="Speelplein opruimen",
        hours=2,
        reward=50,
    )
    services.task_confirm(
        actor=cast.worker,
        place=cast.rabot,
        task=task,
        member=cast.neighbour,
        idempotency_key=key(),
        now=start + timedelta(days=1),
    )
    services.transfer_post(
        actor=cast.neighbour,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.jef,
        to_account=books.grocery,
        amount=30,
        memo="Groenten",
        idempotency_key=key(),
        now=start + timedelta(days=2),
    )

    with django_assert_max_num_queries(4):  # opening, lines, other sides, currency
        statement = selectors.account_statement(account=books.jef, start=start)

    assert statement.opening == 50
    assert [(line.category, line.amount, line.balance) for line in statement.lines] == [
        (Category.EARN, 50, 100),
        (Category.SPEND, -30, 70),
    ]
    assert [line.counterparty for line in statement.lines] == [
        "Buurtwerk Rabot",
        "Kruidenier Mehmet",
    ]
    assert [line.memo for line in statement.lines] == ["Speelplein opruimen", "Groenten"]
    assert statement.closing == 70 == books.jef.__class__.objects.get(pk=books.jef.pk).balance
