"""Paid neighbourhood tasks: partners and staff post them, a worker confirms who did one,
which pays that member."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES, RoleKind
from nabij.community.selectors import members_of_place
from nabij.community.views.common import pick_candidates, posted
from nabij.errors import DomainError
from nabij.ledger import services
from nabij.ledger.amounts import format_amount
from nabij.ledger.choices import TaskState
from nabij.ledger.forms import ConfirmForm, TaskForm
from nabij.ledger.models import Task
from nabij.ledger.selectors import tasks_open
from nabij.ledger.views.common import chosen_currency, currency_query, render_ledger
from nabij.ledger.views.reads import usable_partner_accounts

RECENT_DONE = 20
TASK_ROLES = (*STAFF_ROLES, RoleKind.PARTNER)


def _list_url(request: HttpRequest) -> str:
    return reverse("ledger:task_list", kwargs={"slug": request.place.slug})


def _task(request: HttpRequest, pk: int) -> Task:
    task = (
        Task.objects.filter(place=request.place, pk=pk)
        .select_related("currency", "payer__organisation", "worker")
        .first()
    )
    if task is None:
        raise Http404
    return task


@place_view(*TASK_ROLES)
def task_list(request: HttpRequest) -> HttpResponse:
    currency = chosen_currency(request)
    open_tasks, done = [], []
    if currency is not None:
        open_tasks = list(tasks_open(place=request.place, currency=currency))
        done = list(
            Task.objects.filter(currency=currency, state=TaskState.DONE)
            .select_related("payer__organisation", "worker")
            .order_by("-done_at", "-pk")[:RECENT_DONE]
        )
    return render_ledger(
        request, "ledger/task_list.html", {"tasks": open_tasks, "done": done}, currency=currency
    )


@place_view(*TASK_ROLES)
def task_new(request: HttpRequest) -> HttpResponse:
    currency = chosen_currency(request)
    payers = None
    form = None
    if currency is not None:
        payers = usable_partner_accounts(
            member=request.actor,
            place=request.place,
            roles=request.roles,
            currency=currency,
            pays_out=True,
        )
        form = TaskForm(posted(request), payers=payers, currency=currency)
    if request.method == "POST" and form is not None and form.is_valid():
        data = form.cleaned_data
        try:
            task = services.task_post(
                actor=request.actor,
                place=request.place,
                payer=data["payer"],
                title=data["title"],
                description=data["description"],
                hours=data["hours"],
                reward=data["reward"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De taak “%(title)s” staat klaar.") % {"title": task})
            return redirect(_list_url(request) + currency_query(request, currency))
    return render_ledger(
        request,
        "ledger/task_new.html",
        {"form": form, "has_payers": payers is not None and payers.exists()},
        currency=currency,
    )


@place_view(*STAFF_ROLES)
def task_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    """Who did the task? Find them by name, and confirm: they are paid at once."""
    task = _task(request, pk)
    form = ConfirmForm(posted(request))
    if request.method == "POST" and form.is_valid():
        member = members_of_place(request.place).filter(pk=form.cleaned_data["member"]).first()
        if member is None:
            raise Http404
        try:
            services.task_confirm(
                actor=request.actor,
                place=request.place,
                task=task,
                member=member,
                idempotency_key=form.key,
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("%(name)s kreeg %(amount)s voor “%(title)s”.")
                % {
                    "name": member.display_name,
                    "amount": format_amount(task.reward, currency=task.currency),
                    "title": task.title,
                },
            )
            return redirect(_list_url(request) + _currency_of_task(request, task))
    query, candidates = pick_candidates(request, members_of_place(request.place))
    return render_ledger(
        request,
        "ledger/task_confirm.html",
        {
            "task": task,
            "form": form,
            "query": query,
            "candidates": candidates,
        },
        currency=task.currency,
    )


def _currency_of_task(request: HttpRequest, task: Task) -> str:
    chosen_currency(request)
    return currency_query(request, task.currency)


@place_view(*STAFF_ROLES)
@require_POST
def task_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    task = _task(request, pk)
    try:
        services.task_cancel(actor=request.actor, place=request.place, task=task)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("De taak “%(title)s” is geschrapt.") % {"title": task})
    return redirect(_list_url(request) + _currency_of_task(request, task))
