"""Staff's view of the place's currency: its totals, and bringing new units out."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.amounts import format_amount, to_minor
from nabij.ledger.choices import CurrencyMode
from nabij.ledger.forms import IssueForm
from nabij.ledger.selectors import partner_accounts
from nabij.ledger.views.common import chosen_currency, currency_query, render_ledger
from nabij.ledger.views.reads import currency_totals


@place_view(*STAFF_ROLES)
def overview(request: HttpRequest) -> HttpResponse:
    currency = chosen_currency(request)
    if currency is None:
        return render_ledger(request, "ledger/overview.html")
    issued = currency.mode == CurrencyMode.ISSUED
    form = None
    if issued:
        form = IssueForm(
            posted(request),
            accounts=partner_accounts(currency, pays_out=True),
            currency=currency,
        )
    if request.method == "POST" and form is not None and form.is_valid():
        to_account = form.cleaned_data["to_account"]
        try:
            services.currency_issue(
                actor=request.actor,
                place=request.place,
                currency=currency,
                to_account=to_account,
                amount=form.cleaned_data["amount"],
                memo=form.cleaned_data["memo"],
                idempotency_key=form.key,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            amount = to_minor(form.cleaned_data["amount"], currency=currency)
            messages.success(
                request,
                _("%(amount)s uitgegeven aan %(name)s.")
                % {"amount": format_amount(amount, currency=currency), "name": to_account},
            )
            return redirect(request.path + currency_query(request, currency))
    return render_ledger(
        request,
        "ledger/overview.html",
        {"totals": currency_totals(currency), "form": form, "issued": issued},
        currency=currency,
    )
