"""Paper vouchers on the pages: issue a batch, the register, cancelling a lost batch."""

import pytest
from django.urls import reverse

from nabij.ledger import codes, services
from nabij.ledger.choices import VoucherState
from nabij.ledger.models import VoucherBatch
from tests.ledger.conftest import balance, key, rows

VOUCHERS = reverse("ledger:voucher_list", args=["rabot"])


def issue(client, count="10", denomination="20", idempotency_key="sheet-1"):
    return client.post(
        VOUCHERS,
        {"count": count, "denomination": denomination, "idempotency_key": idempotency_key},
    )


def test_staff_issue_a_sheet_and_land_on_it(cast, books, login):
    client = login(cast.worker)
    response = issue(client)

    batch = VoucherBatch.objects.get()
    assert response["Location"] == reverse("ledger:batch_detail", args=["rabot", batch.pk])
    assert (batch.count, batch.denomination) == (10, 20)
    assert balance(books.liability) == 200
    page = client.get(response["Location"]).content.decode()
    assert "Blad met bonnen afdrukken" in page


def test_a_double_submit_issues_one_sheet(cast, books, login):
    client = login(cast.worker)
    issue(client, idempotency_key="same")
    issue(client, idempotency_key="same")
    assert VoucherBatch.objects.count() == 1
    assert balance(books.liability) == 200


@pytest.mark.parametrize(
    "count, denomination, field, message",
    [
        ("0", "10", "count", "tussen 1 en 1000"),
        ("1001", "10", "count", "tussen 1 en 1000"),
        ("tien", "10", "count", "tussen 1 en 1000"),
        ("5", "0", "denomination", "groter zijn dan nul"),
        ("5", "-10", "denomination", "groter zijn dan nul"),
        ("5", "2,5", "denomination", "te fijn"),
    ],
)
def test_a_bad_sheet_is_refused_next_to_the_field(
    cast, books, login, count, denomination, field, message
):
    before = rows()
    response = issue(login(cast.worker), count=count, denomination=denomination)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert rows() == before


@pytest.fixture
def sheet(cast, books):
    return services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=4,
        idempotency_key=key(),
    )


def test_the_register_shows_what_is_still_out_there(cast, books, sheet, login):
    first = sheet.vouchers.order_by("pk").first()
    services.voucher_redeem(
        actor=cast.worker,
        place=cast.rabot,
        code=codes.voucher_code(first),
        to_account=books.grocery,
        idempotency_key=key(),
    )
    response = login(cast.worker).get(VOUCHERS)
    register = response.context["register"]
    assert (register.outstanding, register.outstanding_amount) == (3, 30)
    assert "3 bonnen in omloop, samen 30 T." in response.content.decode()


def cancel(client, batch, reason):
    return client.post(
        reverse("ledger:batch_cancel", args=["rabot", batch.pk]),
        {"reason": reason, "idempotency_key": "cancel-1"},
    )


def test_a_lost_sheet_is_cancelled_with_a_reason(cast, books, sheet, login):
    client = login(cast.worker)
    response = cancel(client, sheet, "Verloren bij een verhuis.")

    assert response.status_code == 302
    assert set(sheet.vouchers.values_list("state", flat=True)) == {VoucherState.CANCELLED}
    assert balance(books.liability) == 0
    page = client.get(response["Location"]).content.decode()
    assert "Verloren bij een verhuis." in page


def test_cancelling_needs_a_reason(cast, books, sheet, login):
    before = rows()
    response = cancel(login(cast.worker), sheet, "  ")
    assert response.status_code == 200
    assert "Schrijf waarom" in " ".join(response.context["form"].errors["reason"])
    assert rows() == before


def test_another_places_batch_is_not_found(cast, books, sheet, login):
    client = login(cast.school_worker)
    assert (
        client.get(reverse("ledger:batch_detail", args=["regenboog", sheet.pk])).status_code == 404
    )
