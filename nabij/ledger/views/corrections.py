"""Correcting and charging the books: reverse a booked transfer with a reason (a reversal
transfer, never a delete), and book a period's demurrage after a preview."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.amounts import format_amount
from nabij.ledger.choices import Category, TransferState
from nabij.ledger.errors import LedgerError
from nabij.ledger.manage_forms import DemurrageForm, ReverseForm
from nabij.ledger.models import Transfer
from nabij.ledger.selectors import account_label, demurrage_preview
from nabij.ledger.views.common import chosen_currency, currency_query, render_ledger

PREVIEW_LINES = 50


def _transfer(request: HttpRequest, pk: int) -> Transfer:
    transfer = (
        Transfer.objects.filter(place=request.place, pk=pk)
        .select_related("currency", "created_by", "reverses")
        .first()
    )
    if transfer is None:
        raise Http404
    return transfer


@place_view(*STAFF_ROLES)
def transfer_reverse(request: HttpRequest, pk: int) -> HttpResponse:
    """A booking, its legs, and the form that reverses it."""
    transfer = _transfer(request, pk)
    request.currencies = [transfer.currency]
    form = ReverseForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            reversal = services.transfer_reverse(
                actor=request.actor,
                place=request.place,
                transfer=transfer,
                memo=form.cleaned_data["reason"],
                idempotency_key=form.key,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("Boeking %(number)s is teruggedraaid (terugboeking %(reversal)s).")
                % {"number": transfer.pk, "reversal": reversal.pk},
            )
            return redirect(request.path)
    legs = [
        (account_label(entry.account), entry.amount)
        for entry in transfer.entries.select_related("account__member", "account__organisation")
    ]
    reversal = transfer.reversals.first() if transfer.state == TransferState.REVERSED else None
    return render_ledger(
        request,
        "ledger/transfer_reverse.html",
        {
            "transfer": transfer,
            "legs": legs,
            "reversal": reversal,
            "form": form,
            "reversible": transfer.state == TransferState.COMMITTED
            and transfer.category != Category.REVERSAL,
        },
        currency=transfer.currency,
    )


@place_view(*STAFF_ROLES)
def demurrage(request: HttpRequest) -> HttpResponse:
    """What this period's demurrage would take from whom; booked only when confirmed."""
    currency = chosen_currency(request)
    preview, form = None, None
    if currency is not None and currency.demurrage_percent is not None:
        preview = demurrage_preview(currency=currency, now=timezone.now())
        form = DemurrageForm(posted(request), initial={"period": preview.period})
    if request.method == "POST" and form is not None and form.is_valid():
        if form.cleaned_data["period"] != preview.period:
            # A new period began between the preview and the click: show its numbers.
            form.add_error(None, LedgerError.PERIOD_CHANGED.message)
        else:
            try:
                transfer = services.demurrage_apply(
                    actor=request.actor, place=request.place, currency=currency
                )
            except DomainError as error:
                form.add_domain_error(error)
            else:
                if transfer is None:
                    messages.info(request, _("Niemand had iets te geven: er is niets geboekt."))
                else:
                    total = sum(e.amount for e in transfer.entries.all() if e.amount > 0)
                    messages.success(
                        request,
                        _("Muntbijdrage geboekt: %(amount)s naar het buurtfonds.")
                        % {"amount": format_amount(total, currency=currency)},
                    )
                return redirect(request.path + currency_query(request, currency))
    return render_ledger(
        request,
        "ledger/demurrage.html",
        {
            "preview": preview,
            "lines": preview.lines[:PREVIEW_LINES] if preview else (),
            "form": form,
        },
        currency=currency,
    )
