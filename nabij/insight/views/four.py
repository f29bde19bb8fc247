"""The network of four: a worker's vulnerable members with fewer than four people they
had any exchange with in 90 days, each with someone who could become a new tie."""

from django.http import HttpRequest, HttpResponse
from django.utils import timezone

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, AuditAction
from nabij.community.models import Member
from nabij.community.services.common import audit_record
from nabij.community.views.common import render_place
from nabij.insight import selectors
from nabij.insight.forms import FourFilterForm


@place_view(*STAFF_ROLES)
def network_of_four(request: HttpRequest) -> HttpResponse:
    form = FourFilterForm(request.GET or None)
    whole_place = form.whole_place
    rows = selectors.four_network(
        place=request.place, worker=None if whole_place else request.actor
    )
    # Names with their vulnerability and ties: a staff read of personal data, logged.
    now = timezone.now()
    listed = Member.objects.filter(pk__in=[row.member_id for row in rows], place=request.place)
    for member in listed.order_by("pk"):
        audit_record(
            actor=request.actor,
            place=request.place,
            member=member,
            action=AuditAction.VIEW,
            fields=["vulnerable"],
            now=now,
        )
    return render_place(
        request,
        "insight/network_of_four.html",
        {"form": form, "rows": rows, "whole_place": whole_place},
    )
