"""A survey's results: the page (filters, a cross-tabulation, open answers by theme), its
CSV and XLSX, and the printed report. Every figure is published (rounded to five, small
groups hidden); the answers to open questions themselves are shown to staff only and
never leave the page."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _

from nabij.community.access import place_view
from nabij.community.views.common import render_place
from nabij.pdf import render_pdf
from nabij.signals.exports import ROUNDING, results_csv, results_xlsx
from nabij.signals.forms_results import ResultsForm
from nabij.signals.models import Survey
from nabij.signals.results_loader import display_language, survey_data
from nabij.signals.selectors.results import SurveyResults, survey_results
from nabij.signals.tables import table_chart
from nabij.signals.views.common import READERS, STAFF

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _period(survey: Survey) -> str:
    if survey.opened_at is None:
        return _("nog niet geopend")
    start = timezone.localdate(survey.opened_at)
    if survey.closed_at is None:
        return _("sinds %(start)s") % {"start": start.strftime("%d-%m-%Y")}
    end = timezone.localdate(survey.closed_at)
    return _("%(start)s tot %(end)s") % {
        "start": start.strftime("%d-%m-%Y"),
        "end": end.strftime("%d-%m-%Y"),
    }


def _results(request: HttpRequest, pk: int) -> tuple[Survey, ResultsForm, SurveyResults]:
    survey = get_object_or_404(Survey, pk=pk, place=request.place)
    data = survey_data(survey)
    form = ResultsForm(data.questions, request.GET or None)
    results = survey_results(survey, filters=form.filters(), crosstab=form.crosstab(), data=data)
    return survey, form, results


def _figures(tables) -> list[dict]:
    # A chart of a single bar says nothing the table does not.
    return [
        {"table": t, "chart": table_chart(t) if t.shown and len(t.rows) > 1 else ""} for t in tables
    ]


def _title(survey: Survey) -> str:
    return survey.text("title", display_language(survey))


@place_view(*READERS)
def survey_results_page(request: HttpRequest, pk: int) -> HttpResponse:
    survey, form, results = _results(request, pk)
    staff = bool(request.roles & set(STAFF))
    return render_place(
        request,
        "signals/results/page.html",
        {
            "survey": survey,
            "survey_title": _title(survey),
            "period": _period(survey),
            "form": form,
            "results": results,
            "overview": _figures(results.overview),
            "figures": _figures(results.tables),
            "crosstab": _figures([results.crosstab])[0] if results.crosstab else None,
            "open_answers": results.open_answers,
            "show_verbatim": staff,
            "query": request.GET.urlencode(),
        },
    )


def _about(request: HttpRequest, survey: Survey, results: SurveyResults) -> list[tuple[str, str]]:
    return [
        (_("vragenlijst"), _title(survey)),
        (_("plek"), request.place.name),
        (_("periode"), _period(survey)),
        (_("beperkt tot"), results.filters_text or _("alle antwoorden")),
        (_("opgemaakt op"), timezone.localtime().isoformat(timespec="minutes")),
    ]


def _download(content, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@place_view(*READERS)
def survey_results_csv(request: HttpRequest, pk: int) -> HttpResponse:
    survey, _form, results = _results(request, pk)
    text = results_csv(results.all_tables, about=_about(request, survey, results))
    return _download(text, "text/csv; charset=utf-8", f"vragenlijst-{survey.pk}-resultaten.csv")


@place_view(*READERS)
def survey_results_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    survey, _form, results = _results(request, pk)
    content = results_xlsx(results.all_tables, about=_about(request, survey, results))
    return _download(content, XLSX, f"vragenlijst-{survey.pk}-resultaten.xlsx")


def results_report_pdf(survey: Survey, results: SurveyResults, *, place_name: str) -> bytes:
    """The full results as a printed report."""
    return render_pdf(
        "signals/results/report.html",
        {
            "survey": survey,
            "survey_title": _title(survey),
            "place_name": place_name,
            "period": _period(survey),
            "results": results,
            "overview": _figures(results.overview),
            "figures": _figures(results.tables),
            "crosstab": _figures([results.crosstab])[0] if results.crosstab else None,
            "open_figures": _figures([o.table for o in results.open_answers]),
            "rounding": ROUNDING,
            "now": timezone.now(),
        },
    )


@place_view(*READERS)
def survey_results_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    survey, _form, results = _results(request, pk)
    response = HttpResponse(
        results_report_pdf(survey, results, place_name=request.place.name),
        content_type="application/pdf",
    )
    response["Content-Disposition"] = f'inline; filename="vragenlijst-{survey.pk}-resultaten.pdf"'
    return response
