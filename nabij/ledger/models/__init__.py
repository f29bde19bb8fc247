from .accounts import Account, LimitOverride
from .cards import Card
from .currencies import Currency
from .settlements import Settlement
from .tasks import Task
from .transfers import Entry, Transfer
from .vouchers import Voucher, VoucherBatch

__all__ = [
    "Account",
    "Card",
    "Currency",
    "Entry",
    "LimitOverride",
    "Settlement",
    "Task",
    "Transfer",
    "Voucher",
    "VoucherBatch",
]
