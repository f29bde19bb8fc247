"""Mijn munten: a member's own balance, statement and payment card."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import RoleKind
from nabij.ledger.selectors import account_statement
from nabij.ledger.views.accounts import card_response, period_form
from nabij.ledger.views.common import render_ledger
from nabij.ledger.views.reads import member_accounts, period

EVERY_ROLE = tuple(RoleKind)


@place_view(*EVERY_ROLE)
def mine(request: HttpRequest) -> HttpResponse:
    form = period_form(request)
    start, end = period(*form.days())
    statements = [
        account_statement(account=account, start=start, end=end)
        for account in member_accounts(request.actor, request.place)
    ]
    return render_ledger(request, "ledger/mine.html", {"form": form, "statements": statements})


@place_view(*EVERY_ROLE)
def my_card(request: HttpRequest) -> HttpResponse:
    accounts = list(member_accounts(request.actor, request.place))
    if not accounts:
        messages.info(request, _("Je hebt hier nog geen rekening, dus ook nog geen kaart."))
        return redirect("ledger:mine", slug=request.place.slug)
    return card_response(request, accounts)
