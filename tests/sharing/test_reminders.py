"""`nabij sharing-reminders`: one in-app reminder per overdue loan per day."""

from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from nabij.aid.models import Notification
from nabij.sharing import services
from nabij.sharing.choices import NoticeKind
from nabij.sharing.models import LoanReminder
from nabij.sharing.selectors import loans_overdue


def _lend(cast, library, item, borrower, *, days_ago: int, for_days: int):
    then = timezone.now() - timedelta(days=days_ago)
    return services.loan_check_out(
        actor=cast.worker,
        place=cast.rabot,
        item=item,
        borrower=borrower,
        due_at=then + timedelta(days=for_days),
        now=then,
    )


def test_overdue_loans_are_those_past_their_due_moment(cast, library):
    late = _lend(cast, library, library.bike, cast.resident, days_ago=10, for_days=7)
    _lend(cast, library, library.drill, cast.volunteer, days_ago=2, for_days=7)
    assert list(loans_overdue(cast.rabot, now=timezone.now())) == [late]


def test_the_command_reminds_once_a_day(cast, library):
    _lend(cast, library, library.bike, cast.resident, days_ago=10, for_days=7)
    _lend(cast, library, library.drill, cast.volunteer, days_ago=5, for_days=3)

    call_command("sharing_reminders")
    call_command("sharing_reminders")

    notices = Notification.objects.filter(kind=NoticeKind.LOAN_OVERDUE)
    assert notices.count() == 2
    # Youssef reads his own; Amina is reached through Sara.
    assert set(notices.values_list("member__display_name", flat=True)) == {"Youssef", "Sara"}
    assert LoanReminder.objects.count() == 2

    tomorrow = timezone.now() + timedelta(days=1)
    assert services.loan_reminders_send(place=cast.rabot, now=tomorrow) == 2
    assert notices.count() == 4


def test_a_returned_loan_is_not_reminded(cast, library):
    _lend(cast, library, library.bike, cast.resident, days_ago=10, for_days=7)
    services.loan_return(actor=cast.worker, place=cast.rabot, item=library.bike, condition="good")
    assert services.loan_reminders_send(place=cast.rabot) == 0
