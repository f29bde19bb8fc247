"""The survey on paper: a poster whose QR code opens the survey, and the printable form.

pdftotext and pdftoppm come with Debian's poppler-utils, the QR reader with the zxing-cpp
package. Without them these tests are skipped on a developer's machine but fail in CI.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

from tests.signals.conftest_answers import TITLE, asked_fixture, survey_build  # noqa: F401 (a fixture)


def _missing(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"the PDF cannot be read back in CI: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture
def poppler():
    missing = [t for t in ("pdftotext", "pdfinfo", "pdftoppm") if shutil.which(t) is None]
    if missing:
        _missing(f"{', '.join(missing)} not installed (apt-get install poppler-utils)")


@pytest.fixture
def qr_reader():
    try:
        import zxingcpp
    except ImportError:
        _missing("zxing-cpp is not installed (pip install zxing-cpp)")
    return zxingcpp


def _run(tool: str, *args: str) -> str:
    return subprocess.run([tool, *args], capture_output=True, text=True, check=True).stdout


def _download(client, name: str, asked, tmp_path: Path, query: str = "") -> Path:
    response = client.get(reverse(f"signals:{name}", args=["rabot", asked.survey.pk]) + query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(response.content)
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_the_poster_is_one_a4_page_with_every_title(asked, cast, login, poppler, tmp_path):
    poster = _download(login(cast.worker), "survey_poster", asked, tmp_path)
    info = _run("pdfinfo", str(poster))
    assert "(A4)" in info
    assert next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1] == "1"
    text = _flat(_run("pdftotext", str(poster), "-"))
    assert TITLE["nl"] in text
    assert "الحي" in text  # the Arabic title (pdftotext may reorder right-to-left words)
    assert f"/p/rabot/signalen/s/{asked.survey.public_key}/" in text


def test_the_posters_qr_code_opens_the_survey(asked, cast, login, poppler, qr_reader, tmp_path):
    from PIL import Image

    poster = _download(login(cast.worker), "survey_poster", asked, tmp_path)
    _run("pdftoppm", "-r", "100", "-png", str(poster), str(tmp_path / "page"))
    (image,) = sorted(tmp_path.glob("page*.png"))
    found = {result.text for result in qr_reader.read_barcodes(Image.open(image))}
    link = reverse("signals:answer", args=["rabot", asked.survey.public_key])
    assert found == {f"http://testserver{link}"}


def test_the_paper_form_numbers_the_questions_and_says_where_to_skip(
    asked, cast, login, poppler, tmp_path
):
    paper = _download(login(cast.worker), "survey_paper", asked, tmp_path, "?taal=nl")
    text = _flat(_run("pdftotext", str(paper), "-"))
    assert TITLE["nl"] in text
    assert "Schrijf je naam niet op dit blad." in text
    assert "1. Heb je dit jaar hulp gevraagd?" in text
    assert "5. Wat moet er beter in de buurt?" in text
    assert "→ ga naar vraag 4" in text
    assert "1 = helemaal niet, 5 = heel erg" in text


def test_the_paper_form_in_arabic_runs_right_to_left(asked, cast, login, poppler, tmp_path):
    response = login(cast.worker).get(
        reverse("signals:survey_paper", args=["rabot", asked.survey.pk]) + "?taal=ar"
    )
    assert response.status_code == 200
    path = tmp_path / "ar.pdf"
    path.write_bytes(response.content)
    text = _run("pdftotext", str(path), "-")
    assert "الحي" in text
    assert "Heb je dit jaar" not in text


def test_a_named_survey_does_not_promise_anonymity_on_paper(cast, login, poppler, tmp_path):
    named = survey_build(cast.rabot, anonymous=False)
    paper = _download(login(cast.worker), "survey_paper", named, tmp_path)
    assert "Schrijf je naam niet" not in _flat(_run("pdftotext", str(paper), "-"))
