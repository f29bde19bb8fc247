"""An offer's helper card follows its member: when a worker changes a helper's languages,
street or week, or erases them, the next suggestions already know."""

from dataclasses import fields

from django.utils import timezone

from nabij.aid import services
from nabij.aid.choices import HelpType
from nabij.aid.models import Offer
from nabij.aid.selectors import suggestions_for
from nabij.community.availability import ALL_SLOTS
from nabij.community.models import Member, Role, SpokenLanguage
from nabij.community.services import MemberDetails, member_erase, member_update
from tests.aid.conftest import ask

MONDAY_MORNING = 0b1
TUESDAY_EVENING = 0b100000


def details_of(member: Member, **changes) -> MemberDetails:
    """What the worker's form holds for this member, with `changes` typed in."""
    member.refresh_from_db()
    current = {
        f.name: getattr(member, f.name) for f in fields(MemberDetails) if f.name != "languages"
    }
    current["skills"] = tuple(current["skills"])
    current["languages"] = tuple(
        SpokenLanguage.objects.filter(member=member).values_list("code", flat=True)
    )
    return MemberDetails(**{**current, **changes})


def update(cast, member: Member, *, roles=None, **changes) -> None:
    member_update(
        actor=cast.worker,
        place=cast.rabot,
        member=member,
        details=details_of(member, **changes),
        roles=roles,
    )


def card(member: Member, place=None) -> tuple:
    offer = Offer.objects.get(member=member, place=place or member.place)
    return offer.card_languages, offer.card_sector, offer.card_slots, offer.card_listed


def names(rows) -> list[str]:
    return [row.member.display_name for row in rows]


def test_a_helper_who_stops_speaking_her_language_is_no_longer_suggested(cast, street):
    update(cast, cast.neighbour, languages=("nl",))

    assert card(cast.neighbour)[0] == ",nl,"
    assert names(suggestions_for(ask(cast))) == ["Youssef"]


def test_a_helper_who_learns_her_language_is_suggested_from_then_on(cast, street):
    update(cast, cast.neighbour, languages=("nl",))
    update(cast, cast.neighbour, languages=("nl", "ar"))

    assert card(cast.neighbour)[0] == ",ar,nl,"
    assert "Jef" in names(suggestions_for(ask(cast)))


def test_a_helper_who_moves_out_of_reach_is_no_longer_suggested(cast, street):
    update(cast, cast.neighbour, sector="Bloemekenswijk")

    assert card(cast.neighbour)[1] == "Bloemekenswijk"
    assert names(suggestions_for(ask(cast))) == ["Youssef"]


def test_a_helper_whose_week_changes_is_asked_only_when_free(cast, street):
    update(cast, cast.neighbour, availability=TUESDAY_EVENING)
    monday = ask(cast, slots=MONDAY_MORNING)
    tuesday = ask(cast, requester=cast.shop, languages=["nl"], slots=TUESDAY_EVENING)

    assert card(cast.neighbour)[2] == TUESDAY_EVENING
    assert "Jef" not in names(suggestions_for(monday))
    assert "Jef" in names(suggestions_for(tuesday))


def test_an_erased_helper_is_never_suggested_and_the_card_forgets_them(cast, street):
    member_erase(actor=cast.admin, place=cast.rabot, member=cast.neighbour)

    assert card(cast.neighbour) == ("", "", 0, False)
    assert names(suggestions_for(ask(cast))) == ["Youssef"]


def test_a_change_reaches_the_helpers_offers_in_every_place(cast, street):
    Role.objects.create(
        place=cast.school, member=cast.volunteer, kind="volunteer", since=timezone.now()
    )
    services.offer_save(
        actor=cast.school_worker,
        place=cast.school,
        member=cast.volunteer,
        help_types=[HelpType.CHILDCARE],
    )

    update(cast, cast.volunteer, languages=("nl", "ar", "uk"), availability=ALL_SLOTS)

    for place in (cast.rabot, cast.school):
        assert card(cast.volunteer, place)[0::2] == (",ar,nl,uk,", ALL_SLOTS)


def test_a_change_the_card_does_not_copy_leaves_it_alone(cast, street):
    before = Offer.objects.filter(member=cast.neighbour).values().get()

    update(cast, cast.neighbour, phone="+32 9 123 45 67", vulnerable=True)

    assert Offer.objects.filter(member=cast.neighbour).values().get() == before
