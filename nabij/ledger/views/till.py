"""A shop's side: take a payment by a member's code, redeem a paper voucher, and the
shop's own statement."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.amounts import format_amount
from nabij.ledger.forms import PaymentForm, RedeemForm
from nabij.ledger.models import Entry
from nabij.ledger.selectors import settlements_of
from nabij.ledger.views.accounts import statement_context
from nabij.ledger.views.common import chosen_currency, render_ledger
from nabij.ledger.views.reads import own_partner_accounts, usable_partner_accounts

TILL_ROLES = (*STAFF_ROLES, RoleKind.PARTNER)


def _shops(request: HttpRequest, currency):
    if currency is None:
        return None
    return usable_partner_accounts(
        member=request.actor,
        place=request.place,
        roles=request.roles,
        currency=currency,
        accepts=True,
    )


def _received(transfer, account) -> int:
    """What the shop's account got from a transfer (also for a replayed one)."""
    return (
        Entry.objects.filter(transfer=transfer, account=account)
        .values_list("amount", flat=True)
        .first()
        or 0
    )


@place_view(*TILL_ROLES)
def payment_take(request: HttpRequest) -> HttpResponse:
    currency = chosen_currency(request)
    shops = _shops(request, currency)
    form = None
    if shops is not None and shops.exists():
        form = PaymentForm(posted(request), shops=shops, currency=currency)
    if request.method == "POST" and form is not None and form.is_valid():
        data = form.cleaned_data
        try:
            transfer = services.payment_take(
                actor=request.actor,
                place=request.place,
                shop_account=data["shop_account"],
                payer_code=data["payer_code"],
                amount=data["amount"],
                memo=data["memo"],
                idempotency_key=form.key,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            shop = data["shop_account"]
            messages.success(
                request,
                _("Betaling ontvangen: %(amount)s voor %(shop)s (boeking %(number)s).")
                % {
                    "amount": format_amount(_received(transfer, shop), currency=currency),
                    "shop": shop,
                    "number": transfer.pk,
                },
            )
            return redirect(request.get_full_path())
    return render_ledger(request, "ledger/payment_take.html", {"form": form}, currency=currency)


@place_view(*TILL_ROLES)
def voucher_redeem(request: HttpRequest) -> HttpResponse:
    currency = chosen_currency(request)
    shops = _shops(request, currency)
    form = None
    if shops is not None and shops.exists():
        form = RedeemForm(posted(request), accounts=shops)
    if request.method == "POST" and form is not None and form.is_valid():
        account = form.cleaned_data["to_account"]
        try:
            transfer = services.voucher_redeem(
                actor=request.actor,
                place=request.place,
                code=form.cleaned_data["code"],
                to_account=account,
                idempotency_key=form.key,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("Bon ingewisseld: %(amount)s op de rekening van %(shop)s.")
                % {
                    "amount": format_amount(
                        _received(transfer, account), currency=account.currency
                    ),
                    "shop": account,
                },
            )
            return redirect(request.get_full_path())
    return render_ledger(request, "ledger/voucher_redeem.html", {"form": form}, currency=currency)


@place_view(RoleKind.PARTNER)
def shop_statement(request: HttpRequest) -> HttpResponse:
    """A partner's own account: what came in, what went out, and the settlements."""
    accounts = list(own_partner_accounts(request.actor, request.place))
    wanted = request.GET.get("rekening", "")
    account = next((a for a in accounts if str(a.pk) == wanted), accounts[0] if accounts else None)
    context = {"accounts": accounts, "account": account}
    if account is not None:
        context |= statement_context(request, account)
        context["settlements"] = list(settlements_of(account)[:12])
    return render_ledger(
        request,
        "ledger/shop_statement.html",
        context,
        currency=account.currency if account else None,
    )
