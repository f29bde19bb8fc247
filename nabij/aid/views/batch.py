"""Batch matching in a crisis: propose a helper for every open request at once, then review.

A POST starts a run in a thread of its own and sends the worker back to the page, which
shows how far the run is and refreshes itself every two seconds while it works (a meta
refresh: no script needed). Whoever watched a run sees its summary once, when it ends.
"""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nabij.aid.forms import BridgingForm
from nabij.aid.models import BatchRun, BatchRunState
from nabij.aid.selectors import proposals_to_review
from nabij.aid.services.batch_run import batch_run_latest, batch_run_start
from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import paginate, render_place
from nabij.errors import DomainError

# The run whose end this session is waiting for: its summary is shown once.
FOLLOWED_KEY = "aid_batch_run"
REFRESH_SECONDS = 2


def summary_of(run: BatchRun) -> dict:
    result = run.result or {}
    return {
        "requests": result.get("requests", 0),
        "proposed": result.get("proposed", 0),
        "kept": result.get("kept", 0),
        "replaced": result.get("replaced", 0),
        "unmatched": len(result.get("unmatched", ())),
    }


def announce_end(request: HttpRequest, run: BatchRun) -> None:
    if run.state == BatchRunState.DONE:
        proposed = summary_of(run)["proposed"]
        messages.success(
            request,
            ngettext(
                "Klaar: %(count)d nieuw voorstel.",
                "Klaar: %(count)d nieuwe voorstellen.",
                proposed,
            )
            % {"count": proposed},
        )
    elif run.stalled:
        messages.error(
            request,
            _(
                "De ronde gaf meer dan tien minuten geen teken van leven en is gestopt. "
                "Er zijn geen voorstellen gemaakt. Start ze opnieuw."
            ),
        )
    else:
        messages.error(
            request,
            _(
                "De ronde is mislukt. Er zijn geen voorstellen gemaakt. Probeer opnieuw; "
                "lukt het weer niet, meld het dan aan een beheerder."
            ),
        )


@place_view(*STAFF_ROLES)
def batch(request: HttpRequest) -> HttpResponse:
    form = BridgingForm(request.POST if request.method == "POST" else None)
    if request.method == "POST":
        try:
            begun = batch_run_start(
                actor=request.actor, place=request.place, weights=form.weights()
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            request.session[FOLLOWED_KEY] = begun.run.pk
            if not begun.started:
                messages.info(
                    request,
                    _("Er loopt al een ronde voor deze plek: hieronder zie je hoe ver ze is."),
                )
        # After a POST, a GET: reloading the page must not start another run.
        return redirect("aid:batch", slug=request.place.slug)

    run = batch_run_latest(request.place)
    active = run is not None and run.active
    summary = None
    followed = request.session.get(FOLLOWED_KEY)
    if active:
        if followed != run.pk:
            request.session[FOLLOWED_KEY] = run.pk
    elif run is not None and followed == run.pk:
        del request.session[FOLLOWED_KEY]
        announce_end(request, run)
        summary = summary_of(run) if run.state == BatchRunState.DONE else None
    # Someone who reads with a screen reader can stop the page from reloading under them.
    refresh = active and request.GET.get("refresh") != "off"
    return render_place(
        request,
        "aid/batch.html",
        {
            "form": form,
            "run": run if active else None,
            "refresh": REFRESH_SECONDS if refresh else None,
            "summary": summary,
            # While a run works its proposals are not there yet: the list waits for the end.
            "page": None if active else paginate(request, proposals_to_review(request.place)),
            "here": request.get_full_path(),
        },
    )
