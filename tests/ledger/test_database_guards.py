"""The database itself keeps the ledger's rules, whatever code writes to it: these writes
go around the services, straight through the ORM, and are refused."""

import pytest
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from nabij.ledger import services
from nabij.ledger.choices import Category, TransferState, VoucherState
from nabij.ledger.models import Account, Entry, LimitOverride, Transfer, Voucher
from tests.ledger.conftest import key


def refused(write) -> None:
    """Refused as a broken integrity rule (SQLSTATE 23000 / SQLite's RAISE(ABORT))."""
    with pytest.raises(IntegrityError), transaction.atomic():
        write()


def pending(books, **fields) -> Transfer:
    now = timezone.now()
    values = {
        "place": books.toreke.place,
        "currency": books.toreke,
        "idempotency_key": key(),
        "fingerprint": "-",
        "category": Category.SPEND,
        "created_at": now,
        "state": TransferState.PENDING,
    }
    return Transfer.objects.create(**{**values, **fields})


def commit(transfer: Transfer) -> None:
    Transfer.objects.filter(pk=transfer.pk).update(
        state=TransferState.COMMITTED, committed_at=timezone.now()
    )


def paid(cast, books) -> Transfer:
    return services.transfer_post(
        actor=cast.resident,
        place=cast.rabot,
        currency=books.toreke,
        from_account=books.amina,
        to_account=books.grocery,
        amount=25,
        idempotency_key=key(),
    )


def test_an_unbalanced_transfer_cannot_be_committed(books):
    def write():
        transfer = pending(books)
        Entry.objects.create(transfer=transfer, account=books.amina, amount=-25)
        Entry.objects.create(transfer=transfer, account=books.grocery, amount=24)
        commit(transfer)

    refused(write)


def test_a_transfer_of_one_leg_cannot_be_committed(books):
    def write():
        transfer = pending(books)
        Entry.objects.create(transfer=transfer, account=books.grocery, amount=25)
        commit(transfer)

    refused(write)


def test_a_transfer_without_entries_cannot_be_committed(books):
    refused(lambda: commit(pending(books)))


def test_a_balanced_transfer_can_be_committed(books):
    """The guard refuses what is wrong, not everything: the same writes, balanced, pass."""
    with transaction.atomic():
        transfer = pending(books)
        Entry.objects.create(transfer=transfer, account=books.amina, amount=-25)
        Entry.objects.create(transfer=transfer, account=books.grocery, amount=25)
        commit(transfer)
    assert Transfer.objects.get(pk=transfer.pk).state == TransferState.COMMITTED


def test_a_transfer_names_a_real_currency_of_its_place_and_a_real_author(cast, books):
    """Checked by the trigger in place of foreign keys (see the Transfer model)."""
    refused(lambda: pending(books, currency_id=books.toreke.pk + 1000))
    refused(lambda: pending(books, place=cast.school))
    refused(lambda: pending(books, created_by_id=cast.resident.pk + 1000))
    pending(books, created_by=cast.resident)  # and the real ones pass


def test_a_transfer_cannot_start_committed(books):
    refused(lambda: pending(books, state=TransferState.COMMITTED, committed_at=timezone.now()))


def test_no_entry_is_added_to_a_committed_transfer(cast, books):
    transfer = paid(cast, books)
    refused(lambda: Entry.objects.create(transfer=transfer, account=books.jef, amount=5))


def test_an_entry_is_never_changed(cast, books):
    transfer = paid(cast, books)
    refused(lambda: Entry.objects.filter(transfer=transfer).update(amount=F("amount") * 2))


def test_an_entry_is_never_deleted(cast, books):
    transfer = paid(cast, books)
    refused(lambda: Entry.objects.filter(transfer=transfer).delete())


def test_a_transfer_is_never_deleted(cast, books):
    transfer = paid(cast, books)
    # Straight to SQL: the ORM would stop at the entries' PROTECT before asking the database.
    refused(lambda: Transfer.objects.filter(pk=transfer.pk)._raw_delete(Transfer.objects.db))


def test_even_an_empty_pending_transfer_is_never_deleted(books):
    """Nothing points to it, so only the trigger can refuse."""
    transfer = pending(books)
    refused(lambda: Transfer.objects.filter(pk=transfer.pk).delete())


def test_a_transfer_is_never_edited(cast, books):
    transfer = paid(cast, books)
    refused(lambda: Transfer.objects.filter(pk=transfer.pk).update(memo="iets anders"))
    refused(lambda: Transfer.objects.filter(pk=transfer.pk).update(currency=books.uren))


def test_a_committed_transfer_does_not_go_back_to_pending(cast, books):
    transfer = paid(cast, books)
    refused(lambda: Transfer.objects.filter(pk=transfer.pk).update(state=TransferState.PENDING))


def test_an_entry_in_another_currency_is_refused(cast, books):
    school = services.account_open(
        actor=cast.school_worker, place=cast.school, currency=books.uren, member=cast.pupil_parent
    )

    def write():
        transfer = pending(books)
        Entry.objects.create(transfer=transfer, account=books.amina, amount=-25)
        Entry.objects.create(transfer=transfer, account=school, amount=25)

    refused(write)


def test_nobody_pays_themselves_even_in_raw_entries(books):
    def write():
        transfer = pending(books)
        Entry.objects.create(transfer=transfer, account=books.amina, amount=-25)
        Entry.objects.create(transfer=transfer, account=books.amina, amount=25)

    refused(write)


def test_a_balance_past_its_limit_is_refused(books):
    refused(lambda: Account.objects.filter(pk=books.jef.pk).update(balance=-1))
    refused(lambda: Account.objects.filter(pk=books.amina.pk).update(balance=1001))
    refused(lambda: Account.objects.filter(pk=books.amina.pk).update(max_balance=100))


def test_a_redeemed_voucher_cannot_be_redeemed_again(cast, books):
    sheet = services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=1,
        idempotency_key=key(),
    )
    voucher = sheet.vouchers.get()
    first = services.voucher_redeem(
        actor=cast.shop,
        place=cast.rabot,
        code=services.voucher_code(voucher),
        to_account=books.grocery,
        idempotency_key=key(),
    )

    refused(
        lambda: Voucher.objects.filter(pk=voucher.pk).update(
            state=VoucherState.OUTSTANDING, redemption=None, redeemed_at=None
        )
    )
    refused(lambda: Voucher.objects.filter(pk=voucher.pk).update(redemption=paid(cast, books)))
    refused(lambda: Voucher.objects.filter(pk=voucher.pk).delete())
    assert Voucher.objects.get(pk=voucher.pk).redemption == first


def test_the_log_of_overrides_is_append_only(cast, books):
    override = services.limit_override(
        actor=cast.admin,
        place=cast.rabot,
        account=books.jef,
        min_balance=-50,
        max_balance=1000,
        reason="Tuinhuur voorgeschoten",
    )
    refused(lambda: LimitOverride.objects.filter(pk=override.pk).update(reason="niets"))
    refused(lambda: LimitOverride.objects.filter(pk=override.pk).delete())
