"""Mijn munten: a member's own balance, statement and payment card, and a paper voucher
redeemed into their own account."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import RoleKind
from nabij.community.views.common import posted
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.amounts import format_amount
from nabij.ledger.manage_forms import MyVoucherForm
from nabij.ledger.models import Entry
from nabij.ledger.selectors import account_statement
from nabij.ledger.views.accounts import card_response, period_form
from nabij.ledger.views.common import render_ledger
from nabij.ledger.views.reads import member_accounts, period

EVERY_ROLE = tuple(RoleKind)


@place_view(*EVERY_ROLE)
def mine(request: HttpRequest) -> HttpResponse:
    accounts = list(member_accounts(request.actor, request.place))
    voucher_form = None
    if accounts:
        voucher_form = MyVoucherForm(
            posted(request), accounts=member_accounts(request.actor, request.place)
        )
    if request.method == "POST" and voucher_form is not None and voucher_form.is_valid():
        account = voucher_form.cleaned_data["to_account"]
        try:
            transfer = services.voucher_redeem(
                actor=request.actor,
                place=request.place,
                code=voucher_form.cleaned_data["code"],
                to_account=account,
                idempotency_key=voucher_form.key,
            )
        except DomainError as error:
            voucher_form.add_domain_error(error)
        else:
            received = Entry.objects.get(transfer=transfer, account=account).amount
            messages.success(
                request,
                _("Bon ingewisseld: %(amount)s op je rekening.")
                % {"amount": format_amount(received, currency=account.currency)},
            )
            return redirect(request.get_full_path())
    form = period_form(request)
    start, end = period(*form.days())
    statements = [account_statement(account=account, start=start, end=end) for account in accounts]
    return render_ledger(
        request,
        "ledger/mine.html",
        {"form": form, "statements": statements, "voucher_form": voucher_form},
    )


@place_view(*EVERY_ROLE)
def my_card(request: HttpRequest) -> HttpResponse:
    accounts = list(member_accounts(request.actor, request.place))
    if not accounts:
        messages.info(request, _("Je hebt hier nog geen rekening, dus ook nog geen kaart."))
        return redirect("ledger:mine", slug=request.place.slug)
    return card_response(request, accounts)
