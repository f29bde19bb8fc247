"""A shop's own account: what came in and the settlements, for its partner only."""

from django.urls import reverse

from nabij.community.choices import RoleKind
from nabij.community.models import Role
from nabij.ledger import codes, services
from tests.ledger.conftest import key

SHOP = reverse("ledger:shop_statement", args=["rabot"])


def test_mehmet_sees_what_his_shop_took(cast, books, login):
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.grocery.organisation
    )
    services.payment_take(
        actor=cast.shop,
        place=cast.rabot,
        shop_account=books.grocery,
        payer_code=codes.account_code(books.amina),
        amount=24,
        memo="rijst",
        idempotency_key=key(),
    )
    page = login(cast.shop).get(SHOP).content.decode()
    assert "Rekening van Kruidenier Mehmet" in page
    assert "rijst" in page and "Amina" in page
    assert "Saldo nu: 24 T" in page


def test_a_partner_without_a_shop_is_told_to_ask(cast, books, login):
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(organisation=None)
    assert "nog geen rekening" in login(cast.shop).get(SHOP).content.decode()


def test_another_partners_account_cannot_be_chosen(cast, books, login):
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.grocery.organisation
    )
    response = login(cast.shop).get(SHOP, {"rekening": books.buurtwerk.pk})
    assert response.context["account"] == books.grocery
