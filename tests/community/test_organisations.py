"""Organisations working in a place, and the members who act for them."""

import pytest

from nabij.community import services
from nabij.community.choices import AuditAction, OrganisationKind, RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import AuditEvent, Organisation, OrganisationPlace, Role
from nabij.errors import DomainError


def _workshop(cast):
    return services.organisation_create(
        actor=cast.worker, place=cast.rabot, name="  Fietsatelier   Rabot ", kind="nonprofit"
    )


def test_a_worker_adds_an_organisation_that_works_in_her_place(cast):
    workshop = _workshop(cast)

    assert workshop.name == "Fietsatelier Rabot"
    assert workshop.kind == OrganisationKind.NONPROFIT
    assert list(workshop.places.all()) == [cast.rabot]


@pytest.mark.parametrize(
    ("name", "kind", "code"),
    [
        ("   ", "nonprofit", CommunityError.NAME_EMPTY),
        ("x" * 161, "nonprofit", CommunityError.NAME_TOO_LONG),
        ("Fietsatelier", "bank", CommunityError.VALUE_EMPTY),
    ],
)
def test_a_bad_organisation_is_refused_and_nothing_is_stored(cast, name, kind, code):
    with pytest.raises(DomainError) as refused:
        services.organisation_create(actor=cast.worker, place=cast.rabot, name=name, kind=kind)

    assert refused.value.code == code
    assert not Organisation.objects.exists()


def test_the_same_name_twice_in_one_place_is_refused(cast):
    _workshop(cast)
    with pytest.raises(DomainError) as refused:
        services.organisation_create(
            actor=cast.admin, place=cast.rabot, name="fietsatelier rabot", kind="shop"
        )

    assert refused.value.code == CommunityError.ORGANISATION_EXISTS
    assert "Fietsatelier Rabot" in refused.value.message
    assert Organisation.objects.count() == 1


def test_another_place_may_have_an_organisation_of_the_same_name(cast):
    _workshop(cast)
    services.organisation_create(
        actor=cast.school_worker, place=cast.school, name="Fietsatelier Rabot", kind="nonprofit"
    )

    assert Organisation.objects.count() == 2


def test_only_staff_of_the_place_add_organisations(cast):
    for outsider in (cast.volunteer, cast.shop, cast.school_worker):
        with pytest.raises(DomainError) as refused:
            services.organisation_create(
                actor=outsider, place=cast.rabot, name="Fietsatelier", kind="nonprofit"
            )
        assert refused.value.code == CommunityError.NOT_YOUR_PLACE
    assert not Organisation.objects.exists()


def test_appointing_jef_makes_him_a_partner_acting_for_the_workshop(cast):
    workshop = _workshop(cast)

    role = services.partner_appoint(
        actor=cast.worker, place=cast.rabot, organisation=workshop, member=cast.neighbour
    )

    assert (role.member, role.kind, role.organisation) == (
        cast.neighbour,
        RoleKind.PARTNER,
        workshop,
    )
    assert Role.objects.filter(member=cast.neighbour, place=cast.rabot).count() == 2
    assert AuditEvent.objects.filter(
        member=cast.neighbour, action=AuditAction.UPDATE, fields=["roles"]
    ).exists()


def test_appointing_a_partner_to_another_organisation_moves_the_role(cast):
    grocery = services.organisation_create(
        actor=cast.worker, place=cast.rabot, name="Kruidenier Mehmet", kind="shop"
    )
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(organisation=grocery)
    workshop = _workshop(cast)

    services.partner_appoint(
        actor=cast.worker, place=cast.rabot, organisation=workshop, member=cast.shop
    )

    roles = Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER)
    assert [r.organisation_id for r in roles] == [workshop.pk]


def test_an_organisation_of_another_place_or_a_person_from_elsewhere_is_refused(cast):
    workshop = _workshop(cast)
    school_kitchen = services.organisation_create(
        actor=cast.school_worker, place=cast.school, name="Schoolkeuken", kind="school"
    )

    with pytest.raises(DomainError) as refused:
        services.partner_appoint(
            actor=cast.worker, place=cast.rabot, organisation=school_kitchen, member=cast.neighbour
        )
    assert refused.value.code == CommunityError.ORGANISATION_NOT_HERE
    with pytest.raises(DomainError) as refused:
        services.partner_appoint(
            actor=cast.worker, place=cast.rabot, organisation=workshop, member=cast.pupil_parent
        )
    assert refused.value.code == CommunityError.NOT_IN_PLACE
    assert not Role.objects.filter(kind=RoleKind.PARTNER).exclude(member=cast.shop).exists()


def test_the_pages_list_add_and_appoint(cast, login):
    client = login(cast.worker)
    base = "/p/rabot/organisations/"

    response = client.post(base, {"name": "Fietsatelier Rabot", "kind": "nonprofit"})
    workshop = Organisation.objects.get()
    assert response["Location"] == f"{base}{workshop.pk}/"
    page = client.get(f"{base}{workshop.pk}/", {"q": "Je"}).content.decode()
    assert "Jef" in page
    client.post(f"{base}{workshop.pk}/partners/", {"member": cast.neighbour.pk})
    listing = client.get(base).content.decode()
    assert "Fietsatelier Rabot" in listing
    assert Role.objects.get(member=cast.neighbour, kind=RoleKind.PARTNER).organisation == workshop


def test_the_page_refuses_an_empty_name_in_plain_words(cast, login):
    response = login(cast.worker).post("/p/rabot/organisations/", {"name": "", "kind": "shop"})

    assert "Vul een naam in." in response.content.decode()
    assert not OrganisationPlace.objects.exists()
