"""The summary of a document and of a place's corpus: passages per source and per
tension field (charts with their tables), the two crossed, agreement between coders,
and behind every count a link to the passages counted. Staff and the analyst."""

from collections.abc import Callable
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from nabij.community.access import place_view
from nabij.community.views.common import paginate, render_place
from nabij.insight.charts import Bar, BarGroup, bar_chart
from nabij.practices.choices import DocumentLanguage, Source, TensionField
from nabij.practices.forms_reviews import BACK_CORPUS, CorpusLanguageForm
from nabij.practices.models import Document
from nabij.practices.roles import READERS
from nabij.practices.selectors import reviews as selectors
from nabij.practices.selectors.reviews import SOURCE, TENSION_FIELD, CodeFilter, Dimension
from nabij.practices.summary import FIELD_KEYS, SOURCE_KEYS, Summary
from nabij.practices.views.reviews import document_page

NO_SOURCE = gettext_lazy("geen bron")
NO_FIELD = gettext_lazy("geen spanningsveld")

# Link to the passages behind a count, given the filter.
LinkOf = Callable[[CodeFilter], str]


def source_name(key: str | None) -> str:
    return str(Source(key).label) if key else str(NO_SOURCE)


def field_name(key: str | None) -> str:
    return str(TensionField(key).label) if key else str(NO_FIELD)


@dataclass(frozen=True)
class Cell:
    count: int
    url: str


@dataclass(frozen=True)
class Line:
    label: str
    cell: Cell


@dataclass(frozen=True)
class Figure:
    ident: str
    title: str
    heading: str
    lines: list[Line]
    chart: SafeString


def _figure(ident, title, heading, counts, name, link, dimension) -> Figure:
    lines = [
        Line(
            label=name(key),
            cell=Cell(count, link(CodeFilter(**{dimension: key or ""}))),
        )
        for key, count in counts.items()
    ]
    chart = bar_chart(
        [
            BarGroup(label=line.label, bars=[Bar(float(line.cell.count), str(line.cell.count))])
            for line in lines
        ],
        ident=f"chart-{ident}",
        title=title,
        description=_("De aantallen staan ook in de tabel ernaast."),
    )
    # The chart escapes every text it draws.
    return Figure(ident, title, heading, lines, mark_safe(chart))


@dataclass(frozen=True)
class CrossRow:
    label: str
    cells: list[Cell]
    total: Cell


def _cross(summary: Summary, link: LinkOf) -> dict:
    rows = [
        CrossRow(
            label=source_name(source),
            cells=[
                Cell(summary.cross[source, field], link(CodeFilter(source or "", field or "")))
                for field in FIELD_KEYS
            ],
            total=Cell(summary.by_source[source], link(CodeFilter(source=source or ""))),
        )
        for source in SOURCE_KEYS
    ]
    totals = [
        Cell(summary.by_field[f], link(CodeFilter(tension_field=f or ""))) for f in FIELD_KEYS
    ]
    return {
        "columns": [field_name(field) for field in FIELD_KEYS],
        "rows": rows,
        "totals": totals,
        "total": Cell(summary.total, link(CodeFilter())),
    }


@dataclass(frozen=True)
class AgreementView:
    title: str
    dimension: Dimension
    labels: list[str]
    rows: list[tuple[str, list[int]]]


def _agreement(dimensions: list[Dimension]) -> list[AgreementView]:
    views = []
    for dimension in dimensions:
        name, title = (
            (source_name, _("Bron van solidariteit"))
            if dimension.name == SOURCE
            else (field_name, _("Spanningsveld"))
        )
        labels = dimension.confusion.labels
        views.append(
            AgreementView(
                title=title,
                dimension=dimension,
                labels=[name(key) for key in labels],
                rows=[(name(key), dimension.confusion.row(key)) for key in labels],
            )
        )
    return views


def _summary_context(summary: Summary, dimensions: list[Dimension], link: LinkOf) -> dict:
    return {
        "summary": summary,
        "figures": [
            _figure(
                "sources",
                _("Passages per bron van solidariteit"),
                _("Bron"),
                summary.by_source,
                source_name,
                link,
                SOURCE,
            ),
            _figure(
                "fields",
                _("Passages per spanningsveld"),
                _("Spanningsveld"),
                summary.by_field,
                field_name,
                link,
                TENSION_FIELD,
            ),
        ],
        "cross": _cross(summary, link),
        "agreement": _agreement(dimensions),
    }


@place_view(*READERS)
def document_summary(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(Document, place=request.place, pk=pk)
    slug = request.place.slug

    def link(code: CodeFilter) -> str:
        return document_page(slug, document.pk, urlencode(code.query()))

    context = _summary_context(
        selectors.document_summary(document), selectors.document_agreement(document), link
    )
    context["document"] = document
    context["document_url"] = document_page(slug, document.pk)
    return render_place(request, "practices/reviews/document_summary.html", context)


def _language(request: HttpRequest) -> tuple[CorpusLanguageForm, str]:
    form = CorpusLanguageForm(request.GET)
    language = form.cleaned_data["language"] if form.is_valid() else ""
    return form, language


def _corpus_link(slug: str, language: str) -> LinkOf:
    base = reverse("practices:corpus_passages", args=[slug])

    def link(code: CodeFilter) -> str:
        params = ({"language": language} if language else {}) | code.query()
        return base + (f"?{urlencode(params)}" if params else "")

    return link


@place_view(*READERS)
def corpus_summary(request: HttpRequest) -> HttpResponse:
    form, language = _language(request)
    place = request.place
    context = _summary_context(
        selectors.corpus_summary(place, language),
        selectors.corpus_agreement(place, language),
        _corpus_link(place.slug, language),
    )
    context |= {
        "form": form,
        "language_name": DocumentLanguage(language).label if language else "",
        "documents": Document.objects.filter(place=place).count(),
    }
    return render_place(request, "practices/reviews/corpus_summary.html", context)


@place_view(*READERS)
def corpus_passages(request: HttpRequest) -> HttpResponse:
    form, language = _language(request)
    code = CodeFilter.parse(request.GET)
    passages = selectors.passages_for_review(
        selectors.passages_filtered(selectors.corpus_passages(request.place, language), code)
        .select_related("document")
        .order_by("document__title", "document_id", "position")
    )
    page = paginate(request, passages, per_page=25)
    kept = ({"language": language} if language else {}) | code.query()
    return render_place(
        request,
        "practices/reviews/corpus_passages.html",
        {
            "form": form,
            "code": code,
            "source_name": source_name(code.source) if code.source is not None else "",
            "field_name": field_name(code.tension_field) if code.tension_field is not None else "",
            "language": language,
            "page": page,
            "kept": urlencode(kept),
            "summary_url": reverse("practices:corpus_summary", args=[request.place.slug])
            + (f"?{urlencode({'language': language})}" if language else ""),
            "review_back": BACK_CORPUS,
        },
    )
