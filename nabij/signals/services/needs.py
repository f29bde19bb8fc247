"""Unmet needs a worker notes by hand: what someone needed that no one could give, when,
where in the place and for which group. Never who."""

from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone

from nabij.community.models import Group, Member, Place
from nabij.community.services.common import now_or, require_role
from nabij.errors import DomainError
from nabij.signals.choices import NeedType
from nabij.signals.errors import SignalError
from nabij.signals.models import UnmetNeed
from nabij.signals.selectors.testimonies import place_name_index
from nabij.signals.services.testimonies import testimony_redact

PEOPLE_MAX = 10_000
SECTOR_LIMIT = 80
NOTE_LIMIT = 2000
# How far back a worker may note a need: older ones are memories, not signals.
DAYS_BACK = 365


def unmet_need_record(
    *,
    actor: Member,
    place: Place,
    need_type: str,
    noted_on: date | None,
    people: int = 1,
    sector: str = "",
    group: Group | None = None,
    note: str = "",
    now: datetime | None = None,
) -> UnmetNeed:
    """Note a need nobody could meet. A name or a phone number written in the note by
    mistake is taken out, as in a testimony."""
    now = now_or(now)
    if need_type not in NeedType.values:
        raise DomainError(SignalError.NEED_TYPE_UNKNOWN, field="need_type")
    if noted_on is None:
        raise DomainError(SignalError.DATE_MISSING, field="noted_on")
    today = timezone.localdate(now)
    if noted_on > today:
        raise DomainError(SignalError.DATE_IN_FUTURE, field="noted_on")
    if noted_on < today - timedelta(days=DAYS_BACK):
        raise DomainError(SignalError.DATE_TOO_OLD, field="noted_on")
    if isinstance(people, bool) or not isinstance(people, int) or not 1 <= people <= PEOPLE_MAX:
        raise DomainError(SignalError.PEOPLE_INVALID, field="people")
    sector = " ".join((sector or "").split())
    if len(sector) > SECTOR_LIMIT:
        raise DomainError(SignalError.TEXT_TOO_LONG, field="sector")
    note = (note or "").strip()
    if len(note) > NOTE_LIMIT:
        raise DomainError(SignalError.TEXT_TOO_LONG, field="note")
    if group is not None and group.place_id != place.pk:
        raise DomainError(SignalError.OTHER_PLACE, field="group")
    with transaction.atomic():
        require_role(actor, place)
        if note:
            note = testimony_redact(note, names=place_name_index(place))
        return UnmetNeed.objects.create(
            place=place,
            need_type=need_type,
            noted_on=noted_on,
            people=people,
            sector=sector,
            group=group,
            note=note,
            recorded_by=actor,
            recorded_at=now,
        )


def unmet_need_remove(
    *, actor: Member, place: Place, need: UnmetNeed, now: datetime | None = None
) -> None:
    """Take a hand-noted need out again (noted twice, or by mistake)."""
    if need.place_id != place.pk:
        raise DomainError(SignalError.OTHER_PLACE)
    with transaction.atomic():
        require_role(actor, place)
        UnmetNeed.objects.filter(pk=need.pk, place=place).delete()
