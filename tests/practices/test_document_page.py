"""A document's page lists its passages in order with the machine's code: source, tension
field, score as a percentage, and the words that triggered it marked in the text (the
text itself escaped). Filters by source and tension field show the passages behind a
count of the summary."""

import re

from django.urls import reverse
from django.utils import timezone

from nabij.practices.models import Document, Passage, PassageReview


def _note(cast) -> Document:
    now = timezone.now()
    document = Document.objects.create(
        place=cast.rabot,
        title="Beleidsnota samenleven",
        kind="pdf",
        filename="nota.pdf",
        size=1000,
        sha256="a" * 64,
        uploaded_by=cast.worker,
        uploaded_at=now,
    )
    rows = [
        # (text, source, tension field, scores, triggers)
        (
            "Buren ontmoeten elkaar in het buurthuis <script>alert(1)</script> & drinken koffie.",
            "encounter",
            "distance_proximity",
            {"source": {"encounter": 0.734}, "tension_field": {"distance_proximity": 0.5}},
            {"encounter": ["ontmoeten", "buurthuis"], "distance_proximity": ["buren"]},
        ),
        (
            "Bewoners voeren actie tegen hoge huurprijzen en eisen hun recht op wonen.",
            "struggle",
            "consensus_conflict",
            {"source": {"struggle": 0.9}, "tension_field": {"consensus_conflict": 0.61}},
            {"struggle": ["actie", "eisen"], "consensus_conflict": ["tegen"]},
        ),
        (
            "De vergadering begint om acht uur in de grote zaal van het stadhuis.",
            "",
            "",
            {"source": {}, "tension_field": {}},
            {},
        ),
    ]
    Passage.objects.bulk_create(
        Passage(
            document=document,
            place=cast.rabot,
            position=position,
            page=position,
            text=text,
            source=source,
            tension_field=field,
            scores=scores,
            triggers=triggers,
            coded_with="lexicon",
            coded_at=now,
        )
        for position, (text, source, field, scores, triggers) in enumerate(rows, 1)
    )
    return document


def _page(client, document: Document, query: str = "") -> str:
    url = reverse("practices:document", args=["rabot", document.pk])
    response = client.get(url + query)
    assert response.status_code == 200
    return response.content.decode()


def _shown(page: str) -> list[str]:
    """The first words of each passage on the page, in order."""
    return re.findall(r'<p class="passage-text">(?:<mark>)?(\w+)', page)


def test_the_trigger_words_are_marked_and_the_text_is_escaped(cast, login):
    page = _page(login(cast.analyst), _note(cast))

    assert (
        "Buren ontmoeten elkaar" not in page  # every trigger is marked, so the text is cut
        and "<mark>Buren</mark> <mark>ontmoeten</mark> elkaar in het <mark>buurthuis</mark> "
        "&lt;script&gt;alert(1)&lt;/script&gt; &amp; drinken koffie."
        in page
    )
    assert "<script>alert(1)</script>" not in page
    assert "<mark>actie</mark> <mark>tegen</mark> hoge huurprijzen en <mark>eisen</mark>" in page
    # The passage nothing pointed to has no mark.
    assert "De vergadering begint om acht uur in de grote zaal van het stadhuis." in page


def test_each_passage_shows_its_code_with_the_score_as_a_percentage(cast, login):
    page = _page(login(cast.worker), _note(cast))

    assert _shown(page) == ["Buren", "Bewoners", "De"]
    assert "ontmoeting · score 73%" in page
    assert "afstand of nabijheid · score 50%" in page
    assert "strijd · score 90%" in page
    assert "consensus of conflict · score 61%" in page
    assert "Woorden die erop wezen: ontmoeten, buurthuis" in page
    assert "geen bron" in page and "geen spanningsveld" in page
    assert "pagina 2" in page


def test_the_filters_show_the_passages_behind_a_count(cast, login):
    client = login(cast.worker)
    document = _note(cast)

    assert _shown(_page(client, document, "?source=struggle")) == ["Bewoners"]
    assert _shown(_page(client, document, "?tension_field=distance_proximity")) == ["Buren"]
    assert _shown(_page(client, document, "?source=none")) == ["De"]
    assert _shown(_page(client, document, "?source=none&tension_field=none")) == ["De"]
    assert _shown(_page(client, document, "?source=encounter&tension_field=none")) == []
    # A filter the page does not know shows every passage rather than an error.
    assert _shown(_page(client, document, "?source=liefde")) == ["Buren", "Bewoners", "De"]


def test_a_reviewer_s_correction_counts_in_the_filter(cast, login):
    client = login(cast.worker)
    document = _note(cast)
    meeting = document.passages.get(position=3)
    PassageReview.objects.create(
        passage=meeting,
        place=cast.rabot,
        reviewer=cast.analyst,
        source="norms_values",
        tension_field="",
        corrected=True,
        reviewed_at=timezone.now(),
    )

    assert _shown(_page(client, document, "?source=norms_values")) == ["De"]
    assert _shown(_page(client, document, "?source=none")) == []


def test_the_list_shows_each_document_with_how_much_was_reviewed(cast, login):
    document = _note(cast)
    PassageReview.objects.create(
        passage=document.passages.get(position=1),
        place=cast.rabot,
        reviewer=cast.analyst,
        source="encounter",
        tension_field="distance_proximity",
        reviewed_at=timezone.now(),
    )

    response = login(cast.analyst).get(reverse("practices:document_list", args=["rabot"]))

    page = response.content.decode()
    assert response.status_code == 200
    assert 'enctype="multipart/form-data"' in page
    assert "PDF, Word (DOCX) of platte tekst (TXT), hoogstens 20 MB." in page
    row = re.search(r"<tr>\s*<th scope=\"row\">.*?</tr>", page, re.S).group()
    assert "Beleidsnota samenleven" in row
    assert "<td>3</td>" in row  # passages
    assert "door Sara" in row
    assert "33% (1 van 3)" in row
