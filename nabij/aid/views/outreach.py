"""Call lists: on screen, on paper (PDF), and recording how a call went."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _

from nabij.aid.forms_outreach import CallForm, CallListForm
from nabij.aid.outreach import call_list, call_record, calls_of
from nabij.aid.pdf import call_list_pdf
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.selectors import member_in_place
from nabij.community.views.common import posted, render_place
from nabij.errors import DomainError


@place_view(*STAFF_ROLES)
def calls(request: HttpRequest) -> HttpResponse:
    form = CallListForm(request.GET or None)
    days = form.days_or_default()
    return render_place(
        request,
        "aid/calls_list.html",
        {"form": form, "days": days, "rows": call_list(request.place, days=days)},
    )


@place_view(*STAFF_ROLES)
def calls_pdf(request: HttpRequest) -> HttpResponse:
    days = CallListForm(request.GET or None).days_or_default()
    now = timezone.now()
    pdf = call_list_pdf(
        request.place, call_list(request.place, days=days, now=now), days=days, now=now
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    filename = f"belronde-{request.place.slug}-{timezone.localdate(now).isoformat()}.pdf"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@place_view(*STAFF_ROLES)
def call_new(request: HttpRequest, pk: int) -> HttpResponse:
    member = member_in_place(request.place, pk)
    form = CallForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            call_record(
                actor=request.actor,
                place=request.place,
                member=member,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
                request=form.request_details(),
                offer=form.offer_details(),
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Het gesprek met %(name)s is bewaard.") % {"name": member})
            return redirect("aid:calls", slug=request.place.slug)
    return render_place(
        request,
        "aid/calls_record.html",
        {"form": form, "member": member, "history": calls_of(request.place, member)},
    )
