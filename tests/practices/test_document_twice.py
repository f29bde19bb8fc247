"""The same file is coded once per place: uploading it again is refused with the title it
was stored under, and nothing is stored. Another place may code the same file."""

import pytest
from django.utils.html import escape

from nabij.errors import DomainError
from nabij.practices.errors import PracticeError
from nabij.practices.models import Document
from nabij.practices.services.documents import document_upload

from .conftest_documents import counts, policy_text, post_upload


def _upload(cast, actor, place, title: str, name: str = "nota.txt") -> Document:
    return document_upload(
        actor=actor, place=place, title=title, language="nl", filename=name, data=policy_text()
    )


def test_the_same_file_twice_is_refused_naming_the_earlier_document(cast, login):
    _upload(cast, cast.analyst, cast.rabot, "Beleidsnota samenleven 2026")
    before = counts()

    # Another name and title, the same bytes.
    response = post_upload(login(cast.worker), "kopie.txt", policy_text(), title="Kopie")

    assert response.status_code == 400
    assert escape("Dit bestand is al eerder opgeladen, als ‘Beleidsnota samenleven 2026’.") in (
        response.content.decode()
    )
    assert counts() == before


def test_the_service_refuses_it_too(cast):
    _upload(cast, cast.worker, cast.rabot, "Eerste keer")
    before = counts()

    with pytest.raises(DomainError) as refused:
        _upload(cast, cast.admin, cast.rabot, "Tweede keer", name="andere-naam.txt")

    assert refused.value.code == PracticeError.DOCUMENT_TWICE
    assert refused.value.params == {"title": "Eerste keer"}
    assert counts() == before


def test_another_place_codes_the_same_file_for_itself(cast):
    _upload(cast, cast.worker, cast.rabot, "Nota in Rabot")

    school = _upload(cast, cast.school_worker, cast.school, "Nota op school")

    assert school.place == cast.school
    assert Document.objects.count() == 2
