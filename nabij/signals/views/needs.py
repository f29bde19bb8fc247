"""Unmet needs: the tables of a period for staff and analysts; noting and removing a
need by hand for staff."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.views.common import posted, render_place
from nabij.errors import DomainError
from nabij.signals.forms_needs import NeedForm, PeriodForm
from nabij.signals.models import UnmetNeed
from nabij.signals.selectors.needs import needs_recorded, needs_tables
from nabij.signals.services.needs import unmet_need_record, unmet_need_remove
from nabij.signals.tables import table_chart
from nabij.signals.views.common import READERS, STAFF


@place_view(*READERS)
def needs(request: HttpRequest) -> HttpResponse:
    form = PeriodForm(request.GET or None)
    period_from, period_until = form.period()
    tables = needs_tables(request.place, period_from=period_from, period_until=period_until)
    is_staff = bool(request.roles & set(STAFF))
    return render_place(
        request,
        "signals/needs/needs.html",
        {
            "form": form,
            "period_from": period_from,
            "period_until": period_until,
            "figures": [(table, table_chart(table)) for table in tables],
            "is_staff": is_staff,
            "recorded": (
                needs_recorded(request.place, period_from=period_from, period_until=period_until)
                if is_staff
                else []
            ),
        },
    )


@place_view(*STAFF)
def need_new(request: HttpRequest) -> HttpResponse:
    form = NeedForm(posted(request), place=request.place)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            unmet_need_record(
                actor=request.actor,
                place=request.place,
                need_type=data["need_type"],
                noted_on=data["noted_on"],
                people=data["people"],
                sector=data["sector"],
                group=data["group"],
                note=data["note"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De nood is genoteerd."))
            return redirect("signals:needs", request.place.slug)
    return render_place(request, "signals/needs/need_form.html", {"form": form})


@place_view(*STAFF)
@require_POST
def need_remove(request: HttpRequest, pk: int) -> HttpResponse:
    need = get_object_or_404(UnmetNeed, place=request.place, pk=pk)
    try:
        unmet_need_remove(actor=request.actor, place=request.place, need=need)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("De genoteerde nood is weggehaald."))
    return redirect("signals:needs", request.place.slug)
