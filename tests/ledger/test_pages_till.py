"""A shop takes a payment by the code on a member's card, and redeems paper vouchers.

Mehmet runs the grocery, which accepts Torekes. Jef holds 50, Amina 200.
"""

import pytest
from django.urls import reverse

from nabij.community.choices import RoleKind
from nabij.community.models import Role
from nabij.ledger import codes, services
from nabij.ledger.choices import CurrencyMode
from nabij.ledger.models import Transfer
from tests.ledger.conftest import balance, key, organisation, rows

TILL = reverse("ledger:payment_take", args=["rabot"])
REDEEM = reverse("ledger:voucher_redeem", args=["rabot"])


@pytest.fixture
def mehmet(cast, books, login):
    """Mehmet, logged in, as the partner who runs the grocery."""
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.grocery.organisation
    )
    return login(cast.shop)


def pay(client, books, code, amount, idempotency_key="till-1", memo=""):
    return client.post(
        TILL,
        {
            "shop_account": books.grocery.pk,
            "payer_code": code,
            "amount": amount,
            "memo": memo,
            "idempotency_key": idempotency_key,
        },
    )


def test_the_shop_takes_a_payment_by_the_members_code(cast, books, mehmet):
    response = pay(mehmet, books, codes.account_code(books.jef), "12", memo="brood")

    assert response.status_code == 302
    assert balance(books.jef) == 38
    assert balance(books.grocery) == 12
    page = mehmet.get(response["Location"]).content.decode()
    assert "Betaling ontvangen: 12 T voor Kruidenier Mehmet" in page


def test_a_scanned_code_with_spaces_and_small_letters_is_read(cast, books, mehmet):
    code = codes.account_code(books.jef)
    typed = f" {code[:6]} {code[6:].lower()} "
    assert pay(mehmet, books, typed, "5").status_code == 302
    assert balance(books.jef) == 45


def test_a_double_submit_pays_once(cast, books, mehmet):
    code = codes.account_code(books.jef)
    form = mehmet.get(TILL).context["form"]
    drawn = form["idempotency_key"].value()
    assert len(drawn) >= 32

    pay(mehmet, books, code, "20", idempotency_key=drawn)
    pay(mehmet, books, code, "20", idempotency_key=drawn)

    assert balance(books.jef) == 30
    assert Transfer.objects.filter(idempotency_key=drawn).count() == 1


def test_each_drawn_form_has_its_own_key(cast, books, mehmet):
    first = mehmet.get(TILL).context["form"]["idempotency_key"].value()
    second = mehmet.get(TILL).context["form"]["idempotency_key"].value()
    assert first != second


@pytest.fixture
def olena_at_school(cast, books):
    """Olena's account in the school's time bank: another place's currency."""
    return services.account_open(
        actor=cast.school_worker, place=cast.school, currency=books.uren, member=cast.pupil_parent
    )


def _forged(code: str) -> str:
    number, signature = code.split("-")
    return f"{number}-{'A' if signature[0] != 'A' else 'B'}{signature[1:]}"


@pytest.mark.parametrize(
    "case, field, message",
    [
        ("zero", "amount", "groter zijn dan nul"),
        ("negative", "amount", "groter zijn dan nul"),
        ("too fine", "amount", "te fijn"),
        ("not a number", "amount", "Schrijf een getal"),
        ("forged code", "payer_code", "QR-code kennen we niet"),
        ("unknown code", "payer_code", "QR-code kennen we niet"),
        ("another place", "payer_code", "QR-code kennen we niet"),
        ("past the limit", "amount", "onder 0 T zakken"),
        ("reused key", None, "al gegeven, met andere gegevens"),
    ],
)
def test_bad_input_is_refused_next_to_the_field_and_changes_nothing(
    cast, books, mehmet, olena_at_school, case, field, message
):
    jef = codes.account_code(books.jef)
    if case == "reused key":
        pay(mehmet, books, jef, "5", idempotency_key="used")
    code, amount, used_key = {
        "zero": (jef, "0", "k"),
        "negative": (jef, "-3", "k"),
        "too fine": (jef, "2,50", "k"),
        "not a number": (jef, "twaalf", "k"),
        "forged code": (_forged(jef), "5", "k"),
        "unknown code": ("12345", "5", "k"),
        "another place": (codes.account_code(olena_at_school), "5", "k"),
        "past the limit": (jef, "60", "k"),
        "reused key": (jef, "6", "used"),
    }[case]
    before = rows()

    response = pay(mehmet, books, code, amount, idempotency_key=used_key)

    assert response.status_code == 200
    form = response.context["form"]
    errors = form.errors[field] if field else form.non_field_errors()
    assert message in " ".join(errors)
    assert message in response.content.decode()
    assert rows() == before
    if case == "reused key":
        # The page hands out a new key, so the next try can go through.
        assert response.context["form"]["idempotency_key"].value() != "used"


def test_a_partner_sees_only_their_own_shop(cast, books, mehmet):
    cinema = services.account_open(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        organisation=organisation(cast.rabot, "Cinema Rabot", "shop"),
        accepts=True,
    )
    choices = list(mehmet.get(TILL).context["form"].fields["shop_account"].queryset)
    assert choices == [books.grocery]

    before = rows()
    response = mehmet.post(
        TILL,
        {
            "shop_account": cinema.pk,
            "payer_code": codes.account_code(books.jef),
            "amount": "5",
            "idempotency_key": "k",
        },
    )
    assert response.status_code == 200
    assert "shop_account" in response.context["form"].errors
    assert rows() == before


def test_a_partner_without_a_shop_account_is_told_to_ask(cast, books, login):
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(organisation=None)
    page = login(cast.shop).get(TILL).content.decode()
    assert "nog geen rekening die deze munt aanvaardt" in page


def test_staff_can_take_a_payment_for_any_shop(cast, books, login):
    response = pay(login(cast.worker), books, codes.account_code(books.amina), "30")
    assert response.status_code == 302
    assert balance(books.amina) == 170


@pytest.fixture
def sheet(cast, books):
    return services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=3,
        idempotency_key=key(),
    )


def redeem(client, books, code, idempotency_key="redeem-1"):
    return client.post(
        REDEEM, {"to_account": books.grocery.pk, "code": code, "idempotency_key": idempotency_key}
    )


def test_the_shop_redeems_a_voucher_once(cast, books, mehmet, sheet):
    voucher = sheet.vouchers.order_by("pk").first()
    code = codes.voucher_code(voucher)

    response = redeem(mehmet, books, code)
    assert response.status_code == 302
    assert "Bon ingewisseld: 10 T" in mehmet.get(response["Location"]).content.decode()
    assert balance(books.grocery) == 10

    before = rows()
    again = redeem(mehmet, books, code, idempotency_key="redeem-2")
    assert "al ingewisseld" in " ".join(again.context["form"].errors["code"])
    assert rows() == before


def test_a_double_submit_redeems_once(cast, books, mehmet, sheet):
    code = codes.voucher_code(sheet.vouchers.order_by("pk").first())
    redeem(mehmet, books, code, idempotency_key="same")
    second = redeem(mehmet, books, code, idempotency_key="same")
    assert second.status_code == 302
    assert balance(books.grocery) == 10


@pytest.fixture
def school_voucher(cast):
    """A voucher of a currency the school issues: another place's paper money."""
    from tests.ledger.conftest import _school_admin

    schoolmunt = services.currency_create(
        actor=_school_admin(cast),
        place=cast.school,
        name="Schoolmunt",
        symbol="S",
        mode=CurrencyMode.ISSUED,
    )
    batch = services.voucher_batch_issue(
        actor=cast.school_worker,
        place=cast.school,
        currency=schoolmunt,
        denomination=5,
        count=1,
        idempotency_key=key(),
    )
    return batch.vouchers.get()


@pytest.mark.parametrize(
    "case, message",
    [
        ("forged", "Deze bon kennen we niet"),
        ("nonsense", "Deze bon kennen we niet"),
        ("empty", "Deze bon kennen we niet"),
        ("another place", "Deze bon kennen we niet"),
        ("cancelled", "de reeks werd ingetrokken"),
    ],
)
def test_a_bad_voucher_is_refused_and_changes_nothing(
    cast, books, mehmet, sheet, school_voucher, case, message
):
    voucher = sheet.vouchers.order_by("pk").first()
    if case == "cancelled":
        services.voucher_batch_cancel(
            actor=cast.worker, place=cast.rabot, batch=sheet, reason="Verloren op de markt."
        )
    code = {
        "forged": _forged(codes.voucher_code(voucher)),
        "nonsense": "BON-GRATIS",
        "empty": "",
        "another place": codes.voucher_code(school_voucher),
        "cancelled": codes.voucher_code(voucher),
    }[case]
    before = rows()

    response = redeem(mehmet, books, code)

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["code"])
    assert rows() == before
