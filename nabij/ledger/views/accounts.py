"""Staff's list of accounts, one account's statement, and a member's payment card."""

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.text import slugify

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import paginate
from nabij.ledger.choices import AccountKind
from nabij.ledger.forms import AccountSearchForm, PeriodForm
from nabij.ledger.pdf import cards_pdf
from nabij.ledger.selectors import account_statement
from nabij.ledger.views.common import chosen_currency, place_account, render_ledger
from nabij.ledger.views.reads import accounts_listed, period


@place_view(*STAFF_ROLES)
def account_list(request: HttpRequest) -> HttpResponse:
    currency = chosen_currency(request)
    form = AccountSearchForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    page = None
    if currency is not None:
        rows = accounts_listed(
            currency, kind=filters.get("kind", ""), query=filters.get("q", "").strip()
        )
        page = paginate(request, rows)
    query = request.GET.copy()
    query.pop("page", None)
    return render_ledger(
        request,
        "ledger/account_list.html",
        {"form": form, "page": page, "query": query.urlencode()},
        currency=currency,
    )


def period_form(request: HttpRequest) -> PeriodForm:
    """Bound only when someone chose days: other query parameters leave the default."""
    chosen = "start" in request.GET or "end" in request.GET
    return PeriodForm(request.GET if chosen else None)


def statement_context(request: HttpRequest, account) -> dict:
    form = period_form(request)
    start, end = period(*form.days())
    return {
        "account": account,
        "form": form,
        "statement": account_statement(account=account, start=start, end=end),
    }


@place_view(*STAFF_ROLES)
def statement(request: HttpRequest, pk: int) -> HttpResponse:
    """An account's statement, for the screen and for paper (the print stylesheet keeps
    the lines and drops the menus)."""
    account = place_account(request, pk)
    request.currencies = [account.currency]
    return render_ledger(
        request,
        "ledger/statement.html",
        statement_context(request, account),
        currency=account.currency,
    )


@place_view(*STAFF_ROLES)
def card_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    """A member's payment card, for staff to print for someone without a phone."""
    account = place_account(request, pk)
    if account.kind != AccountKind.MEMBER:
        raise Http404
    return card_response(request, [account])


def card_response(request: HttpRequest, accounts) -> HttpResponse:
    response = HttpResponse(cards_pdf(request.place, accounts), content_type="application/pdf")
    name = slugify(accounts[0].member.display_name) or "kaart"
    response["Content-Disposition"] = f'inline; filename="kaart-{name}.pdf"'
    return response
