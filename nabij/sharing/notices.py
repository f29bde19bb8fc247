"""Messages about shared goods, stored as aid's in-app Notification in the reader's language.

The notices are in-app only. Someone with a log-in reads their own; someone without one
(Amina) cannot open Nabij, so their contact worker (or the worker who handed the item out)
reads a message about them, not to them, and passes it on the way that person is reached.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import NotificationChannel
from nabij.aid.models import Notification
from nabij.aid.notify import language_of
from nabij.community.models import Member, Place
from nabij.sharing.choices import NoticeKind
from nabij.sharing.models import Item, Loan

OVERDUE_SUBJECT = _("%(item)s moest al terug zijn")
OVERDUE_TO_BORROWER = _(
    "Dag %(name)s,\n\nje leende %(item)s. Het moest terug zijn op %(due)s. Breng het zo snel "
    "mogelijk terug (%(where)s), of laat weten wanneer het lukt."
)
OVERDUE_TO_WORKER = _(
    "%(name)s leende %(item)s. Het moest terug zijn op %(due)s. Wil je %(name)s eraan "
    "herinneren? Terugbrengen: %(where)s."
)
BACK_SUBJECT = _("%(item)s is terug")
BACK_TO_MEMBER = _(
    "Dag %(name)s,\n\n%(item)s is teruggebracht. Je stond als eerste op de wachtlijst: "
    "reserveer het nu in Nabij, of vraag het aan een werker."
)
BACK_TO_WORKER = _(
    "%(item)s is teruggebracht. %(name)s stond als eerste op de wachtlijst: help %(name)s "
    "om het te reserveren."
)


@dataclass(frozen=True)
class Wording:
    subject: str
    to_member: str
    to_worker: str


WORDING = {
    NoticeKind.LOAN_OVERDUE: Wording(OVERDUE_SUBJECT, OVERDUE_TO_BORROWER, OVERDUE_TO_WORKER),
    NoticeKind.ITEM_BACK: Wording(BACK_SUBJECT, BACK_TO_MEMBER, BACK_TO_WORKER),
}


def reader_of(member: Member, *, fallback: Member | None = None) -> Member | None:
    """Who reads a notice about `member`: themself if they can log in, else their worker."""
    if member.is_erased:
        return None
    if member.user_id is not None:
        return member
    worker = member.contact_worker or fallback
    return worker if worker is not None and not worker.is_erased else None


def notice_send(
    *,
    place: Place,
    about: Member,
    kind: NoticeKind,
    item: Item,
    now: datetime,
    loan: Loan | None = None,
    fallback: Member | None = None,
) -> Notification | None:
    reader = reader_of(about, fallback=fallback)
    if reader is None:
        return None
    wording = WORDING[kind]
    language = language_of(reader)
    with translation.override(language):
        names = {
            "name": about.display_name,
            "item": item.name,
            "where": item.pickup_location or place.name,
            "due": formats.date_format(timezone.localtime(loan.due_at)) if loan else "",
        }
        body = wording.to_member if reader.pk == about.pk else wording.to_worker
        subject, text = gettext(wording.subject) % names, gettext(body) % names
    return Notification.objects.create(
        place=place,
        member=reader,
        channel=NotificationChannel.IN_APP,
        kind=kind.value,
        language=language,
        subject=subject[:200],
        body=text,
        created_at=now,
        sent_at=now,
    )
