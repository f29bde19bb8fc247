from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.community.choices import Bond, CommunityKind, Domain
from nabij.practices.choices import Level, Mandate, Solidarity, Visibility

# An attachment is kept in the database (the app servers keep no files); this bounds it.
ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024

# What may bind each kind of community (FRAMEWORK.md): light communities gather around a
# meeting place or an exchange network; tight ones around something members share.
BONDS_OF_KIND: dict[str, tuple[str, ...]] = {
    CommunityKind.LIGHT: (Bond.MEETING_PLACE, Bond.EXCHANGE),
    CommunityKind.TIGHT: (
        Bond.IDENTITY,
        Bond.VALUES,
        Bond.EXPERIENCE,
        Bond.AGENDA,
        Bond.SHARED_GOODS,
        Bond.PROJECT,
    ),
}


class Practice(models.Model):
    """An initiative recorded in the practice bank of a place, positioned on the framework.

    `place` is the place that records it (the tenant); `other_places` are further places
    where it also runs. A public practice is shown in the open catalogue; an internal one
    only to the place's staff and analysts."""

    place = models.ForeignKey("community.Place", on_delete=models.CASCADE, related_name="practices")
    other_places = models.ManyToManyField("community.Place", blank=True, related_name="+")
    name = models.CharField(_("naam"), max_length=200)
    domain = models.CharField(_("levensdomein"), max_length=10, choices=Domain.choices)
    description = models.TextField(_("beschrijving"))
    # One organisation per line: many are not (yet) organisations known to Nabij.
    organisations = models.TextField(_("betrokken organisaties"), blank=True)
    level = models.CharField(_("niveau"), max_length=5, choices=Level.choices)
    solidarity = models.CharField(
        _("directe of indirecte solidariteit"), max_length=8, choices=Solidarity.choices
    )
    community_kind = models.CharField(
        _("soort gemeenschap"), max_length=5, choices=CommunityKind.choices
    )
    bond = models.CharField(
        _("wat de gemeenschap bindt"), max_length=16, choices=Bond.choices, blank=True
    )
    mandate_rights = models.BooleanField(_("toegang tot rechten"), default=False)
    mandate_informal = models.BooleanField(_("informele solidariteit versterken"), default=False)
    mandate_politicise = models.BooleanField(_("politiseren"), default=False)
    visibility = models.CharField(
        _("zichtbaarheid"), max_length=8, choices=Visibility.choices, default=Visibility.INTERNAL
    )
    created_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField()
    updated_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["place", "visibility"])]
        constraints = [
            models.CheckConstraint(condition=Q(name__regex=r"\S"), name="practices_practice_name"),
            models.CheckConstraint(
                condition=Q(description__regex=r"\S"), name="practices_practice_description"
            ),
            models.CheckConstraint(
                condition=Q(domain__in=Domain.values), name="practices_practice_domain_known"
            ),
            models.CheckConstraint(
                condition=Q(level__in=Level.values), name="practices_practice_level_known"
            ),
            models.CheckConstraint(
                condition=Q(solidarity__in=Solidarity.values),
                name="practices_practice_solidarity_known",
            ),
            models.CheckConstraint(
                condition=Q(community_kind__in=CommunityKind.values),
                name="practices_practice_community_known",
            ),
            # No bond, or one that fits the kind of community.
            models.CheckConstraint(
                condition=Q(bond="")
                | Q(community_kind=CommunityKind.LIGHT, bond__in=BONDS_OF_KIND[CommunityKind.LIGHT])
                | Q(
                    community_kind=CommunityKind.TIGHT, bond__in=BONDS_OF_KIND[CommunityKind.TIGHT]
                ),
                name="practices_practice_bond_fits_kind",
            ),
            models.CheckConstraint(
                condition=Q(visibility__in=Visibility.values),
                name="practices_practice_visibility_known",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def mandates(self) -> list[Mandate]:
        """The mandates of social work the practice serves, in the framework's order."""
        flags = (self.mandate_rights, self.mandate_informal, self.mandate_politicise)
        return [mandate for mandate, flag in zip(Mandate, flags, strict=True) if flag]

    @property
    def is_public(self) -> bool:
        return self.visibility == Visibility.PUBLIC


class PracticeContact(models.Model):
    """Someone to ask about the practice. Shown in the open catalogue only if `public`."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="contacts")
    name = models.CharField(_("naam"), max_length=120)
    role = models.CharField(_("rol"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=40, blank=True)
    public = models.BooleanField(_("tonen in de open catalogus"), default=False)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(condition=Q(name__regex=r"\S"), name="practices_contact_name"),
        ]


class PracticeLink(models.Model):
    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="links")
    url = models.URLField(_("adres (URL)"), max_length=500)
    title = models.CharField(_("titel"), max_length=200, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(url__startswith="http://") | Q(url__startswith="https://"),
                name="practices_link_web_address",
            ),
        ]


class PracticeAttachment(models.Model):
    """A file that documents the practice (a flyer, a report), kept in the database.

    Like a contact, it is offered in the open catalogue only if marked `public`, and only
    while the practice itself is public."""

    practice = models.ForeignKey(Practice, on_delete=models.CASCADE, related_name="attachments")
    filename = models.CharField(_("bestandsnaam"), max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    data = models.BinaryField()
    public = models.BooleanField(_("tonen in de open catalogus"), default=False)
    uploaded_by = models.ForeignKey("community.Member", on_delete=models.PROTECT, related_name="+")
    uploaded_at = models.DateTimeField()

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(size__gt=0) & Q(size__lte=ATTACHMENT_MAX_BYTES),
                name="practices_attachment_size",
            ),
            models.CheckConstraint(
                condition=Q(filename__regex=r"\S"), name="practices_attachment_filename"
            ),
        ]
