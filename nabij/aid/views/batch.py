"""Batch matching in a crisis: propose a helper for every open request at once, then review.

The run is synchronous: one POST runs batch_propose and the page after it shows the
summary. A place's open requests number in the hundreds, which the matching core settles
in seconds; a background job with a polled progress bar is left for when that stops
being true.
"""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import ngettext

from nabij.aid.forms import BridgingForm
from nabij.aid.selectors import proposals_to_review
from nabij.aid.services.batch import batch_propose
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import paginate, render_place
from nabij.errors import DomainError

SUMMARY_KEY = "aid_batch_summary"


@place_view(*STAFF_ROLES)
def batch(request: HttpRequest) -> HttpResponse:
    form = BridgingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        try:
            result = batch_propose(actor=request.actor, place=request.place, weights=form.weights())
        except DomainError as error:
            messages.error(request, error.message)
        else:
            request.session[SUMMARY_KEY] = {
                "requests": result.requests,
                "proposed": result.proposed,
                "kept": result.kept,
                "replaced": result.replaced,
                "unmatched": len(result.unmatched),
            }
            messages.success(
                request,
                ngettext(
                    "Klaar: %(count)d nieuw voorstel.",
                    "Klaar: %(count)d nieuwe voorstellen.",
                    result.proposed,
                )
                % {"count": result.proposed},
            )
        # After a POST, a GET: reloading the page must not run the batch again.
        return redirect("aid:batch", slug=request.place.slug)
    proposals = proposals_to_review(request.place)
    return render_place(
        request,
        "aid/batch.html",
        {
            "form": form,
            "summary": request.session.pop(SUMMARY_KEY, None),
            "page": paginate(request, proposals),
            "here": request.get_full_path(),
        },
    )
