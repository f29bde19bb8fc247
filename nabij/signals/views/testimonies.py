"""Testimonies: the list by status, recording one in two steps (write, then see what
Nabij takes out), a colleague's review, and withdrawing consent. Staff only."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import translation
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.views.common import posted, render_place
from nabij.errors import DomainError
from nabij.signals.choices import TestimonyStatus
from nabij.signals.forms_testimonies import PREVIEW, SAVE, ReviewForm, TestimonyForm
from nabij.signals.models import Testimony
from nabij.signals.redaction import KIND_NAMES, find_identifying, pieces
from nabij.signals.selectors.testimonies import place_name_index, testimonies_by_status
from nabij.signals.services import testimonies as services
from nabij.signals.views.common import STAFF


def _testimony(request: HttpRequest, pk: int) -> Testimony:
    return get_object_or_404(
        Testimony.objects.select_related("recorded_by", "reviewed_by"), place=request.place, pk=pk
    )


@place_view(*STAFF)
def testimonies(request: HttpRequest) -> HttpResponse:
    return render_place(
        request,
        "signals/testimonies/testimonies.html",
        {"sections": testimonies_by_status(request.place)},
    )


def _proposal(request: HttpRequest, form: TestimonyForm) -> dict:
    """What Nabij would take out of the quote: the text with each replacement marked, the
    list of replacements, and the form again with the stripped text to edit."""
    text = form.cleaned_data["text"]
    language = form.cleaned_data["language"]
    names = place_name_index(request.place)
    spans = find_identifying(text, names)
    with translation.override(language):
        marked = pieces(text, spans)
        stripped = services.testimony_redact(text, names=names, language=language)
    data = form.data.copy()
    data["text"] = stripped
    return {
        "form": TestimonyForm(data),
        "marked": marked,
        "replaced": [(piece.original, KIND_NAMES[piece.kind]) for piece in marked if piece.kind],
        "previewed": True,
    }


def _again(request: HttpRequest) -> dict | None:
    """A sent-back testimony to start from (?opnieuw=<pk>), so the worker changes what the
    colleague asked instead of typing it all again."""
    pk = request.GET.get("opnieuw", "")
    earlier = (
        Testimony.objects.filter(
            place=request.place, pk=int(pk), status=TestimonyStatus.REJECTED
        ).first()
        if pk.isdigit()
        else None
    )
    if earlier is None:
        return None
    return {
        "text": earlier.text,
        "language": earlier.language,
        "theme": earlier.theme,
        "context": earlier.context,
        "consent_how": earlier.consent_how,
        "consent_on": earlier.consent_on,
    }


@place_view(*STAFF)
def testimony_new(request: HttpRequest) -> HttpResponse:
    again = _again(request) if request.method == "GET" else None
    form = TestimonyForm(posted(request), **({"initial": again} if again else {}))
    action = request.POST.get("action", PREVIEW)
    context: dict = {"form": form, "previewed": action == SAVE}
    if request.method == "POST" and form.is_valid():
        if action == SAVE:
            data = form.cleaned_data
            try:
                services.testimony_record(
                    actor=request.actor,
                    place=request.place,
                    text=data["text"],
                    language=data["language"],
                    theme=data["theme"],
                    context=data["context"],
                    consent_how=data["consent_how"],
                    consent_on=data["consent_on"],
                )
            except DomainError as error:
                form.add_domain_error(error)
            else:
                messages.success(
                    request,
                    _("De getuigenis is bewaard. Een collega leest ze na voor ze gebruikt wordt."),
                )
                return redirect("signals:testimonies", request.place.slug)
        else:
            context = _proposal(request, form)
    return render_place(request, "signals/testimonies/testimony_form.html", context)


@place_view(*STAFF)
def testimony_review(request: HttpRequest, pk: int) -> HttpResponse:
    testimony = _testimony(request, pk)
    own = testimony.recorded_by_id == request.actor.pk
    form = ReviewForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.testimony_review(
                actor=request.actor,
                testimony=testimony,
                approve=form.approve,
                note=form.cleaned_data["note"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            if form.approve:
                messages.success(request, _("Nagelezen: de getuigenis mag gebruikt worden."))
            else:
                messages.success(request, _("De getuigenis is teruggestuurd met je opmerking."))
            return redirect("signals:testimonies", request.place.slug)
    return render_place(
        request,
        "signals/testimonies/testimony_review.html",
        {
            "testimony": testimony,
            "form": form,
            "own": own,
            "may_review": not own and testimony.status == TestimonyStatus.DRAFT,
        },
    )


@place_view(*STAFF)
def testimony_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """A page that asks to be sure (the words are erased for good), then the withdrawal."""
    testimony = _testimony(request, pk)
    if request.method == "POST":
        try:
            services.testimony_withdraw(actor=request.actor, testimony=testimony)
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _(
                    "De toestemming is ingetrokken. "
                    "De woorden zijn gewist en worden niet meer gebruikt."
                ),
            )
        return redirect("signals:testimonies", request.place.slug)
    return render_place(
        request, "signals/testimonies/testimony_withdraw.html", {"testimony": testimony}
    )
