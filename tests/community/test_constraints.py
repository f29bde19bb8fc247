"""The database itself guards the invariants, whatever code writes to it."""

from datetime import timedelta

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.community.availability import ALL_SLOTS
from nabij.community.models import Buddy, Consent, Event, Member, Role, SpokenLanguage


def refused(write) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        write()


def _member(cast, **fields) -> Member:
    now = timezone.now()
    return Member.objects.create(
        place=cast.rabot, created_at=now, updated_at=now, **{"display_name": "Fatma", **fields}
    )


def test_a_member_without_a_name_is_refused(cast):
    refused(lambda: _member(cast, display_name=""))


def test_an_event_ending_before_it_starts_is_refused(cast):
    start = timezone.now()
    for end in (start - timedelta(hours=1), start):
        refused(
            lambda end=end: Event.objects.create(
                place=cast.rabot,
                title="Buurtfeest",
                kind="activity",
                starts_at=start,
                ends_at=end,
            )
        )


def test_the_same_role_twice_is_refused(cast):
    refused(
        lambda: Role.objects.create(
            place=cast.rabot, member=cast.worker, kind="worker", since=timezone.now()
        )
    )


def test_an_unknown_role_is_refused(cast):
    refused(
        lambda: Role.objects.create(
            place=cast.rabot, member=cast.worker, kind="mayor", since=timezone.now()
        )
    )


def test_availability_beyond_the_week_is_refused(cast):
    _member(cast, display_name="Vol", availability=ALL_SLOTS)  # every slot of the week is fine
    refused(lambda: _member(cast, availability=ALL_SLOTS + 1))
    refused(lambda: Member.objects.filter(pk=cast.resident.pk).update(availability=1 << 21))


def test_a_phone_channel_without_a_phone_is_refused(cast):
    refused(lambda: _member(cast, contact_channel="phone", phone=""))
    refused(lambda: Member.objects.filter(pk=cast.resident.pk).update(contact_channel="phone"))


def test_an_email_channel_without_an_email_is_refused(cast):
    refused(lambda: _member(cast, contact_channel="email", email=""))


def test_a_language_code_must_look_like_iso_639(cast):
    refused(lambda: SpokenLanguage.objects.create(member=cast.resident, code="NL"))
    refused(lambda: SpokenLanguage.objects.create(member=cast.resident, code="n1"))


def test_nobody_is_their_own_buddy(cast):
    refused(
        lambda: Buddy.objects.create(
            place=cast.rabot,
            volunteer=cast.volunteer,
            member=cast.volunteer,
            since=timezone.now(),
        )
    )


def test_one_active_consent_per_purpose(cast):
    now = timezone.now()
    Consent.objects.create(member=cast.resident, purpose="origin", given_at=now)
    refused(lambda: Consent.objects.create(member=cast.resident, purpose="origin", given_at=now))
