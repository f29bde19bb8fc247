"""A lost card is replaced: the old printed code is refused at the till with its own
message, the new card's code pays, and the forgery checks still hold."""

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from nabij.community.errors import CommunityError
from nabij.errors import DomainError
from nabij.ledger import codes, selectors, services
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Card
from tests.ledger.conftest import balance, key, rows


def replace(cast, account, replaces=1, actor=None, reason="Kaart verloren op de tram."):
    return services.card_replace(
        actor=actor or cast.worker,
        place=cast.rabot,
        account=account,
        replaces=replaces,
        reason=reason,
    )


def take(cast, books, code, amount=5):
    return services.payment_take(
        actor=cast.shop,
        place=cast.rabot,
        shop_account=books.grocery,
        payer_code=code,
        amount=amount,
        idempotency_key=key(),
    )


def test_a_new_account_pays_with_its_first_card(cast, books):
    assert codes.card_serial(books.amina) == 1
    take(cast, books, codes.account_code(books.amina))
    assert balance(books.amina) == 195


def test_after_replacing_the_old_card_is_refused_and_the_new_one_pays(cast, books):
    old = codes.account_code(books.amina)
    card = replace(cast, books.amina)
    new = codes.account_code(books.amina)

    assert card.serial == 2 and new != old
    before = rows()
    with pytest.raises(DomainError) as refused:
        take(cast, books, old)
    assert refused.value.code == LedgerError.CARD_REPLACED
    assert refused.value.field == "payer_code"
    assert "vervangen" in refused.value.message
    assert rows() == before

    take(cast, books, new)
    assert balance(books.amina) == 195


def test_the_replaced_card_is_kept_with_who_and_why(cast, books):
    replace(cast, books.amina)
    first, second = Card.objects.filter(account=books.amina).order_by("serial")
    assert (first.serial, first.revoked_by, first.revoke_reason) == (
        1,
        cast.worker,
        "Kaart verloren op de tram.",
    )
    assert first.revoked_at is not None
    assert (second.serial, second.revoked_at, second.issued_by) == (2, None, cast.worker)


def test_a_card_replaced_twice_refuses_both_old_codes(cast, books):
    first = codes.account_code(books.jef)
    replace(cast, books.jef, replaces=1)
    second = codes.account_code(books.jef)
    replace(cast, books.jef, replaces=2)

    for old in (first, second):
        with pytest.raises(DomainError) as refused:
            take(cast, books, old)
        assert refused.value.code == LedgerError.CARD_REPLACED
    take(cast, books, codes.account_code(books.jef))
    assert codes.card_serial(books.jef) == 3


def test_a_double_submit_replaces_the_card_once(cast, books):
    first = replace(cast, books.amina, replaces=1)
    again = replace(cast, books.amina, replaces=1)
    assert again == first
    assert Card.objects.filter(account=books.amina).count() == 2


def test_replacing_one_members_card_leaves_the_others_alone(cast, books):
    replace(cast, books.amina)
    take(cast, books, codes.account_code(books.jef))
    assert balance(books.jef) == 45


def test_a_forged_signature_is_still_unknown_not_replaced(cast, books):
    replace(cast, books.amina)
    new = codes.account_code(books.amina)
    forged = new[:-1] + ("A" if new[-1] != "A" else "B")
    with pytest.raises(DomainError) as refused:
        take(cast, books, forged)
    assert refused.value.code == LedgerError.ACCOUNT_CODE_UNKNOWN


def test_an_old_code_moved_to_another_account_number_is_unknown(cast, books):
    old = codes.account_code(books.amina)
    replace(cast, books.amina)
    moved = f"{books.jef.pk:06d}-{old.split('-')[1]}"
    assert selectors.card_by_code(place=cast.rabot, code=moved) is None


def test_only_staff_replace_a_card(cast, books):
    before = rows()
    for actor in (cast.shop, cast.neighbour, cast.school_worker):
        with pytest.raises(DomainError) as refused:
            replace(cast, books.amina, actor=actor)
        assert refused.value.code == CommunityError.NOT_YOUR_PLACE
    assert rows() == before


def test_a_shop_has_no_card_to_replace(cast, books):
    before = rows()
    with pytest.raises(DomainError) as refused:
        replace(cast, books.grocery)
    assert refused.value.code == LedgerError.CARD_NOT_A_MEMBER
    assert rows() == before


def test_a_reason_too_long_is_refused(cast, books):
    before = rows()
    with pytest.raises(DomainError) as refused:
        replace(cast, books.amina, reason="x" * 301)
    assert refused.value.code == LedgerError.MEMO_TOO_LONG
    assert rows() == before
    take(cast, books, codes.account_code(books.amina))


def test_the_database_allows_one_card_in_use_per_account(cast, books):
    now = timezone.now()
    Card.objects.create(place=cast.rabot, account=books.amina, serial=1, issued_at=now)
    with pytest.raises(IntegrityError), transaction.atomic():
        Card.objects.create(place=cast.rabot, account=books.amina, serial=2, issued_at=now)
