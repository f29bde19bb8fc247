"""Reminders for loans past their due day: one in-app notice per loan per day."""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.community.models import Place
from nabij.sharing.choices import NoticeKind
from nabij.sharing.models import LoanReminder
from nabij.sharing.notices import notice_send
from nabij.sharing.selectors import loans_overdue
from nabij.sharing.services.common import now_or


def loan_reminders_send(*, place: Place, now: datetime | None = None) -> int:
    """Remind the borrower (or their worker) of each overdue loan, once today. Running it
    again the same day sends nothing; two runs at once send one (the unique day decides)."""
    now = now_or(now)
    today = timezone.localdate(now)
    sent = 0
    overdue = loans_overdue(place, now=now).exclude(reminders__day=today)
    for loan in overdue.select_related("item", "borrower", "borrower__contact_worker", "lent_by"):
        try:
            with transaction.atomic():
                reminder = LoanReminder.objects.create(loan=loan, day=today)
                notice = notice_send(
                    place=place,
                    about=loan.borrower,
                    kind=NoticeKind.LOAN_OVERDUE,
                    item=loan.item,
                    loan=loan,
                    now=now,
                    fallback=loan.lent_by,
                )
                LoanReminder.objects.filter(pk=reminder.pk).update(notification=notice)
        except IntegrityError:
            continue  # another run reminded this loan today
        sent += 1
    return sent
