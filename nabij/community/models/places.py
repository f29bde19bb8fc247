from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from nabij.community.choices import DOMAIN_OF_KIND, Domain, OrganisationKind, PlaceKind


class Place(models.Model):
    """The tenant: a neighbourhood, a school, a workplace or a club. Every domain row has one."""

    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(_("korte naam"), max_length=60, unique=True)
    kind = models.CharField(_("soort plek"), max_length=20, choices=PlaceKind.choices)
    description = models.TextField(_("beschrijving"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(kind__in=PlaceKind.values), name="place_kind_known"),
            models.CheckConstraint(condition=~Q(name=""), name="place_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def domain(self) -> Domain:
        return DOMAIN_OF_KIND[PlaceKind(self.kind)]


class Organisation(models.Model):
    """A service, association, shop or employer that works in one or more places."""

    name = models.CharField(_("naam"), max_length=160)
    kind = models.CharField(_("soort"), max_length=30, choices=OrganisationKind.choices)
    places = models.ManyToManyField(
        Place, through="OrganisationPlace", related_name="organisations"
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=OrganisationKind.values), name="organisation_kind_known"
            ),
            models.CheckConstraint(condition=~Q(name=""), name="organisation_name_not_empty"),
        ]

    def __str__(self) -> str:
        return self.name


class OrganisationPlace(models.Model):
    place = models.ForeignKey(Place, on_delete=models.CASCADE)
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["place", "organisation"], name="organisation_place_unique"
            )
        ]
