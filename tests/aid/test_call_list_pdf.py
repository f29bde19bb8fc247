"""The call list on paper: a real A4 PDF, read back as text.

pdftotext and pdfinfo come with Debian's poppler-utils. Without them these tests are
skipped on a developer's machine but fail in CI, so CI can never pass by not reading.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse
from django.utils import translation

from nabij.aid.choices import CallOutcome
from nabij.aid.outreach import call_list, call_record
from nabij.aid.pdf import call_list_pdf
from nabij.community import services as community
from nabij.community.choices import ContactChannel, SensitiveKind
from nabij.community.models import Member
from tests.aid.conftest import days_ago, resident, speaks


@pytest.fixture
def poppler():
    missing = [tool for tool in ("pdftotext", "pdfinfo") if shutil.which(tool) is None]
    if missing:
        reason = f"{', '.join(missing)} not installed (apt-get install poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"the PDF cannot be read back in CI: {reason}", pytrace=False)
        pytest.skip(reason)


def text_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "belronde.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def info_of(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "info.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout


def download(cast, login, **query) -> bytes:
    response = login(cast.worker).get(reverse("aid:calls_pdf", args=["rabot"]), query)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


def test_the_pdf_lists_who_to_call_with_what_a_caller_needs(cast, login, poppler, tmp_path):
    speaks(cast.resident, "ar", "fr")
    fatma = resident(cast.rabot, "Fatma", sector="Wondelgemstraat", languages=("tr",))
    Member.objects.filter(pk=fatma.pk).update(
        vulnerable=True, contact_channel=ContactChannel.PHONE, phone="+32 470 55 66 77"
    )

    text = text_of(download(cast, login), tmp_path)
    for expected in (
        "Rabot",
        "Amina",
        "Rabotstraat",
        "Arabisch",
        "Frans",
        "via een werker",
        "(Sara)",
        "Fatma",
        "+32 470 55 66 77",
        "Turks",
        "nooit",
        "Notitie",  # the column to write in by hand
    ):
        assert expected in text, expected
    assert "Jef" not in text  # not flagged as vulnerable


def test_the_pdf_is_a4(cast, login, poppler, tmp_path):
    assert "(A4)" in info_of(download(cast, login), tmp_path)


def test_the_pdf_carries_no_special_category_data_and_no_notes(cast, login, poppler, tmp_path):
    for kind, value in {SensitiveKind.HEALTH: "hartfalen", SensitiveKind.ORIGIN: "Eritrea"}.items():
        community.consent_give(
            actor=cast.worker, place=cast.rabot, member=cast.resident, purpose=kind
        )
        community.sensitive_set(
            actor=cast.worker, place=cast.rabot, member=cast.resident, kind=kind, value=value
        )
    call_record(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        outcome=CallOutcome.NO_ANSWER,
        note="Buurvrouw zegt dat ze in het ziekenhuis lag.",
        now=days_ago(3),
    )

    text = text_of(download(cast, login), tmp_path)
    assert "Amina" in text
    for secret in ("hartfalen", "Eritrea", "ziekenhuis", "Buurvrouw"):
        assert secret not in text, secret


def test_the_pdf_follows_the_number_of_days(cast, login, poppler, tmp_path):
    call_record(
        actor=cast.worker,
        place=cast.rabot,
        member=cast.resident,
        outcome=CallOutcome.REACHED,
        now=days_ago(10),
    )
    assert "Amina" not in text_of(download(cast, login, days=30), tmp_path)
    assert "Amina" in text_of(download(cast, login, days=7), tmp_path)


def test_an_empty_list_says_so(cast, login, poppler, tmp_path):
    Member.objects.filter(pk=cast.resident.pk).update(vulnerable=False)
    assert "Niemand om te bellen" in text_of(download(cast, login), tmp_path)


def test_a_long_list_runs_over_pages_with_the_heading_on_each(cast, poppler, tmp_path):
    for number in range(40):
        member = resident(cast.rabot, f"Buur {number:02}")
        Member.objects.filter(pk=member.pk).update(vulnerable=True)
    pdf = call_list_pdf(cast.rabot, call_list(cast.rabot), days=30)

    pages = text_of(pdf, tmp_path).split("\f")
    pages = [page for page in pages if page.strip()]
    assert len(pages) > 1
    assert all("Naam" in page for page in pages)
    text = "".join(pages)
    assert all(f"Buur {number:02}" in text for number in range(40))


def test_the_pdf_is_printed_in_the_workers_language(cast, poppler, tmp_path):
    with translation.override("fr"):
        pdf = call_list_pdf(cast.rabot, call_list(cast.rabot), days=30)
        never = translation.gettext("nooit")
    assert never != "nooit"
    assert never in text_of(pdf, tmp_path)
