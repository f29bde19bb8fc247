"""A partner acts only for the organisation their role names: Mehmet runs the grocery, so
he takes payments and redeems vouchers into the grocery's account and no other, and he
posts no task paid from the Buurtwerk's budget. Staff act for any partner of the place."""

import pytest

from nabij.community.choices import RoleKind
from nabij.community.errors import CommunityError
from nabij.community.models import Role
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.codes import account_code
from nabij.ledger.errors import LedgerError
from nabij.ledger.models import Task
from tests.ledger.conftest import balance, key, organisation, rows


@pytest.fixture
def bakery(cast, books):
    """Another shop in Rabot that accepts Torekes; Mehmet does not run it."""
    return services.account_open(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        organisation=organisation(cast.rabot, "Bakkerij Sofie", "shop"),
        accepts=True,
    )


def take(cast, books, shop_account, actor=None):
    return services.payment_take(
        actor=actor or cast.shop,
        place=cast.rabot,
        shop_account=shop_account,
        payer_code=account_code(books.amina),
        amount=10,
        idempotency_key=key(),
    )


@pytest.fixture
def voucher_code(cast, books) -> str:
    """The code of one 10-Toreke paper voucher in circulation."""
    batch = services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=10,
        count=1,
        idempotency_key=key(),
    )
    return services.voucher_code(batch.vouchers.get())


def redeem(cast, code, to_account, actor=None):
    return services.voucher_redeem(
        actor=actor or cast.shop,
        place=cast.rabot,
        code=code,
        to_account=to_account,
        idempotency_key=key(),
    )


def post_task(cast, books, actor=None):
    return services.task_post(
        actor=actor or cast.shop,
        place=cast.rabot,
        payer=books.buurtwerk,
        title="Plein vegen",
        hours=1,
        reward=25,
    )


def refused(attempt) -> DomainError:
    before = rows()
    with pytest.raises(DomainError) as raised:
        attempt()
    assert rows() == before
    return raised.value


def test_mehmet_takes_a_payment_at_his_own_till(cast, books):
    take(cast, books, books.grocery)
    assert balance(books.grocery) == 10


def test_mehmet_cannot_take_a_payment_into_another_shop(cast, books, bakery):
    error = refused(lambda: take(cast, books, bakery))
    assert error.code == LedgerError.NOT_YOUR_ORGANISATION
    assert error.field == "shop_account"
    assert "andere zaak of organisatie" in error.message


def test_a_partner_whose_role_names_no_organisation_takes_no_payment(cast, books):
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(organisation=None)
    error = refused(lambda: take(cast, books, books.grocery))
    assert error.code == LedgerError.NOT_YOUR_ORGANISATION


def test_staff_take_a_payment_for_any_shop(cast, books, bakery):
    take(cast, books, bakery, actor=cast.worker)
    assert balance(bakery) == 10


def test_mehmet_redeems_a_voucher_into_his_own_shop(cast, books, voucher_code):
    redeem(cast, voucher_code, books.grocery)
    assert balance(books.grocery) == 10


def test_mehmet_cannot_redeem_a_voucher_into_another_shop(cast, books, bakery, voucher_code):
    error = refused(lambda: redeem(cast, voucher_code, bakery))
    assert error.code == LedgerError.NOT_YOUR_ORGANISATION
    assert error.field == "to_account"


def test_mehmet_cannot_redeem_a_voucher_into_a_members_account(cast, books, voucher_code):
    error = refused(lambda: redeem(cast, voucher_code, books.jef))
    assert error.code == LedgerError.NOT_YOUR_ORGANISATION


def test_a_member_still_redeems_into_their_own_account(cast, books, voucher_code):
    redeem(cast, voucher_code, books.jef, actor=cast.neighbour)
    assert balance(books.jef) == 60


def test_a_resident_cannot_redeem_into_a_shop(cast, books, voucher_code):
    error = refused(lambda: redeem(cast, voucher_code, books.grocery, actor=cast.neighbour))
    assert error.code == CommunityError.NOT_YOUR_PLACE


def test_mehmet_cannot_post_a_task_paid_by_the_buurtwerk(cast, books):
    error = refused(lambda: post_task(cast, books))
    assert error.code == LedgerError.NOT_YOUR_ORGANISATION
    assert error.field == "payer"
    assert not Task.objects.exists()


def test_the_buurtwerks_partner_posts_a_task_from_its_budget(cast, books):
    Role.objects.filter(member=cast.shop, kind=RoleKind.PARTNER).update(
        organisation=books.buurtwerk.organisation
    )
    task = post_task(cast, books)
    assert (task.payer, task.posted_by) == (books.buurtwerk, cast.shop)


def test_staff_post_a_task_for_any_earning_partner(cast, books):
    assert post_task(cast, books, actor=cast.worker).payer == books.buurtwerk
