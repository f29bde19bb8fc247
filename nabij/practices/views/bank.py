"""The practice bank of a place: the list with search and filters, a practice's page, the
form to record one, its contacts, links and attachments, export and import.

Staff write; the analyst reads everything, internal practices too."""

from django.contrib import messages
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import paginate, posted, render_place
from nabij.errors import DomainError
from nabij.practices import exchange
from nabij.practices.errors import PracticeError
from nabij.practices.forms_practices import (
    AttachmentForm,
    ContactForm,
    FilterForm,
    ImportForm,
    LinkForm,
    PracticeForm,
)
from nabij.practices.models import Practice, PracticeContact, PracticeLink
from nabij.practices.models.practices import ATTACHMENT_MAX_BYTES
from nabij.practices.roles import READERS
from nabij.practices.selectors.practices import (
    attachment_of_place,
    practice_of_place,
    practice_records,
    practices_search,
)
from nabij.practices.services import practices as services

PER_PAGE = 25


def _is_staff(request: HttpRequest) -> bool:
    return bool(request.roles & STAFF_ROLES)


def _practice(request: HttpRequest, pk: int) -> Practice:
    practice = practice_of_place(request.place, pk)
    if practice is None:
        raise Http404
    return practice


def upload_bytes(upload: UploadedFile, *, limit: int, error: PracticeError) -> bytes:
    """The uploaded file, refused before it is read when it is larger than the limit."""
    if upload.size > limit:
        raise DomainError(error, field="file", limit=limit // (1024 * 1024))
    return upload.read()


def list_query(request: HttpRequest) -> str:
    """The search and filters of the list, to keep on the next page and in the exports."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()


@place_view(*READERS)
def practice_list(request: HttpRequest) -> HttpResponse:
    form = FilterForm(request.GET or None, staff=True)
    search, filters = form.filters()
    practices = practices_search(place=request.place, query=search, filters=filters)
    return render_place(
        request,
        "practices/bank/list.html",
        {
            "form": form,
            "page": paginate(request, practices, PER_PAGE),
            "query": list_query(request),
            "searching": bool(search.strip()),
            "is_staff": _is_staff(request),
        },
    )


def _detail(request: HttpRequest, practice: Practice, status: int = 200, **forms) -> HttpResponse:
    context = {
        "practice": practice,
        "is_staff": _is_staff(request),
        "contact_form": ContactForm(),
        "link_form": LinkForm(),
        "attachment_form": AttachmentForm(),
        **forms,
    }
    return render_place(request, "practices/bank/detail.html", context, status=status)


@place_view(*READERS)
def practice_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _detail(request, _practice(request, pk))


@place_view(*STAFF_ROLES)
def practice_new(request: HttpRequest) -> HttpResponse:
    form = PracticeForm(posted(request), place=request.place)
    if request.method == "POST" and form.is_valid():
        try:
            practice = services.practice_create(
                actor=request.actor, place=request.place, **form.facets()
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(
                request,
                _("De praktijk is bewaard. Voeg hieronder contactpersonen, links en bijlagen toe."),
            )
            return redirect("practices:practice_detail", request.place.slug, practice.pk)
    return render_place(request, "practices/bank/form.html", {"form": form, "practice": None})


def _initial(practice: Practice) -> dict:
    return {
        "name": practice.name,
        "description": practice.description,
        "domain": practice.domain,
        "organisations": practice.organisations,
        "level": practice.level,
        "solidarity": practice.solidarity,
        "community_kind": practice.community_kind,
        "bond": practice.bond,
        "mandates": [mandate.value for mandate in practice.mandates],
        "other_places": list(practice.other_places.all()),
        "visibility": practice.visibility,
    }


@place_view(*STAFF_ROLES)
def practice_edit(request: HttpRequest, pk: int) -> HttpResponse:
    practice = _practice(request, pk)
    form = PracticeForm(posted(request), place=request.place, initial=_initial(practice))
    if request.method == "POST" and form.is_valid():
        try:
            services.practice_update(actor=request.actor, practice=practice, **form.facets())
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De praktijk is bijgewerkt."))
            return redirect("practices:practice_detail", request.place.slug, practice.pk)
    return render_place(request, "practices/bank/form.html", {"form": form, "practice": practice})


def _back(request: HttpRequest, practice_pk: int) -> HttpResponse:
    return redirect("practices:practice_detail", request.place.slug, practice_pk)


@place_view(*STAFF_ROLES)
def contact_add(request: HttpRequest, pk: int) -> HttpResponse:
    practice = _practice(request, pk)
    if request.method != "POST":
        return _back(request, practice.pk)
    form = ContactForm(request.POST)
    if form.is_valid():
        try:
            services.practice_contact_add(
                actor=request.actor, practice=practice, **form.cleaned_data
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De contactpersoon is toegevoegd."))
            return _back(request, practice.pk)
    return _detail(request, practice, contact_form=form)


@place_view(*STAFF_ROLES)
def contact_remove(request: HttpRequest, pk: int) -> HttpResponse:
    contact = get_object_or_404(
        PracticeContact.objects.select_related("practice__place"),
        practice__place=request.place,
        pk=pk,
    )
    if request.method == "POST":
        services.practice_contact_remove(actor=request.actor, contact=contact)
        messages.success(request, _("De contactpersoon is weggehaald."))
    return _back(request, contact.practice_id)


@place_view(*STAFF_ROLES)
def link_add(request: HttpRequest, pk: int) -> HttpResponse:
    practice = _practice(request, pk)
    if request.method != "POST":
        return _back(request, practice.pk)
    form = LinkForm(request.POST)
    if form.is_valid():
        try:
            services.practice_link_add(actor=request.actor, practice=practice, **form.cleaned_data)
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De link is toegevoegd."))
            return _back(request, practice.pk)
    return _detail(request, practice, link_form=form)


@place_view(*STAFF_ROLES)
def link_remove(request: HttpRequest, pk: int) -> HttpResponse:
    link = get_object_or_404(
        PracticeLink.objects.select_related("practice__place"), practice__place=request.place, pk=pk
    )
    if request.method == "POST":
        services.practice_link_remove(actor=request.actor, link=link)
        messages.success(request, _("De link is weggehaald."))
    return _back(request, link.practice_id)


@place_view(*STAFF_ROLES)
def attachment_add(request: HttpRequest, pk: int) -> HttpResponse:
    practice = _practice(request, pk)
    if request.method != "POST":
        return _back(request, practice.pk)
    form = AttachmentForm(request.POST, request.FILES)
    if form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            services.practice_attachment_add(
                actor=request.actor,
                practice=practice,
                data=upload_bytes(
                    upload, limit=ATTACHMENT_MAX_BYTES, error=PracticeError.ATTACHMENT_TOO_LARGE
                ),
                filename=upload.name,
                public=form.cleaned_data["public"],
            )
        except DomainError as error:
            form.add_domain_error(error)
        else:
            messages.success(request, _("De bijlage is toegevoegd."))
            return _back(request, practice.pk)
    return _detail(request, practice, attachment_form=form)


@place_view(*STAFF_ROLES)
def attachment_remove(request: HttpRequest, pk: int) -> HttpResponse:
    attachment = attachment_of_place(request.place, pk)
    if attachment is None:
        raise Http404
    if request.method == "POST":
        services.practice_attachment_remove(actor=request.actor, attachment=attachment)
        messages.success(request, _("De bijlage is weggehaald."))
    return _back(request, attachment.practice_id)


def attachment_response(attachment) -> HttpResponse:
    response = HttpResponse(bytes(attachment.data), content_type=attachment.content_type)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=attachment.filename
    )
    return response


@place_view(*READERS)
def attachment_download(request: HttpRequest, pk: int) -> HttpResponse:
    attachment = attachment_of_place(request.place, pk)
    if attachment is None:
        raise Http404
    return attachment_response(attachment)


def export_response(records, *, kind: str, source: str, filename: str) -> HttpResponse:
    if kind == "json":
        body = exchange.to_json(records, source=source, exported_at=timezone.now())
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
    else:
        response = HttpResponse(exchange.to_csv(records), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{filename}.{kind}"
    )
    return response


def _export(request: HttpRequest, kind: str) -> HttpResponse:
    search, filters = FilterForm(request.GET or None, staff=True).filters()
    practices = practices_search(place=request.place, query=search, filters=filters)
    return export_response(
        practice_records(practices, public_only=False),
        kind=kind,
        source=request.place.slug,
        filename=f"praktijken-{request.place.slug}",
    )


@place_view(*READERS)
def export_json(request: HttpRequest) -> HttpResponse:
    return _export(request, "json")


@place_view(*READERS)
def export_csv(request: HttpRequest) -> HttpResponse:
    return _export(request, "csv")


@place_view(*STAFF_ROLES)
def practice_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(posted(request), request.FILES or None)
    problems: list[exchange.RowProblem] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            imported = services.practice_import(
                actor=request.actor,
                place=request.place,
                data=upload_bytes(
                    upload,
                    limit=exchange.IMPORT_MAX_BYTES,
                    error=PracticeError.IMPORT_FILE_TOO_LARGE,
                ),
                filename=upload.name,
            )
        except services.ImportRefused as refused:
            form.add_domain_error(refused)
            problems = refused.problems
        except DomainError as error:
            form.add_domain_error(error)
        else:
            count = len(imported)
            messages.success(
                request,
                ngettext(
                    "%(count)d praktijk is ingevoerd.",
                    "%(count)d praktijken zijn ingevoerd.",
                    count,
                )
                % {"count": count},
            )
            return redirect("practices:practice_list", request.place.slug)
    return render_place(
        request,
        "practices/bank/import.html",
        {
            "form": form,
            "problems": [
                (problem, exchange.FIELD_LABELS.get(problem.field, "")) for problem in problems
            ],
        },
    )
