"""A case as the committee sees it: a number and a situation, never a name; one member
proposes, another confirms or sends it back."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.choices import RoleKind
from nabij.errors import DomainError
from nabij.fund import selectors, services
from nabij.fund.choices import ProposalState
from nabij.fund.forms import FundForm, ProposalForm, SendBackForm
from nabij.fund.models import Application, Decision
from nabij.fund.views.common import committee_fund, render_fund


def _case(request: HttpRequest, pk: int) -> Application:
    fund = committee_fund(request)
    # No select_related("person"): the committee's pages never load the name.
    application = (
        Application.objects.filter(fund=fund, pk=pk).select_related("fund", "criterion").first()
    )
    if application is None:
        raise Http404
    return application


def _criteria(application: Application):
    """The criterion applied for, and the other criteria in force today."""
    in_force = selectors.criteria_in_force(application.fund, timezone.localdate())
    return (
        in_force
        | selectors.criterion_versions(application.fund).filter(pk=application.criterion_id)
    ).distinct()


def _page(
    request: HttpRequest,
    application: Application,
    *,
    propose: ProposalForm | None = None,
    send_back: SendBackForm | None = None,
    confirm: FundForm | None = None,
) -> HttpResponse:
    decision = Decision.objects.filter(application=application).select_related("criterion").first()
    proposal = selectors.open_proposal(application)
    past = application.proposals.exclude(state=ProposalState.OPEN).order_by("proposed_at")
    return render_fund(
        request,
        "fund/case.html",
        {
            "fund": application.fund,
            "application": application,
            "decision": decision,
            "proposal": proposal,
            "past_proposals": list(past),
            "stake": request.actor is not None
            and request.actor.pk in (application.applied_by_id, application.person_id),
            "propose": propose
            or ProposalForm(
                criteria=_criteria(application), initial={"criterion": application.criterion_id}
            ),
            "send_back": send_back or SendBackForm(),
            "confirm": confirm or FundForm(),
        },
    )


@place_view(*RoleKind)
def case(request: HttpRequest, pk: int) -> HttpResponse:
    return _page(request, _case(request, pk))


@require_POST
@place_view(*RoleKind)
def propose(request: HttpRequest, pk: int) -> HttpResponse:
    application = _case(request, pk)
    form = ProposalForm(request.POST, criteria=_criteria(application))
    if form.is_valid():
        try:
            services.proposal_make(
                actor=request.actor,
                place=request.place,
                application=application,
                **form.cleaned_data,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request, _("Je voorstel is genoteerd. Een tweede comitélid moet het bevestigen.")
            )
            return redirect("fund:case", request.place.slug, application.pk)
    return _page(request, application, propose=form)


def _open_proposal_or_404(application: Application):
    proposal = selectors.open_proposal(application)
    if proposal is None:
        raise Http404
    return proposal


@require_POST
@place_view(*RoleKind)
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    application = _case(request, pk)
    proposal = _open_proposal_or_404(application)
    form = FundForm(request.POST)
    try:
        services.proposal_confirm(actor=request.actor, place=request.place, proposal=proposal)
    except DomainError as error:
        form.is_valid()
        form.add_domain_error(error)
        return _page(request, application, confirm=form)
    messages.success(request, _("De beslissing is genomen en genoteerd."))
    return redirect("fund:case", request.place.slug, application.pk)


@require_POST
@place_view(*RoleKind)
def send_back(request: HttpRequest, pk: int) -> HttpResponse:
    application = _case(request, pk)
    proposal = _open_proposal_or_404(application)
    form = SendBackForm(request.POST)
    if form.is_valid():
        try:
            services.proposal_send_back(
                actor=request.actor,
                place=request.place,
                proposal=proposal,
                note=form.cleaned_data["note"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("Het voorstel is teruggestuurd."))
            return redirect("fund:case", request.place.slug, application.pk)
    return _page(request, application, send_back=form)
