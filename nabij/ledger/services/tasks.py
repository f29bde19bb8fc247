"""Paid neighbourhood tasks: an earning partner posts, a worker confirms, the member is paid.

The reward comes from the posting partner's own account, never straight from issuance:
one path for every kind of currency, and a partner's budget is its balance, kept within
its limits like anyone's. Under an issued currency the issuer funds its partners with
`currency_issue`; under mutual credit or time credits the partner may go below zero as
far as its limit allows.
"""

from datetime import datetime
from decimal import Decimal

from django.db import transaction

from nabij.community.models import Member, Place
from nabij.errors import DomainError
from nabij.ledger.amounts import parse_decimal, to_minor
from nabij.ledger.choices import AccountKind, Category, TaskState
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Account, Task

from .common import (
    clean_key,
    clean_text,
    lock_rows,
    now_or,
    require_acts_for,
    require_currency,
    require_in_place,
    require_staff,
)
from .currencies import open_account
from .posting import Posting, post, replay

TITLE_LIMIT = 160
DESCRIPTION_LIMIT = 2000
MOST_HOURS = Decimal(24)


def _hours(hours: Decimal | str | int) -> Decimal:
    try:
        value = parse_decimal(hours)
    except DomainError:
        raise DomainError(LedgerError.HOURS_INVALID, field="hours") from None
    if not 0 < value <= MOST_HOURS or value != value.quantize(Decimal("0.01")):
        raise DomainError(LedgerError.HOURS_INVALID, field="hours")
    return value


def task_post(
    *,
    actor: Member,
    place: Place,
    payer: Account,
    title: str,
    hours: Decimal | str | int,
    reward: Decimal | str | int,
    description: str = "",
    now: datetime | None = None,
) -> Task:
    """An earning partner (or staff) posts a task, paid from the partner's account."""
    now = now_or(now)
    currency = payer.currency
    require_currency(currency, place)
    require_acts_for(actor, place, payer, field="payer")
    if payer.kind != AccountKind.ORGANISATION or not payer.pays_out:
        raise DomainError(LedgerError.NOT_A_PAYER, field="payer")
    title = clean_text(title, limit=TITLE_LIMIT, field="title")
    if not title:
        raise DomainError(LedgerError.TITLE_EMPTY, field="title")
    return Task.objects.create(
        place=place,
        currency=currency,
        payer=payer,
        title=title,
        description=clean_text(description, limit=DESCRIPTION_LIMIT, field="description"),
        hours=_hours(hours),
        reward=to_minor(reward, currency=currency),
        posted_by=actor,
        posted_at=now,
    )


def task_confirm(
    *,
    actor: Member,
    place: Place,
    task: Task,
    member: Member,
    idempotency_key: str,
    now: datetime | None = None,
) -> Task:
    """A worker confirms that `member` did the task: the reward goes from the partner's
    account to the member's (opened if they had none), and the task is done."""
    now = now_or(now)
    require_staff(actor, place)
    if task.place_id != place.pk:
        raise DomainError(LedgerError.OTHER_PLACE, field="task")
    require_in_place(member, place)
    currency = task.currency
    key = clean_key(idempotency_key)
    with transaction.atomic():
        payee = open_account(currency=currency, member=member, now=now)
        posting = Posting.pay(
            currency=currency,
            category=Category.EARN,
            payer=task.payer,
            payee=payee,
            amount=task.reward,
            memo=task.title[:200],
            subject=f"task:{task.pk}",
        )
        existing = replay(place=place, key=key, posting=posting)
        if existing is not None:
            return Task.objects.get(pk=task.pk)
        task = lock_rows(tasks=[task.pk]).tasks[task.pk]
        if task.state != TaskState.OPEN:
            # The same confirmation, sent twice at once, gets the first one's answer.
            if replay(place=place, key=key, posting=posting) is not None:
                return task
            raise DomainError(LedgerError.TASK_NOT_OPEN, field="task")
        transfer = post(actor=actor, place=place, key=key, posting=posting, now=now).transfer
        task.state = TaskState.DONE
        task.worker = member
        task.confirmed_by = actor
        task.done_at = now
        task.payment = transfer
        task.save(update_fields=["state", "worker", "confirmed_by", "done_at", "payment"])
    return task


def task_cancel(*, actor: Member, place: Place, task: Task) -> Task:
    """Staff withdraw an open task; nothing was paid, nothing is booked."""
    require_staff(actor, place)
    if task.place_id != place.pk:
        raise DomainError(LedgerError.OTHER_PLACE, field="task")
    with transaction.atomic():
        task = lock_rows(tasks=[task.pk]).tasks[task.pk]
        if task.state != TaskState.OPEN:
            raise DomainError(LedgerError.TASK_NOT_OPEN, field="task")
        task.state = TaskState.CANCELLED
        task.save(update_fields=["state"])
    return task
