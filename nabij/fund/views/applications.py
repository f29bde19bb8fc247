"""Applications, as staff see them: made on someone's behalf, with the person's name
(each read is logged), and the help handed over afterwards."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, AuditAction
from nabij.community.selectors import member_in_place, members_of_place
from nabij.community.services.common import audit_record
from nabij.community.views.common import pick_candidates, posted
from nabij.errors import DomainError
from nabij.fund import selectors, services
from nabij.fund.forms import ApplicationForm, PayoutForm
from nabij.fund.models import Application
from nabij.fund.views.common import place_fund, render_fund

DECIDED_SHOWN = 50


def staff_application(request: HttpRequest, pk: int) -> Application:
    application = (
        Application.objects.filter(place=request.place, pk=pk)
        .select_related("fund", "person", "criterion", "applied_by")
        .first()
    )
    if application is None:
        raise Http404
    return application


@place_view(*STAFF_ROLES)
def applications(request: HttpRequest) -> HttpResponse:
    """Names with case numbers. Not logged, as with the member list and the list of help
    requests: opening one application is the read that is logged."""
    fund = place_fund(request)
    return render_fund(
        request,
        "fund/applications.html",
        {
            "fund": fund,
            "open": list(selectors.applications_open(fund).select_related("person")),
            "decided": list(
                selectors.applications_decided(fund).select_related("person")[:DECIDED_SHOWN]
            ),
            "decided_shown": DECIDED_SHOWN,
        },
    )


@place_view(*STAFF_ROLES)
def application_new(request: HttpRequest) -> HttpResponse:
    """First pick the person (?q=name), then describe the request (?member=pk)."""
    fund = place_fund(request)
    wanted = request.POST.get("member") or request.GET.get("member")
    if not wanted:
        query, candidates = pick_candidates(request, members_of_place(request.place))
        return render_fund(
            request,
            "fund/application_pick.html",
            {
                "fund": fund,
                "query": query,
                "candidates": candidates,
                "pick_label": _("Voor wie vraag je hulp? Zoek de naam"),
            },
        )
    try:
        person = member_in_place(request.place, int(wanted))
    except ValueError:
        raise Http404 from None
    criteria = selectors.criteria_in_force(fund, timezone.localdate())
    form = ApplicationForm(
        posted(request) if "situation" in request.POST else None, criteria=criteria
    )
    if form.is_bound and form.is_valid():
        try:
            application = services.application_submit(
                actor=request.actor,
                place=request.place,
                fund=fund,
                person=person,
                **form.cleaned_data,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _(
                    "Aanvraag %(number)s is ingediend. Het comité ziet het dossiernummer, "
                    "niet de naam."
                )
                % {"number": application.case_number},
            )
            return redirect("fund:application", request.place.slug, application.pk)
    return render_fund(
        request,
        "fund/application_new.html",
        {"fund": fund, "form": form, "person": person},
    )


@place_view(*STAFF_ROLES)
def application(request: HttpRequest, pk: int) -> HttpResponse:
    application = staff_application(request, pk)
    return _application_page(request, application, PayoutForm())


def _application_page(
    request: HttpRequest, application: Application, form: PayoutForm
) -> HttpResponse:
    # Staff see who the application is for: every such read is on the audit trail.
    audit_record(
        actor=request.actor,
        place=request.place,
        member=application.person,
        action=AuditAction.VIEW,
        fields=["fund_application"],
        now=timezone.now(),
    )
    decision = getattr(application, "decision", None)
    paid = selectors.decision_paid(decision) if decision else 0
    return render_fund(
        request,
        "fund/application_detail.html",
        {
            "fund": application.fund,
            "application": application,
            "decision": decision,
            "proposal": selectors.open_proposal(application),
            "payouts": list(decision.payouts.all()) if decision else [],
            "paid": paid,
            "left": decision.amount_cents - paid if decision else 0,
            "form": form,
        },
    )


@require_POST
@place_view(*STAFF_ROLES)
def payout_new(request: HttpRequest, pk: int) -> HttpResponse:
    application = staff_application(request, pk)
    decision = getattr(application, "decision", None)
    if decision is None:
        raise Http404
    form = PayoutForm(request.POST)
    if form.is_valid():
        try:
            services.payout_record(
                actor=request.actor, place=request.place, decision=decision, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De hulp is genoteerd."))
            return redirect(reverse("fund:application", args=[request.place.slug, application.pk]))
    return _application_page(request, application, form)
