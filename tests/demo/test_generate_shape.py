"""The generated neighbourhood holds together: places, roles, households, pairings."""

from django.contrib.auth.models import User
from django.db.models import Count, Exists, F, OuterRef

from nabij.community.choices import OrganisationKind, PlaceKind, RoleKind
from nabij.community.languages import normalise_code
from nabij.community.models import (
    Attendance,
    Buddy,
    Group,
    Household,
    Member,
    Organisation,
    Place,
    Role,
    SpokenLanguage,
)
from nabij.demo.cast import CAST
from tests.demo.conftest import SIZE


def test_four_places_of_the_right_kinds(demo):
    assert dict(Place.objects.values_list("slug", "kind")) == {
        "rabot": PlaceKind.NEIGHBOURHOOD,
        "regenboog": PlaceKind.SCHOOL,
        "magazijn": PlaceKind.WORKPLACE,
        "jeugdhuis": PlaceKind.CLUB,
    }


def test_the_bulk_of_the_members_live_in_rabot(demo):
    assert Member.objects.count() == SIZE
    assert Member.objects.filter(place__slug="rabot").count() > SIZE * 0.75


def test_every_member_has_a_role_in_their_home_place(demo):
    at_home = Role.objects.filter(member=OuterRef("pk"), place=OuterRef("place"))
    assert not Member.objects.filter(~Exists(at_home)).exists()


def test_some_members_also_have_a_part_in_another_place(demo):
    elsewhere = Role.objects.filter(member__place__slug="rabot").exclude(place__slug="rabot")
    assert set(elsewhere.values_list("place__slug", flat=True)) == {
        "regenboog",
        "magazijn",
        "jeugdhuis",
    }


def test_a_share_of_members_is_vulnerable(demo):
    vulnerable = Member.objects.filter(vulnerable=True).count()
    assert SIZE * 0.07 <= vulnerable <= SIZE * 0.25


def test_languages_are_iso_codes(demo):
    codes = set(SpokenLanguage.objects.values_list("code", flat=True))
    assert len(codes) >= 8
    assert {code for code in codes if normalise_code(code) != code} == set()


def test_people_in_a_household_share_a_sector(demo):
    households = Household.objects.annotate(
        people=Count("members"), sectors=Count("members__sector", distinct=True)
    )
    assert households.filter(people__gte=2).exists()
    assert not households.exclude(sectors=1).exists()


def test_a_contact_worker_works_where_the_member_lives(demo):
    reached = Member.objects.exclude(contact_worker=None).select_related("contact_worker")
    assert reached.exists()
    for member in reached:
        assert Role.objects.filter(
            member=member.contact_worker, place=member.place_id, kind=RoleKind.WORKER
        ).exists()


def test_only_the_cast_can_log_in(demo):
    assert sorted(User.objects.values_list("username", flat=True)) == sorted(
        member.username for member in CAST
    )
    assert Member.objects.exclude(user=None).count() == len(CAST)


def test_each_shop_has_one_partner_and_the_services_are_there(demo):
    shops = Organisation.objects.filter(kind=OrganisationKind.SHOP)
    assert shops.count() >= 5
    for shop in shops:
        assert Role.objects.filter(organisation=shop, kind=RoleKind.PARTNER).count() == 1
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert {
        OrganisationKind.PUBLIC_SERVICE,
        OrganisationKind.NONPROFIT,
        OrganisationKind.CITIZEN_INITIATIVE,
    } <= kinds


def test_light_and_tight_groups_with_members_and_past_encounters(demo):
    assert set(Group.objects.values_list("kind", flat=True)) == {"light", "tight"}
    assert Group.objects.filter(memberships__isnull=False).exists()
    assert Attendance.objects.exists()
    assert not Attendance.objects.exclude(place=F("event__place")).exists()
    mismatched = Attendance.objects.exclude(
        Exists(Role.objects.filter(member=OuterRef("member"), place=OuterRef("place")))
    )
    assert not mismatched.exists()


def test_buddies_pair_volunteers_with_vulnerable_residents(demo):
    buddies = Buddy.objects.select_related("volunteer", "member")
    assert buddies.filter(volunteer__user__username="vrijwilliger").count() == 3
    for buddy in buddies:
        assert buddy.member.vulnerable
        assert Role.objects.filter(
            member=buddy.volunteer, place=buddy.place_id, kind=RoleKind.VOLUNTEER
        ).exists()
