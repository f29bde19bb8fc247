from nabij.sharing.models.items import Item, ItemPhoto
from nabij.sharing.models.loans import Loan, LoanReminder
from nabij.sharing.models.reservations import Reservation
from nabij.sharing.models.waiting import WaitingEntry

__all__ = ["Item", "ItemPhoto", "Loan", "LoanReminder", "Reservation", "WaitingEntry"]
