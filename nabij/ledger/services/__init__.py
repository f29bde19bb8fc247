"""Every write of the community currency. Each service checks who acts, validates first,
and runs in one transaction; a refusal raises DomainError(LedgerError.X) (or
CommunityError.NOT_YOUR_PLACE / NOT_IN_PLACE) and writes nothing.

Amounts go in as units: Decimal, int or str ("12", "2,50"); floats are refused. They are
stored and returned as integer minor units (`amounts.to_units`, `amounts.format_amount`).
Every service that moves money takes an `idempotency_key` (<= 80 characters, unique per
place; a form makes one when it is drawn, e.g. uuid4): a retry with the same key returns
the original result, the same key with different data is refused (KEY_REUSED).
`now` defaults to timezone.now(). Who may: staff = worker or admin of the place;
partner = RoleKind.PARTNER of the place, acting only for the organisation(s) their role
names (Role.organisation): NOT_YOUR_ORGANISATION otherwise.

Currencies and accounts (admin / staff)
    currency_create(*, actor, place, name, symbol, mode, minor_units=0, units_per_euro=None,
        demurrage_percent=None, demurrage_period_days=30, default_min_balance=0,
        default_max_balance=None, now=None) -> Currency                           [admin]
    account_open(*, actor, place, currency, member=None, organisation=None, pays_out=False,
        accepts=False, now=None) -> Account             [staff; returns an existing account]
    limit_override(*, actor, place, account, min_balance, max_balance, reason, now=None)
        -> LimitOverride                                  [admin; None = no limit; logged]

Payments
    transfer_post(*, actor, place, currency, from_account, to_account, amount,
        idempotency_key, category=Category.SPEND, memo="", now=None) -> Transfer
        [the owner of from_account, or staff; category earn or spend]
    payment_take(*, actor, place, shop_account, payer_code, amount, idempotency_key, memo="",
        now=None) -> Transfer
        [staff, or a partner of shop_account's organisation; payer_code =
        codes.account_code(member's account), the QR on the member's active card;
        shop_account must accept the currency]
    currency_issue(*, actor, place, currency, to_account, amount, idempotency_key, memo="",
        now=None) -> Transfer                                 [staff; issued currencies]
    transfer_reverse(*, actor, place, transfer, idempotency_key, memo="", now=None)
        -> Transfer                 [staff; the reversal; a reversed task payment reopens it]
    demurrage_apply(*, actor, place, currency, now=None) -> Transfer | None
        [staff; once per period, a retry returns the same transfer]

Payment cards
    card_replace(*, actor, place, account, replaces, reason="", now=None) -> Card
        [staff; a member's lost card: card `replaces` is revoked, the next serial is in
        use, and the old printed code is refused at the till (CARD_REPLACED)]

Paper vouchers
    voucher_batch_issue(*, actor, place, currency, denomination, count, idempotency_key,
        now=None) -> VoucherBatch                                    [staff; count <= 1000]
    voucher_code(voucher) -> str          ["000123-ABCDEFGHJKLM": print it and its QR code]
    voucher_redeem(*, actor, place, code, to_account, idempotency_key, now=None) -> Transfer
        [staff, a partner into their own organisation's account, or the holder into
        their own account]
    voucher_batch_cancel(*, actor, place, batch, reason, idempotency_key=None, now=None)
        -> VoucherBatch                                [staff; voids what is outstanding]

Paid tasks
    task_post(*, actor, place, payer, title, hours, reward, description="", now=None) -> Task
        [staff, or a partner of the payer's organisation; payer = an organisation account
        with pays_out]
    task_confirm(*, actor, place, task, member, idempotency_key, now=None) -> Task
        [staff; pays the reward from the payer's account to the member's]
    task_cancel(*, actor, place, task) -> Task                                     [staff]

Shops
    settlement_create(*, actor, place, currency, shop_account, idempotency_key=None,
        now=None) -> selectors.SettlementReport
        [staff; the whole balance to the euro-settlement account; render PDF/CSV from the
        report, and later again with selectors.settlement_report(settlement)]

Reads (nabij.ledger.selectors): account_for, accounts_of, partner_accounts, account_by_code,
card_by_code, cards_of, system_account, account_statement -> Statement,
vouchers_outstanding -> VoucherRegister, vouchers_of, tasks_open, settlement_report,
settlements_of, currencies_of, demurrage_preview (what demurrage_apply would book now),
limit_overrides_of. Demurrage numbers (period, charge): nabij.ledger.demurrage.
Codes (nabij.ledger.codes): voucher_code, account_code (the card in use), card_serial.
Checks: nabij.ledger.reconcile.
"""

from .cards import card_replace
from .currencies import account_open, currency_create, limit_override
from .settlements import settlement_create
from .tasks import task_cancel, task_confirm, task_post
from .transfers import (
    currency_issue,
    demurrage_apply,
    payment_take,
    transfer_post,
    transfer_reverse,
)
from .vouchers import voucher_batch_cancel, voucher_batch_issue, voucher_code, voucher_redeem

__all__ = [
    "account_open",
    "card_replace",
    "currency_create",
    "currency_issue",
    "demurrage_apply",
    "limit_override",
    "payment_take",
    "settlement_create",
    "task_cancel",
    "task_confirm",
    "task_post",
    "transfer_post",
    "transfer_reverse",
    "voucher_batch_cancel",
    "voucher_batch_issue",
    "voucher_code",
    "voucher_redeem",
]
