"""Behind every count is a link to exactly the passages counted."""

import re
from urllib.parse import parse_qs, urlsplit

from django.urls import reverse

from nabij.practices.models import Passage
from nabij.practices.selectors.reviews import CodeFilter, passages_filtered
from nabij.practices.services.reviews import passage_review

from .conftest_reviews import PLAN, document_with, passages_of

CELL = re.compile(r'<td><a href="([^"]+)">(\d+)')


def _reviewed_plan(cast):
    document = document_with(cast.rabot, cast.worker, PLAN * 2 + PLAN[:1])
    passages = passages_of(document)
    # Two corrections: the first passage is struggle, the last has no source at all.
    passage_review(actor=cast.worker, passage=passages[0], source="struggle", tension_field="")
    passage_review(actor=cast.analyst, passage=passages[-1], source="", tension_field="")
    return document


def _cells(html: str) -> list[tuple[str, int]]:
    return [(href.replace("&amp;", "&"), int(count)) for href, count in CELL.findall(html)]


def test_every_count_on_the_corpus_summary_opens_the_passages_it_counts(cast, login):
    _reviewed_plan(cast)
    document_with(cast.rabot, cast.worker, PLAN[1:2], title="Plan", language="fr")
    client = login(cast.worker)
    summary = client.get(reverse("practices:corpus_summary", args=["rabot"]), {"language": "nl"})

    cells = _cells(summary.content.decode())
    assert len(cells) > 20  # both tables and the cross table
    assert any(count == 0 for _, count in cells)
    for href, count in cells:
        listed = client.get(href).content.decode().count('class="passage"')
        assert listed == count, href


def test_the_links_of_a_document_filter_its_page_by_the_code_that_counts(cast, login):
    document = _reviewed_plan(cast)
    page = login(cast.analyst).get(
        reverse("practices:document_summary", args=["rabot", document.pk])
    )
    document_url = reverse("practices:document", args=["rabot", document.pk])

    cells = _cells(page.content.decode())
    assert cells
    client = login(cast.analyst)
    for href, count in cells:
        listed = client.get(href).content.decode().count('<li id="passage-')
        assert listed == count, href
        url = urlsplit(href)
        assert url.path == document_url
        query = {key: values[0] for key, values in parse_qs(url.query).items()}
        filtered = passages_filtered(
            Passage.objects.filter(document=document), CodeFilter.parse(query)
        )
        assert filtered.count() == count, href


def test_the_filter_reads_none_and_ignores_what_it_does_not_know():
    assert CodeFilter.parse({"source": "none"}) == CodeFilter(source="", tension_field=None)
    assert CodeFilter.parse({"source": "charity", "tension_field": "negotiable"}) == CodeFilter(
        source=None, tension_field="negotiable"
    )
    assert CodeFilter(source="", tension_field="negotiable").query() == {
        "source": "none",
        "tension_field": "negotiable",
    }
