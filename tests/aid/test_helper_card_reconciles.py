"""Every helper card says what it copies: the offer's help types, and its member's
languages, street, week and presence in the place, whichever way they got there."""

from django.utils import timezone

from nabij.aid import services
from nabij.aid.choices import HelpType
from nabij.aid.models import Offer, OfferHelpType
from nabij.aid.models.offers import help_types_of, languages_of
from nabij.aid.services.offers import offer_cards_refresh
from nabij.community.models import Member, Role, SpokenLanguage
from nabij.community.services import member_erase
from nabij.demo.generator import generate
from tests.aid.conftest import approved, ask, speaks
from tests.aid.test_helper_card_follows_member import update


def derived(offer: Offer) -> dict[str, object]:
    """The card worked out from the rows it copies, one query at a time."""
    member = Member.objects.get(pk=offer.member_id)
    return {
        "help_types": set(
            OfferHelpType.objects.filter(offer=offer).values_list("help_type", flat=True)
        ),
        "languages": set(
            SpokenLanguage.objects.filter(member=member).values_list("code", flat=True)
        ),
        "sector": member.sector,
        "slots": member.availability,
        "listed": member.erased_at is None
        and Role.objects.filter(member=member, place_id=offer.place_id).exists(),
    }


def stored(offer: Offer) -> dict[str, object]:
    return {
        "help_types": set(help_types_of(offer.help_mask)),
        "languages": set(languages_of(offer.card_languages)),
        "sector": offer.card_sector,
        "slots": offer.card_slots,
        "listed": offer.card_listed,
    }


def assert_cards_true() -> None:
    offers = list(Offer.objects.all())
    assert offers
    for offer in offers:
        assert stored(offer) == derived(offer), f"offer of member {offer.member_id}"


def test_every_card_says_what_it_copies_after_a_busy_day(cast, street):
    services.offer_save(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.neighbour,
        help_types=[HelpType.TRANSPORT, HelpType.GROCERIES],
        radius_m=800,
    )
    update(cast, cast.volunteer, languages=("ar", "nl", "tr"), sector="Torens Rabot")
    update(cast, cast.neighbour, availability=0b1010, roles=["resident", "volunteer"])
    speaks(cast.shop, "fr")  # written around the services: a new offer copies it anyway
    services.offer_save(
        actor=cast.worker, place=cast.rabot, member=cast.shop, help_types=[HelpType.REPAIR]
    )
    services.offer_vet(actor=cast.worker, place=cast.rabot, offer=street.jef, vetted=True)
    approved(cast, ask(cast), cast.volunteer)
    member_erase(actor=cast.admin, place=cast.rabot, member=cast.shop)

    assert_cards_true()
    assert offer_cards_refresh(Offer.objects.all()) == 0


def test_the_demo_writes_true_cards(db):
    generate(members=200, seed=7, now=timezone.now())

    assert_cards_true()


def test_a_card_left_behind_by_a_write_around_the_services_is_put_right(cast, street):
    Offer.objects.filter(pk=street.jef.pk).update(card_languages="", card_listed=False)

    assert offer_cards_refresh(Offer.objects.all()) == 1
    assert_cards_true()
    assert offer_cards_refresh(Offer.objects.all()) == 0
