"""Staff reverse a booked transfer on a page, with a reason: a reversal transfer books the
opposite legs; nothing is deleted, and what cannot be reversed is refused."""

from django.urls import reverse

from nabij.ledger import codes, services
from nabij.ledger.choices import Category, TransferState
from nabij.ledger.models import Transfer
from tests.ledger.conftest import balance, key, legs, rows


def url(transfer):
    return reverse("ledger:transfer_reverse", args=["rabot", transfer.pk])


def coffee(cast, books):
    """Mehmet charged Jef 20 by mistake."""
    return services.payment_take(
        actor=cast.shop,
        place=cast.rabot,
        shop_account=books.grocery,
        payer_code=codes.account_code(books.jef),
        amount=20,
        idempotency_key=key(),
    )


def form_key(client, transfer):
    return client.get(url(transfer)).context["form"]["idempotency_key"].value()


def test_sara_reverses_a_payment_with_a_reason(cast, books, login):
    transfer = coffee(cast, books)
    worker = login(cast.worker)
    page = worker.get(url(transfer)).content.decode()
    assert "Kruidenier Mehmet" in page and "Boeking terugdraaien" in page

    response = worker.post(
        url(transfer),
        {"reason": "Twee keer aangerekend.", "idempotency_key": form_key(worker, transfer)},
    )

    assert response.status_code == 302
    reversal = Transfer.objects.get(reverses=transfer)
    assert (reversal.category, reversal.memo) == (Category.REVERSAL, "Twee keer aangerekend.")
    assert legs(reversal) == {books.jef.pk: 20, books.grocery.pk: -20}
    assert Transfer.objects.get(pk=transfer.pk).state == TransferState.REVERSED
    assert (balance(books.jef), balance(books.grocery)) == (50, 0)
    assert "Teruggedraaid door" in worker.get(response["Location"]).content.decode()


def test_the_statement_links_each_booking_for_staff(cast, books, login):
    transfer = coffee(cast, books)
    page = login(cast.worker).get(reverse("ledger:statement", args=["rabot", books.jef.pk]))
    assert url(transfer) in page.content.decode()


def test_a_missing_reason_is_refused_and_nothing_is_booked(cast, books, login):
    transfer = coffee(cast, books)
    worker = login(cast.worker)
    before = rows()
    response = worker.post(url(transfer), {"idempotency_key": form_key(worker, transfer)})
    assert response.context["form"].errors["reason"] == ["Schrijf waarom."]
    assert rows() == before


def test_a_double_submit_reverses_once(cast, books, login):
    transfer = coffee(cast, books)
    worker = login(cast.worker)
    drawn = form_key(worker, transfer)
    for _ in range(2):
        worker.post(url(transfer), {"reason": "Vergissing", "idempotency_key": drawn})
    assert Transfer.objects.filter(reverses=transfer).count() == 1
    assert balance(books.jef) == 50


def test_a_reversal_is_not_reversed_again(cast, books, login):
    transfer = coffee(cast, books)
    worker = login(cast.worker)
    worker.post(url(transfer), {"reason": "Vergissing", "idempotency_key": key()})
    reversal = Transfer.objects.get(reverses=transfer)
    page = worker.get(url(reversal)).content.decode()
    assert "Boeking terugdraaien" not in page
    before = rows()
    response = worker.post(url(reversal), {"reason": "Toch niet", "idempotency_key": key()})
    assert "draai je niet terug" in response.content.decode()
    assert rows() == before


def test_a_transfer_of_another_place_is_not_found(cast, books, login):
    transfer = coffee(cast, books)
    response = login(cast.school_worker).get(
        reverse("ledger:transfer_reverse", args=["regenboog", transfer.pk])
    )
    assert response.status_code == 404
