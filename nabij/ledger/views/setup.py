"""Setting a currency up: an admin starts one, staff open partners' accounts, an admin
overrides an account's limits (logged, with a reason)."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.models import Organisation
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.choices import SYSTEM_KINDS
from nabij.ledger.manage_forms import AccountOpenForm, CurrencyForm, LimitForm
from nabij.ledger.selectors import limit_overrides_of
from nabij.ledger.views.common import chosen_currency, place_account, render_ledger


def _url(request: HttpRequest, name: str, **kwargs) -> str:
    return reverse(f"ledger:{name}", kwargs={"slug": request.place.slug, **kwargs})


@place_view(RoleKind.ADMIN)
def currency_new(request: HttpRequest) -> HttpResponse:
    chosen_currency(request)  # the menu of the place's currencies
    form = CurrencyForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            currency = services.currency_create(
                actor=request.actor, place=request.place, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De munt %(name)s is gestart.") % {"name": currency.name})
            return redirect(_url(request, "overview") + f"?munt={currency.pk}")
    return render_ledger(request, "ledger/currency_new.html", {"form": form})


@place_view(*STAFF_ROLES)
def account_new(request: HttpRequest) -> HttpResponse:
    """Open the account of a partner organisation (or make an existing one a shop or an
    earning partner)."""
    currency = chosen_currency(request)
    form = None
    if currency is not None:
        organisations = Organisation.objects.filter(places=request.place).order_by("name")
        form = AccountOpenForm(posted(request), organisations=organisations)
    if request.method == "POST" and form is not None and form.is_valid():
        try:
            account = services.account_open(
                actor=request.actor, place=request.place, currency=currency, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("De rekening van %(name)s in %(currency)s is open.")
                % {"name": account, "currency": currency.name},
            )
            return redirect(_url(request, "statement", pk=account.pk))
    return render_ledger(request, "ledger/account_new.html", {"form": form}, currency=currency)


@place_view(RoleKind.ADMIN)
def limit_override(request: HttpRequest, pk: int) -> HttpResponse:
    account = place_account(request, pk)
    if account.kind in SYSTEM_KINDS:
        # The currency's own accounts keep the limits that make the books add up.
        raise Http404
    request.currencies = [account.currency]
    form = LimitForm(posted(request), account=account)
    if request.method == "POST" and form.is_valid():
        try:
            services.limit_override(
                actor=request.actor, place=request.place, account=account, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request, _("De grenzen van %(name)s zijn aangepast.") % {"name": account}
            )
            return redirect(_url(request, "limit_override", pk=account.pk))
    return render_ledger(
        request,
        "ledger/limit_override.html",
        {"account": account, "form": form, "overrides": list(limit_overrides_of(account))},
        currency=account.currency,
    )
