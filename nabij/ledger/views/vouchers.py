"""Paper vouchers: issue a batch, the register of paper money in circulation, the sheet to
print, and cancelling a lost batch."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.choices import CurrencyMode, VoucherState
from nabij.ledger.forms import BatchCancelForm, BatchForm
from nabij.ledger.models import VoucherBatch
from nabij.ledger.pdf import voucher_sheet_pdf
from nabij.ledger.selectors import vouchers_of, vouchers_outstanding
from nabij.ledger.views.common import chosen_currency, render_ledger


def _batch(request: HttpRequest, pk: int) -> VoucherBatch:
    batch = (
        VoucherBatch.objects.filter(place=request.place, pk=pk)
        .select_related("currency", "created_by", "cancelled_by")
        .first()
    )
    if batch is None:
        raise Http404
    return batch


def _detail_url(request: HttpRequest, batch: VoucherBatch) -> str:
    return reverse("ledger:batch_detail", kwargs={"slug": request.place.slug, "pk": batch.pk})


@place_view(*STAFF_ROLES)
def voucher_list(request: HttpRequest) -> HttpResponse:
    """The register of paper money, and a new sheet of vouchers."""
    currency = chosen_currency(request)
    form = register = None
    if currency is not None:
        register = vouchers_outstanding(currency=currency)
        if currency.mode == CurrencyMode.ISSUED:
            form = BatchForm(posted(request), currency=currency)
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            batch = services.voucher_batch_issue(
                actor=request.actor,
                place=request.place,
                currency=currency,
                denomination=form.cleaned_data["denomination"],
                count=form.cleaned_data["count"],
                idempotency_key=form.key,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("Reeks %(number)s is uitgegeven. Druk het blad af en knip de bonnen.")
                % {"number": batch.pk},
            )
            return redirect(_detail_url(request, batch))
    return render_ledger(
        request,
        "ledger/voucher_list.html",
        {"form": form, "register": register},
        currency=currency,
    )


def _batch_page(request: HttpRequest, batch: VoucherBatch, form: BatchCancelForm) -> HttpResponse:
    request.currencies = [batch.currency]
    vouchers = list(vouchers_of(batch).select_related("redemption"))
    counts = {state: 0 for state in VoucherState.values}
    for voucher in vouchers:
        counts[voucher.state] += 1
    return render_ledger(
        request,
        "ledger/batch_detail.html",
        {"batch": batch, "vouchers": vouchers, "counts": counts, "form": form},
        currency=batch.currency,
    )


@place_view(*STAFF_ROLES)
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _batch_page(request, _batch(request, pk), BatchCancelForm())


@place_view(*STAFF_ROLES)
def batch_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """A lost batch: its vouchers still out become void, their value goes back."""
    batch = _batch(request, pk)
    form = BatchCancelForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.voucher_batch_cancel(
                actor=request.actor,
                place=request.place,
                batch=batch,
                reason=form.cleaned_data["reason"],
                idempotency_key=form.key or None,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Reeks %(number)s is ingetrokken.") % {"number": batch.pk})
            return redirect(_detail_url(request, batch))
    return _batch_page(request, batch, form)


@place_view(*STAFF_ROLES)
def batch_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """The sheet to print: only the vouchers still in circulation."""
    batch = _batch(request, pk)
    outstanding = vouchers_of(batch).filter(state=VoucherState.OUTSTANDING)
    response = HttpResponse(voucher_sheet_pdf(batch, outstanding), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="bonnen-reeks-{batch.pk}.pdf"'
    return response
