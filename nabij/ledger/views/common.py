"""What the currency pages share: which currency a page is about, and how it renders."""

from django.http import Http404, HttpRequest, HttpResponse

from nabij.community.views.common import render_place
from nabij.ledger.models import Account, Currency
from nabij.ledger.selectors import currencies_of
from nabij.ledger.views.reads import account_in_place, is_staff

CURRENCY_PARAM = "munt"


def chosen_currency(request: HttpRequest) -> Currency | None:
    """The currency a page is about: ?munt=<pk> when a place runs several, else the place's
    first. Another place's currency is not found here (404)."""
    currencies = list(currencies_of(request.place).order_by("pk"))
    request.currencies = currencies
    wanted = request.GET.get(CURRENCY_PARAM, "")
    if not wanted:
        return currencies[0] if currencies else None
    found = next((c for c in currencies if str(c.pk) == wanted), None)
    if found is None:
        raise Http404
    return found


def currency_query(request: HttpRequest, currency: Currency | None) -> str:
    """The query string that keeps a page's currency in its links ('' for the first)."""
    currencies = getattr(request, "currencies", [])
    if currency is None or not currencies or currency.pk == currencies[0].pk:
        return ""
    return f"?{CURRENCY_PARAM}={currency.pk}"


def render_ledger(
    request: HttpRequest,
    template: str,
    context: dict | None = None,
    *,
    currency: Currency | None = None,
    status: int = 200,
) -> HttpResponse:
    return render_place(
        request,
        template,
        {
            "currency": currency,
            "currencies": getattr(request, "currencies", []),
            "munt_query": currency_query(request, currency),
            "staff": is_staff(request.roles),
            **(context or {}),
        },
        status=status,
    )


def place_account(request: HttpRequest, pk: int) -> Account:
    account = account_in_place(request.place, pk)
    if account is None:
        raise Http404
    return account
