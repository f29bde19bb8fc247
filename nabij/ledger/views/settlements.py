"""Settling shops: their takings change to euros, with a report (PDF and CSV) for the
organisation that pays them."""

import csv
import io

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.forms import SettlementForm
from nabij.ledger.models import Settlement
from nabij.ledger.pdf import settlement_pdf as render_settlement_pdf
from nabij.ledger.selectors import SettlementReport, partner_accounts, settlement_report
from nabij.ledger.views.common import chosen_currency, currency_query, render_ledger

RECENT = 50
CSV_HEADER = (
    gettext_lazy("boeking"),
    gettext_lazy("datum"),
    gettext_lazy("soort"),
    gettext_lazy("omschrijving"),
    gettext_lazy("munten"),
)


def _settlement(request: HttpRequest, pk: int) -> Settlement:
    settlement = (
        Settlement.objects.filter(place=request.place, pk=pk)
        .select_related("currency", "account__organisation", "created_by", "place")
        .first()
    )
    if settlement is None:
        raise Http404
    return settlement


@place_view(*STAFF_ROLES)
def settlement_list(request: HttpRequest) -> HttpResponse:
    currency = chosen_currency(request)
    form = None
    settlements = []
    if currency is not None:
        # Every shop, also one with nothing to settle: a second click on "Afrekenen" must
        # reach the ledger, which answers with the first settlement.
        shops = partner_accounts(currency, accepts=True)
        form = SettlementForm(posted(request), shops=shops)
        settlements = list(
            Settlement.objects.filter(currency=currency)
            .select_related("account__organisation")
            .order_by("-period_end", "-pk")[:RECENT]
        )
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            report = services.settlement_create(
                actor=request.actor,
                place=request.place,
                currency=currency,
                shop_account=form.cleaned_data["shop_account"],
                idempotency_key=form.key,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("%(shop)s is afgerekend: %(euros)s euro.")
                % {"shop": report.shop, "euros": formats.number_format(report.euros, 2)},
            )
            return redirect(request.path + currency_query(request, currency))
    return render_ledger(
        request,
        "ledger/settlement_list.html",
        {"form": form, "settlements": settlements},
        currency=currency,
    )


def _filename(report: SettlementReport, extension: str) -> str:
    return f"afrekening-{report.settlement_id}.{extension}"


@place_view(*STAFF_ROLES)
def settlement_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    report = settlement_report(_settlement(request, pk))
    response = HttpResponse(render_settlement_pdf(report), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{_filename(report, "pdf")}"'
    return response


def _day(moment) -> str:
    return timezone.localtime(moment).date().isoformat()


def settlement_csv_text(report: SettlementReport) -> str:
    """One line per payment the shop took, then the total and what it is worth in euros.
    Dates as ISO, numbers with a dot: for a spreadsheet or an accounting program."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([str(text) for text in CSV_HEADER])
    for line in report.lines:
        writer.writerow([line.transfer_id, _day(line.at), line.category, line.memo, line.amount])
    writer.writerow([])
    writer.writerow([_("zaak"), report.shop])
    writer.writerow([_("munt"), f"{report.currency} ({report.symbol})"])
    writer.writerow([_("periode"), _day(report.period_start), _day(report.period_end)])
    writer.writerow([_("munten in totaal"), report.units])
    writer.writerow([_("munten per euro"), format(report.units_per_euro.normalize(), "f")])
    writer.writerow([_("te betalen in euro"), report.euros])
    writer.writerow([_("afrekening"), report.settlement_id, _("boeking"), report.transfer_id])
    return out.getvalue()


@place_view(*STAFF_ROLES)
def settlement_csv(request: HttpRequest, pk: int) -> HttpResponse:
    report = settlement_report(_settlement(request, pk))
    response = HttpResponse(settlement_csv_text(report), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(report, "csv")}"'
    return response
