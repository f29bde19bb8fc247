"""Messages to members about their matches, in their own language, on their own channel.

Who hears what is the privacy rule of mutual aid: a helper learns nothing about the person
asking until a worker has approved the match; after that, only what the help needs (a name,
the kind of help, the street, how to get in touch). Special-category data and the workers'
notes are never read here, so they cannot leak into a message.

Every notice is stored in Nabij (in-app); a member whose channel is e-mail or phone also
gets it there. E-mails and text messages leave only when the surrounding transaction
commits, so a refused approval sends nothing.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from nabij.aid import sms
from nabij.aid.choices import HelpType, MatchState, NotificationChannel, Urgency
from nabij.aid.models import Match, Notification, Request
from nabij.community.availability import slots_from_mask
from nabij.community.choices import DAY_PARTS, DAYS, ContactChannel
from nabij.community.models import Member, Place


class NoticeKind(StrEnum):
    MATCH_APPROVED = "match_approved"
    MATCH_ACCEPTED = "match_accepted"
    MATCH_DECLINED = "match_declined"
    MATCH_CLOSED = "match_closed"


# To the helper, once a worker approved the match.
APPROVED_SUBJECT = _("Wil je iemand helpen? %(help_type)s")
APPROVED_BODY = _(
    "Dag %(helper)s,\n\n%(worker)s vraagt of je %(requester)s wilt helpen met: %(help_type)s."
)
WHERE = _("Buurt of straat: %(sector)s.")
WHEN = _("Wanneer: %(when)s.")
WHEN_FROM_UNTIL = _("van %(start)s tot %(end)s")
WHEN_FROM = _("vanaf %(start)s")
WHEN_UNTIL = _("tot %(end)s")
WHEN_URGENT = _("Het is dringend.")
AT_HOME = _("De hulp is bij de persoon thuis.")
RECURRING = _("Het gaat om hulp die terugkomt.")
REACH_BY_PHONE = _("Je kunt %(requester)s bellen op %(phone)s.")
REACH_BY_EMAIL = _("Je kunt %(requester)s mailen op %(email)s.")
REACH_VIA_WORKER = _("%(worker)s belt je om af te spreken hoe je %(requester)s ontmoet.")
ANSWER = _("Laat in Nabij of aan %(worker)s weten of je het doet.")

# To the person who asked (or their worker), when the helper said yes.
ACCEPTED_SUBJECT = _("Er is een helper gevonden")
ACCEPTED_BODY_REQUESTER = _(
    "Dag %(requester)s,\n\n%(helper)s helpt je met: %(help_type)s. "
    "%(helper)s neemt contact met je op."
)
ACCEPTED_BODY_WORKER = _(
    "%(helper)s helpt %(requester)s met: %(help_type)s. "
    "Laat %(requester)s weten dat er iemand komt."
)

# To the approving worker, when the helper said no.
DECLINED_SUBJECT = _("Een helper kan niet helpen")
DECLINED_BODY = _(
    "%(helper)s kan %(requester)s niet helpen met: %(help_type)s. "
    "De vraag staat weer open: zoek een andere helper."
)

# To the helper, when the match ends.
CLOSED_SUBJECT = _("Je hulp is afgesloten")
CLOSED_DONE = _(
    "Dag %(helper)s,\n\nde hulp aan %(requester)s (%(help_type)s) is afgerond. Dank je wel!"
)
CLOSED_FAILED = _(
    "Dag %(helper)s,\n\nde hulp aan %(requester)s (%(help_type)s) is afgesloten. "
    "Dank je om het te proberen."
)
CLOSED_WITHDRAWN = _(
    "Dag %(helper)s,\n\nde vraag om %(requester)s te helpen (%(help_type)s) is ingetrokken. "
    "Je hoeft niets meer te doen."
)

SOME_WORKER = _("Een werker van %(place)s")

# People who chose to be reached through a worker, or not at all, hear through that worker.
REACHED_THROUGH_WORKER = frozenset({ContactChannel.VIA_WORKER, ContactChannel.NONE})
URGENT = frozenset({Urgency.HIGH, Urgency.URGENT})


@dataclass(frozen=True)
class Message:
    subject: str
    body: str


def language_of(member: Member) -> str:
    """The member's interface language if Nabij speaks it; Dutch otherwise."""
    try:
        return translation.get_supported_language_variant(member.interface_language or "")
    except LookupError:
        return settings.LANGUAGE_CODE


def _listed(items: list[str]) -> str:
    # Arabic separates a list with its own comma; the catalogue says which one.
    return pgettext("list separator", ", ").join(items)


def _worker_name(match: Match, place: Place, requester: Member) -> str:
    worker = match.approved_by or requester.contact_worker
    if worker is not None and not worker.is_erased:
        return worker.display_name
    return gettext(SOME_WORKER) % {"place": place.name}


def _when(request: Request) -> str:
    parts: list[str] = []
    start = formats.date_format(request.needed_from) if request.needed_from else ""
    end = formats.date_format(request.needed_until) if request.needed_until else ""
    if start and end:
        parts.append(gettext(WHEN_FROM_UNTIL) % {"start": start, "end": end})
    elif start:
        parts.append(gettext(WHEN_FROM) % {"start": start})
    elif end:
        parts.append(gettext(WHEN_UNTIL) % {"end": end})
    parts.extend(f"{DAYS[day]} {DAY_PARTS[part]}" for day, part in slots_from_mask(request.slots))
    return _listed(parts)


def _how_to_reach(requester: Member, names: dict[str, str]) -> str:
    channel = requester.contact_channel
    if channel == ContactChannel.PHONE and requester.phone:
        return gettext(REACH_BY_PHONE) % {**names, "phone": requester.phone}
    if channel == ContactChannel.EMAIL and requester.email:
        return gettext(REACH_BY_EMAIL) % {**names, "email": requester.email}
    return gettext(REACH_VIA_WORKER) % names


def _approved(match: Match, names: dict[str, str]) -> Message:
    request = match.request
    paragraphs = [gettext(APPROVED_BODY) % names]
    details = []
    sector = request.sector or request.requester.sector
    if sector:
        details.append(gettext(WHERE) % {"sector": sector})
    when = _when(request)
    if when:
        details.append(gettext(WHEN) % {"when": when})
    if request.urgency in URGENT:
        details.append(gettext(WHEN_URGENT))
    if request.home_visit:
        details.append(gettext(AT_HOME))
    if request.recurring:
        details.append(gettext(RECURRING))
    if details:
        paragraphs.append("\n".join(details))
    paragraphs.append(_how_to_reach(request.requester, names))
    paragraphs.append(gettext(ANSWER) % names)
    return Message(gettext(APPROVED_SUBJECT) % names, "\n\n".join(paragraphs))


def _closed(match: Match, names: dict[str, str]) -> Message:
    body = {
        MatchState.DONE: CLOSED_DONE,
        MatchState.WITHDRAWN: CLOSED_WITHDRAWN,
    }.get(match.state, CLOSED_FAILED)
    return Message(gettext(CLOSED_SUBJECT), gettext(body) % names)


def compose(kind: NoticeKind, *, recipient: Member, match: Match, place: Place) -> Message:
    """The message in the active language; call it inside translation.override."""
    request = match.request
    requester = request.requester
    names = {
        "helper": match.helper.display_name,
        "requester": requester.display_name,
        "worker": _worker_name(match, place, requester),
        "help_type": str(HelpType(request.help_type).label),
    }
    if kind == NoticeKind.MATCH_APPROVED:
        return _approved(match, names)
    if kind == NoticeKind.MATCH_ACCEPTED:
        body = ACCEPTED_BODY_REQUESTER if recipient.pk == requester.pk else ACCEPTED_BODY_WORKER
        return Message(gettext(ACCEPTED_SUBJECT), gettext(body) % names)
    if kind == NoticeKind.MATCH_DECLINED:
        return Message(gettext(DECLINED_SUBJECT), gettext(DECLINED_BODY) % names)
    return _closed(match, names)


def recipient_for(kind: NoticeKind, member: Member, match: Match) -> Member | None:
    """Who actually receives the notice; None when nobody should hear anything.

    A helper hears of a request only after a worker approved the match. Someone who is
    reached through a worker hears of their helper through that worker.
    """
    to_helper = kind in (NoticeKind.MATCH_APPROVED, NoticeKind.MATCH_CLOSED)
    if to_helper and (member.pk != match.helper_id or match.approved_at is None):
        return None
    requester = match.request.requester
    if (
        kind == NoticeKind.MATCH_ACCEPTED
        and member.pk == requester.pk
        and member.contact_channel in REACHED_THROUGH_WORKER
    ):
        return requester.contact_worker or match.approved_by
    return member


def _channels(member: Member) -> list[tuple[str, str]]:
    """Each channel with the address to send to: in Nabij always, plus their own channel."""
    channels = [(NotificationChannel.IN_APP, "")]
    if member.contact_channel == ContactChannel.EMAIL and member.email:
        channels.append((NotificationChannel.EMAIL, member.email))
    elif member.contact_channel == ContactChannel.PHONE and member.phone:
        channels.append((NotificationChannel.SMS, member.phone))
    return channels


def _delivery(pk: int, channel: str, address: str, message: Message) -> Callable[[], None]:
    def deliver() -> None:
        if channel == NotificationChannel.EMAIL:
            send_mail(message.subject, message.body, None, [address])
        else:
            sms.send_sms(address, message.body)
        Notification.objects.filter(pk=pk).update(sent_at=timezone.now())

    return deliver


def notify(
    *,
    place: Place,
    member: Member,
    kind: NoticeKind,
    match: Match | None = None,
    now: datetime | None = None,
) -> list[Notification]:
    """Tell a member about a match: one Notification per channel used, in their language."""
    if match is None:
        raise ValueError("every notice is about a match")
    kind = NoticeKind(kind)
    now = now if now is not None else timezone.now()
    recipient = recipient_for(kind, member, match)
    if recipient is None or recipient.is_erased:
        return []
    language = language_of(recipient)
    with translation.override(language):
        message = compose(kind, recipient=recipient, match=match, place=place)
    notices = Notification.objects.bulk_create(
        Notification(
            place=place,
            member=recipient,
            channel=channel,
            kind=kind.value,
            language=language,
            subject=message.subject[:200],
            body=message.body,
            match=match,
            created_at=now,
            sent_at=now if channel == NotificationChannel.IN_APP else None,
        )
        for channel, _address in _channels(recipient)
    )
    for notice, (channel, address) in zip(notices, _channels(recipient), strict=True):
        if channel != NotificationChannel.IN_APP:
            # robust: one failed gateway must not undo the approval that already committed;
            # the notice keeps sent_at empty, so a worker can see it did not go out.
            transaction.on_commit(_delivery(notice.pk, channel, address, message), robust=True)
    return notices


def notify_on_own_channel(
    *,
    place: Place,
    member: Member,
    kind: str,
    language: str,
    subject: str,
    body: str,
    now: datetime | None = None,
) -> Notification | None:
    """Send a message another app wrote (already in `language`) on the member's own
    channel, e-mail or text message, once the transaction commits: the same route and
    record as the notices above. None for someone with no such channel, or erased; the
    in-app copy, if any, is the caller's."""
    if member.is_erased:
        return None
    own = _channels(member)[1:]  # the first is always in Nabij itself
    if not own:
        return None
    [(channel, address)] = own
    notice = Notification.objects.create(
        place=place,
        member=member,
        channel=channel,
        kind=kind,
        language=language,
        subject=subject[:200],
        body=body,
        created_at=now if now is not None else timezone.now(),
    )
    transaction.on_commit(
        _delivery(notice.pk, channel, address, Message(subject, body)), robust=True
    )
    return notice
