"""Staff's list of accounts, one account's statement, and a member's payment card (printed,
and replaced when lost)."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import paginate
from nabij.errors import DomainError
from nabij.ledger import codes, services
from nabij.ledger.choices import AccountKind
from nabij.ledger.forms import AccountSearchForm, CardReplaceForm, PeriodForm
from nabij.ledger.pdf import cards_pdf
from nabij.ledger.selectors import account_statement, cards_of
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


def _statement_page(
    request: HttpRequest, account, card_form: CardReplaceForm | None = None
) -> HttpResponse:
    request.currencies = [account.currency]
    context = statement_context(request, account)
    if account.kind == AccountKind.MEMBER:
        serial = codes.card_serial(account)
        context |= {
            "card_serial": serial,
            "card_code": codes.account_code(account, serial),
            "cards": [card for card in cards_of(account) if card.revoked_at is not None],
            "card_form": card_form or CardReplaceForm(initial={"replaces": serial}),
        }
    return render_ledger(request, "ledger/statement.html", context, currency=account.currency)


@place_view(*STAFF_ROLES)
def statement(request: HttpRequest, pk: int) -> HttpResponse:
    """An account's statement, for the screen and for paper (the print stylesheet keeps
    the lines and drops the menus)."""
    return _statement_page(request, place_account(request, pk))


@place_view(*STAFF_ROLES)
@require_POST
def card_replace(request: HttpRequest, pk: int) -> HttpResponse:
    """Kaart vervangen: the member's old card stops working, the new one can be printed."""
    account = place_account(request, pk)
    if account.kind != AccountKind.MEMBER:
        raise Http404
    form = CardReplaceForm(request.POST)
    if form.is_valid():
        try:
            card = services.card_replace(
                actor=request.actor,
                place=request.place,
                account=account,
                replaces=form.cleaned_data["replaces"],
                reason=form.cleaned_data["reason"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _(
                    "%(name)s heeft nu kaart nummer %(serial)s. De oude kaart werkt niet meer: "
                    "druk de nieuwe af."
                )
                % {"name": account, "serial": card.serial},
            )
            return redirect(
                reverse("ledger:statement", kwargs={"slug": request.place.slug, "pk": account.pk})
            )
    return _statement_page(request, account, card_form=form)


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
