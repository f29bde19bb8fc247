"""The open catalogue: the public practices of every place, for anyone, logged in or not.

Read-only. It never shows an internal practice, and of a public one only the contacts and
attachments marked for the catalogue."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from nabij.community.views.common import paginate
from nabij.practices.forms_practices import FilterForm
from nabij.practices.selectors.practices import (
    attachment_public,
    practice_public,
    practice_records,
    practices_search,
)
from nabij.practices.views.bank import PER_PAGE, attachment_response, export_response, list_query


def catalogue(request: HttpRequest) -> HttpResponse:
    form = FilterForm(request.GET or None, staff=False)
    search, filters = form.filters()
    practices = practices_search(place=None, query=search, filters=filters)
    return render(
        request,
        "practices/catalogue/list.html",
        {
            "form": form,
            "page": paginate(request, practices, PER_PAGE),
            "query": list_query(request),
            "searching": bool(search.strip()),
        },
    )


def practice(request: HttpRequest, pk: int) -> HttpResponse:
    found = practice_public(pk)
    if found is None:
        raise Http404
    return render(request, "practices/catalogue/detail.html", {"practice": found})


def attachment(request: HttpRequest, pk: int) -> HttpResponse:
    found = attachment_public(pk)
    if found is None:
        raise Http404
    return attachment_response(found)


def _export(request: HttpRequest, kind: str) -> HttpResponse:
    search, filters = FilterForm(request.GET or None, staff=False).filters()
    practices = practices_search(place=None, query=search, filters=filters)
    return export_response(
        practice_records(practices, public_only=True),
        kind=kind,
        source="catalogus",
        filename="praktijken-catalogus",
    )


def export_json(request: HttpRequest) -> HttpResponse:
    return _export(request, "json")


def export_csv(request: HttpRequest) -> HttpResponse:
    return _export(request, "csv")
