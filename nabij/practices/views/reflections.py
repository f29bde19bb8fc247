"""The reflection pages of a practice: every version, one version with its charts and
evidence, a new version (started from the latest) and the one-page PDF."""

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.choices import STAFF_ROLES
from nabij.community.views.common import posted, render_place
from nabij.errors import DomainError
from nabij.pdf import render_pdf
from nabij.practices import charts
from nabij.practices.choices import Source, TensionField
from nabij.practices.evidence import Evidence, evidence_rows
from nabij.practices.evidence_loader import activity_of
from nabij.practices.forms_reflections import ReflectionForm
from nabij.practices.models import Practice
from nabij.practices.roles import READERS
from nabij.practices.selectors.reflections import (
    ReflectionPage,
    Snapshot,
    reflection_latest,
    reflection_page,
    reflections_of,
    signed,
    snapshot_of,
)
from nabij.practices.services.reflections import reflection_record


def _practice(request: HttpRequest, pk: int) -> Practice:
    return get_object_or_404(Practice.objects.select_related("place"), place=request.place, pk=pk)


def _page(request: HttpRequest, pk: int, version: int):
    practice = _practice(request, pk)
    page = reflection_page(practice, version)
    if page is None:
        raise Http404
    return practice, page


def _trend_tables(snapshots: list[Snapshot]) -> dict:
    """The numbers of the two charts over time, for the tables beside them."""
    return {
        "source_labels": [source.label for source in Source],
        "source_rows": [
            [s.version, *(s.strengths.get(source, "–") for source in Source)] for s in snapshots
        ],
        "field_labels": [field.label for field in TensionField],
        "field_rows": [
            [
                s.version,
                *(
                    _("nu %(actual)s, gewenst %(desired)s")
                    % {"actual": signed(s.positions[f][0]), "desired": signed(s.positions[f][1])}
                    if f in s.positions
                    else "–"
                    for f in TensionField
                ),
            ]
            for s in snapshots
        ],
    }


@place_view(*READERS)
def reflection_list(request: HttpRequest, pk: int) -> HttpResponse:
    practice = _practice(request, pk)
    history = reflections_of(practice)
    snapshots = [snapshot_of(reflection) for reflection in history]
    context = {
        "practice": practice,
        "reflections": list(reversed(history)),
        "snapshots": snapshots,
        "is_staff": bool(request.roles & STAFF_ROLES),
    }
    if len(snapshots) > 1:
        context |= _trend_tables(snapshots)
        context["sources_trend"] = mark_safe(charts.sources_over_time(snapshots, ident="trend-s"))
        context["fields_trend"] = mark_safe(charts.fields_over_time(snapshots, ident="trend-f"))
    return render_place(request, "practices/reflections/list.html", context)


@place_view(*READERS)
def reflection_detail(request: HttpRequest, pk: int, version: int) -> HttpResponse:
    practice, page = _page(request, pk, version)
    return render_place(
        request,
        "practices/reflections/detail.html",
        {
            "practice": practice,
            "page": page,
            "radar": mark_safe(charts.sources_radar(page.snapshot, page.previous, ident="radar")),
            "dumbbell": mark_safe(charts.fields_dumbbell(page.snapshot, ident="fields")),
            "evidence": evidence_rows(activity_of(request.place)),
            "is_staff": bool(request.roles & STAFF_ROLES),
        },
    )


@place_view(*STAFF_ROLES)
def reflection_new(request: HttpRequest, pk: int) -> HttpResponse:
    practice = _practice(request, pk)
    latest = reflection_latest(practice)
    if request.method == "POST":
        form = ReflectionForm(posted(request))
        if form.is_valid():
            try:
                reflection = reflection_record(
                    actor=request.actor, practice=practice, **form.service_arguments()
                )
            except DomainError as error:
                form.add_domain_error(error)
            else:
                messages.success(request, _("De reflectie is bewaard."))
                return redirect(
                    "practices:reflection_detail",
                    slug=request.place.slug,
                    pk=practice.pk,
                    version=reflection.version,
                )
    else:
        form = ReflectionForm.prefilled(latest)
    return render_place(
        request,
        "practices/reflections/new.html",
        {"practice": practice, "form": form, "latest": latest},
    )


def reflection_pdf(practice: Practice, page: ReflectionPage, evidence: Evidence) -> bytes:
    """One A4 page for the team meeting: the charts, the positions in words, the notes."""
    return render_pdf(
        "practices/reflections/pdf.html",
        {
            "practice": practice,
            "page": page,
            "radar": mark_safe(charts.sources_radar(page.snapshot, page.previous, ident="radar")),
            "dumbbell": mark_safe(charts.fields_dumbbell(page.snapshot, ident="fields")),
            "evidence": evidence,
        },
    )


@place_view(*READERS)
def reflection_pdf_view(request: HttpRequest, pk: int, version: int) -> HttpResponse:
    practice, page = _page(request, pk, version)
    response = HttpResponse(
        reflection_pdf(practice, page, evidence_rows(activity_of(request.place))),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = (
        f'attachment; filename="reflectie-{practice.pk}-versie-{page.snapshot.version}.pdf"'
    )
    return response
