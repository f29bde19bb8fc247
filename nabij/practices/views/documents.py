"""Policy documents: the list with the upload form, a document's coded passages (with
filters by source and tension field), and coding a document again. Staff and analyst."""

from urllib.parse import urlencode

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST

from nabij.community.access import place_view
from nabij.community.views.common import paginate, render_place
from nabij.errors import DomainError
from nabij.practices.choices import Source, TensionField
from nabij.practices.forms_documents import DocumentUploadForm, UploadLimit
from nabij.practices.models import Document, Passage
from nabij.practices.roles import READERS
from nabij.practices.selectors.documents import (
    document_passages,
    documents_of_place,
    passage_shown,
)
from nabij.practices.selectors.reviews import NONE, CodeFilter, passages_for_review
from nabij.practices.services import documents as services

PASSAGES_PER_PAGE = 50


# The upload guard must be in place before the request's body is read, and the CSRF
# check reads it: so the check is made inside the view, after the guard is added.
@csrf_exempt
@place_view(*READERS)
def document_list(request: HttpRequest) -> HttpResponse:
    limit = None
    if request.method == "POST":
        limit = UploadLimit(request)
        request.upload_handlers.insert(0, limit)
    return _document_list(request, limit)


@csrf_protect
def _document_list(request: HttpRequest, limit: UploadLimit | None) -> HttpResponse:
    form = DocumentUploadForm()
    status = 200
    if request.method == "POST":
        form = DocumentUploadForm(
            request.POST, request.FILES, too_large=limit is not None and limit.too_large
        )
        if form.is_valid():
            data = form.cleaned_data
            upload = data["file"]
            try:
                document = services.document_upload(
                    actor=request.actor,
                    place=request.place,
                    title=data["title"],
                    language=data["language"],
                    filename=upload.name or "",
                    data=upload.read(),
                )
            except DomainError as error:
                form.add_domain_error(error)
            else:
                count = document.passages.count()
                messages.success(
                    request,
                    ngettext(
                        "‘%(title)s’ is gelezen: %(count)d passage is gecodeerd.",
                        "‘%(title)s’ is gelezen: %(count)d passages zijn gecodeerd.",
                        count,
                    )
                    % {"title": document.title, "count": count},
                )
                return redirect("practices:document", request.place.slug, document.pk)
        status = 400
    return render_place(
        request,
        "practices/documents/list.html",
        {"form": form, "documents": documents_of_place(request.place)},
        status=status,
    )


def _filter_choices(all_label: str, none_label: str, choices) -> list[tuple[str, str]]:
    return [("", all_label), (NONE, none_label), *choices]


@place_view(*READERS)
def document_detail(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(
        Document.objects.select_related("uploaded_by"), place=request.place, pk=pk
    )
    code = CodeFilter.parse(request.GET)
    page = paginate(
        request, passages_for_review(document_passages(document, code)), PASSAGES_PER_PAGE
    )
    query = code.query()
    return render_place(
        request,
        "practices/documents/detail.html",
        {
            "document": document,
            "page": page,
            "passages": [passage_shown(passage) for passage in page],
            "total": Passage.objects.filter(document=document).count(),
            "code": code,
            "chosen": {name: query.get(name, "") for name in ("source", "tension_field")},
            # The filters' query string, kept by the page links and the review forms.
            "query": urlencode(query),
            "source_choices": _filter_choices(_("alle bronnen"), _("zonder bron"), Source.choices),
            "field_choices": _filter_choices(
                _("alle spanningsvelden"), _("zonder spanningsveld"), TensionField.choices
            ),
        },
    )


@place_view(*READERS)
@require_POST
def document_recode(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, place=request.place, pk=pk)
    try:
        changed = services.document_recode(actor=request.actor, document=document)
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            ngettext(
                "De passages zijn opnieuw gecodeerd; %(count)d passage kreeg een andere code.",
                "De passages zijn opnieuw gecodeerd; %(count)d passages kregen een andere code.",
                changed,
            )
            % {"count": changed},
        )
    return redirect("practices:document", request.place.slug, document.pk)
