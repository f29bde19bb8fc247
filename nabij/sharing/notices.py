"""Messages about shared goods, stored as aid's in-app Notification in the reader's language.

Someone with a log-in reads their own in Nabij; someone without one (Amina) cannot open
Nabij, so their contact worker (or the worker who handed the item out) reads a message
about them, not to them, and passes it on. A member whose channel is e-mail or phone also
gets the message there, addressed to them, through aid's route: for someone without a
smartphone a text message is what works. Those leave only when the transaction commits.
"""

from dataclasses import dataclass
from datetime import datetime

from django.utils import formats, timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from nabij.aid.choices import NotificationChannel
from nabij.aid.models import Notification
from nabij.aid.notify import language_of, notify_on_own_channel
from nabij.community.choices import ContactChannel
from nabij.community.models import Member, Place
from nabij.community.services.common import is_staff
from nabij.sharing.choices import NoticeKind
from nabij.sharing.models import Item, Loan

OVERDUE_SUBJECT = _("%(item)s moest al terug zijn")
OVERDUE_TO_BORROWER = _(
    "Dag %(name)s,\n\nje leende %(item)s. Het moest terug zijn op %(due)s. Breng het zo snel "
    "mogelijk terug (%(where)s), of laat ons weten wanneer het lukt."
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
# By e-mail or text to someone who has no log-in: they cannot reserve in Nabij themselves.
BACK_TO_MEMBER_WITHOUT_LOGIN = _(
    "Dag %(name)s,\n\n%(item)s is terug. Je stond als eerste op de wachtlijst. Wil je het "
    "lenen? Vraag het aan een werker van %(place)s."
)
BACK_TO_WORKER = _(
    "%(item)s is teruggebracht. %(name)s stond als eerste op de wachtlijst: help %(name)s "
    "om het te reserveren."
)

# People reached on their own channel; the others hear through Nabij or a worker.
OWN_CHANNELS = frozenset({ContactChannel.EMAIL, ContactChannel.PHONE})


@dataclass(frozen=True)
class Wording:
    subject: str
    to_member: str
    to_worker: str
    to_member_without_login: str


WORDING = {
    NoticeKind.LOAN_OVERDUE: Wording(
        OVERDUE_SUBJECT, OVERDUE_TO_BORROWER, OVERDUE_TO_WORKER, OVERDUE_TO_BORROWER
    ),
    NoticeKind.ITEM_BACK: Wording(
        BACK_SUBJECT, BACK_TO_MEMBER, BACK_TO_WORKER, BACK_TO_MEMBER_WITHOUT_LOGIN
    ),
}


def reader_of(member: Member, *, place: Place, fallback: Member | None = None) -> Member | None:
    """Who reads a notice about `member` in Nabij: themself if they can log in, else their
    worker. The fallback (who handed the item out) reads it only if they are staff: an
    owner who lent their own drill is not told about the borrower's life."""
    if member.is_erased:
        return None
    if member.user_id is not None:
        return member
    worker = member.contact_worker
    if worker is None and fallback is not None and is_staff(fallback, place):
        worker = fallback
    return worker if worker is not None and not worker.is_erased else None


def _compose(
    wording: Wording, body: str, *, place: Place, about: Member, item: Item, loan: Loan | None
) -> tuple[str, str]:
    """Subject and text in the active language."""
    names = {
        "name": about.display_name,
        "item": item.name,
        "place": place.name,
        "where": item.pickup_location or place.name,
        "due": formats.date_format(timezone.localtime(loan.due_at)) if loan else "",
    }
    return gettext(wording.subject) % names, gettext(body) % names


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
    """The notice in Nabij (to the member or their worker) and, if the member has one, on
    their own channel. Returns the in-app notice, else the one on their channel."""
    if about.is_erased:
        return None
    wording = WORDING[kind]
    in_app = None
    reader = reader_of(about, place=place, fallback=fallback)
    if reader is not None:
        language = language_of(reader)
        body = wording.to_member if reader.pk == about.pk else wording.to_worker
        with translation.override(language):
            subject, text = _compose(wording, body, place=place, about=about, item=item, loan=loan)
        in_app = Notification.objects.create(
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
    direct = None
    if about.contact_channel in OWN_CHANNELS:
        language = language_of(about)
        body = wording.to_member if about.user_id else wording.to_member_without_login
        with translation.override(language):
            subject, text = _compose(wording, body, place=place, about=about, item=item, loan=loan)
        direct = notify_on_own_channel(
            place=place,
            member=about,
            kind=kind.value,
            language=language,
            subject=subject,
            body=text,
            now=now,
        )
    return in_app or direct
