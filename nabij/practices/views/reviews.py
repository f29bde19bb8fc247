"""Reviewing passages: one passage's code (accept or correct), and accepting at once
every machine code of a document one has not reviewed yet. Staff and the analyst."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.errors import DomainError
from nabij.practices.forms_reviews import BACK_CORPUS, PassageReviewForm, back_parameters
from nabij.practices.models import Document, Passage
from nabij.practices.roles import READERS
from nabij.practices.services import reviews as services

# The document page of the documents part; it filters with CodeFilter (?source=...).
DOCUMENT_PAGE = "practices:document"


def document_page(slug: str, pk: int, parameters: str = "", anchor: str = "") -> str:
    url = reverse(DOCUMENT_PAGE, args=[slug, pk])
    return url + (f"?{parameters}" if parameters else "") + (f"#{anchor}" if anchor else "")


def passage_anchor(passage: Passage) -> str:
    """The id of a passage on the document page and on the corpus passages page."""
    return f"passage-{passage.pk}"


@place_view(*READERS)
@require_POST
def passage_review(request: HttpRequest, pk: int) -> HttpResponse:
    passage = get_object_or_404(Passage, place=request.place, pk=pk)
    form = PassageReviewForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        source, field = (
            (passage.source, passage.tension_field)
            if form.accept
            else (data["source"], data["tension_field"])
        )
        try:
            services.passage_review(
                actor=request.actor, passage=passage, source=source, tension_field=field
            )
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, _("Je code voor deze passage is bewaard."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
    parameters = back_parameters(request.POST.get("query", ""))
    anchor = passage_anchor(passage)
    if request.POST.get("back") == BACK_CORPUS:
        url = reverse("practices:corpus_passages", args=[request.place.slug])
        return redirect(url + (f"?{parameters}" if parameters else "") + f"#{anchor}")
    return redirect(document_page(request.place.slug, passage.document_id, parameters, anchor))


@place_view(*READERS)
@require_POST
def document_accept(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, place=request.place, pk=pk)
    try:
        count = services.passages_accept(actor=request.actor, document=document)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            ngettext(
                "Je aanvaardde de code van %(count)d passage.",
                "Je aanvaardde de codes van %(count)d passages.",
                count,
            )
            % {"count": count},
        )
    return redirect("practices:document_summary", request.place.slug, document.pk)
