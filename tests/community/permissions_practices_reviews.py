"""Who may open the practices pages of the reviews part: one line per URL name (see
expect.py). Coded documents are for staff and the place's analyst (a researcher), who
review the passages and read the summaries; nobody else sees them."""

from nabij.practices.models import Document
from tests.conftest import Cast
from tests.practices.conftest_reviews import PLAN, document_with

from .conftest import Life
from .expect import STAFF, Expect

READERS = STAFF | {"analyst"}


def _plan(cast: Cast, life: Life) -> Document:
    found = Document.objects.filter(place=cast.rabot, title="Beleidsplan samenleven").first()
    return found or document_with(cast.rabot, cast.worker, PLAN)


def _document(cast: Cast, life: Life) -> int:
    return _plan(cast, life).pk


def _passage(cast: Cast, life: Life) -> int:
    return _plan(cast, life).passages.order_by("position").first().pk


def _accept(cast: Cast, life: Life) -> dict:
    return {"action": "accept"}


def _nothing(cast: Cast, life: Life) -> dict:
    return {}


ROWS: dict[str, Expect] = {
    "practices:corpus_summary": Expect(READERS),
    "practices:corpus_passages": Expect(READERS),
    "practices:document_summary": Expect(READERS, pk=_document),
    "practices:document_accept": Expect(READERS, pk=_document, post=_nothing),
    "practices:passage_review": Expect(READERS, pk=_passage, post=_accept),
}
