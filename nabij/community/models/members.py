from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from nabij.community.availability import ALL_SLOTS
from nabij.community.choices import AgeBand, ContactChannel, RoleKind


class UnicodeJSONEncoder(DjangoJSONEncoder):
    """JSON as people wrote it: SQLite stores the text as it is, and `\\u015f` escapes
    would make a search for "pişirmek" or "طبخ" find nothing there."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs["ensure_ascii"] = False
        super().__init__(*args, **kwargs)


class Household(models.Model):
    """People who live together; a label only, never an address."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE)
    label = models.CharField(_("naam"), max_length=80)


class Member(models.Model):
    """A person in Nabij. Only a display name is required; everything else is optional.

    A member belongs to the place that registered them (their home place, which owns the
    record); roles can give them a part in other places too.
    """

    place = models.ForeignKey(
        "community.Place", on_delete=models.PROTECT, related_name="home_members"
    )
    display_name = models.CharField(_("naam"), max_length=80)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="member",
    )
    interface_language = models.CharField(_("taal voor berichten"), max_length=5, default="nl")
    contact_channel = models.CharField(
        _("contact"),
        max_length=12,
        choices=ContactChannel.choices,
        default=ContactChannel.VIA_WORKER,
    )
    phone = models.CharField(_("telefoon"), max_length=32, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    contact_worker = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("vaste werker"),
    )
    sector = models.CharField(_("buurt of straat"), max_length=80, blank=True)
    skills = models.JSONField(
        _("vaardigheden"), default=list, blank=True, encoder=UnicodeJSONEncoder
    )
    availability = models.PositiveIntegerField(_("beschikbaarheid"), default=0)
    age_band = models.CharField(
        _("leeftijd"), max_length=8, choices=AgeBand.choices, default="", blank=True
    )
    household = models.ForeignKey(
        Household, on_delete=models.SET_NULL, null=True, blank=True, related_name="members"
    )
    vulnerable = models.BooleanField(_("kwetsbaar (inschatting van een werker)"), default=False)
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    created_by = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    erased_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["display_name", "pk"]
        indexes = [
            models.Index(fields=["place", "display_name"]),
            # Most people have no household on record: without the empty ones, the index
            # tells the planner that "who lives with this person" is a few rows.
            models.Index(
                fields=["household"], name="member_household", condition=Q(household__isnull=False)
            ),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(display_name=""), name="member_name_not_empty"),
            models.CheckConstraint(
                condition=Q(availability__gte=0) & Q(availability__lte=ALL_SLOTS),
                name="member_availability_in_week",
            ),
            models.CheckConstraint(
                condition=Q(contact_channel__in=ContactChannel.values),
                name="member_channel_known",
            ),
            models.CheckConstraint(
                condition=~Q(contact_channel=ContactChannel.PHONE) | ~Q(phone=""),
                name="member_phone_channel_has_phone",
            ),
            models.CheckConstraint(
                condition=~Q(contact_channel=ContactChannel.EMAIL) | ~Q(email=""),
                name="member_email_channel_has_email",
            ),
            models.CheckConstraint(
                condition=Q(age_band__in=AgeBand.values), name="member_age_band_known"
            ),
            models.CheckConstraint(
                condition=Q(updated_at__gte=F("created_at")), name="member_updated_after_created"
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def is_erased(self) -> bool:
        return self.erased_at is not None


class SpokenLanguage(models.Model):
    """A language a member speaks, as an ISO 639 code (two letters where one exists)."""

    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="languages")
    code = models.CharField(max_length=3)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["code"])]
        constraints = [
            models.UniqueConstraint(fields=["member", "code"], name="spoken_language_unique"),
            models.CheckConstraint(
                condition=Q(code__regex=r"^[a-z]{2,3}$"), name="spoken_language_code_shape"
            ),
        ]


class Role(models.Model):
    """What a member is in one place; a member can hold several roles in several places."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="roles")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="roles")
    kind = models.CharField(_("rol"), max_length=12, choices=RoleKind.choices)
    organisation = models.ForeignKey(
        "community.Organisation", on_delete=models.SET_NULL, null=True, blank=True
    )
    since = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["place", "kind"])]
        constraints = [
            models.UniqueConstraint(fields=["place", "member", "kind"], name="role_unique"),
            models.CheckConstraint(condition=Q(kind__in=RoleKind.values), name="role_kind_known"),
        ]


class Buddy(models.Model):
    """A volunteer a worker paired with a member: the volunteer may see what the pairing needs."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE)
    volunteer = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="buddy_of")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="buddies")
    created_by = models.ForeignKey(Member, on_delete=models.SET_NULL, null=True, related_name="+")
    since = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["place", "volunteer", "member"], name="buddy_unique"),
            models.CheckConstraint(condition=~Q(volunteer=F("member")), name="buddy_not_self"),
        ]
