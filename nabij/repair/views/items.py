"""How it went: the fixer (or whoever keeps the list) records the outcome of one item."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.views.common import posted, render_place
from nabij.errors import DomainError
from nabij.repair import services
from nabij.repair.choices import Outcome
from nabij.repair.forms import OutcomeForm
from nabij.repair.models import RepairItem
from nabij.repair.selectors import fixers_of_place
from nabij.repair.views.common import RECORDERS


@place_view(*RECORDERS)
def item_outcome(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(
        RepairItem.objects.select_related("event", "fixer"), place=request.place, pk=pk
    )
    fixers = fixers_of_place(request.place)
    initial = {"fixer": item.fixer_id or request.actor.pk, "note": item.note}
    if item.outcome != Outcome.PENDING:
        initial["outcome"] = item.outcome
    form = OutcomeForm(posted(request), fixers=fixers, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.item_outcome_record(
                actor=request.actor,
                place=request.place,
                item=item,
                outcome=data["outcome"],
                fixer=data["fixer"],
                note=data["note"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request, _("Het resultaat van “%(item)s” is genoteerd.") % {"item": item}
            )
            return redirect("repair:session_detail", slug=request.place.slug, pk=item.event_id)
    return render_place(request, "repair/item_outcome.html", {"item": item, "form": form})
