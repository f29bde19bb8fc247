"""The voucher sheet on paper: an A4 PDF with, for each voucher in circulation, its value,
its number, its code and a QR code that a phone reads back as that same code.

pdftotext, pdfinfo and pdftoppm come with Debian's poppler-utils, the QR reader with the
zxing-cpp package. Without them these tests are skipped on a developer's machine but fail
in CI, so CI can never pass by not reading.
"""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

from nabij.ledger import codes, services
from nabij.ledger.pdf import VOUCHERS_PER_PAGE, voucher_sheet_pdf
from nabij.ledger.selectors import vouchers_of
from tests.ledger.conftest import key


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


def _saved(pdf: bytes, tmp_path: Path) -> Path:
    path = tmp_path / "bonnen.pdf"
    path.write_bytes(pdf)
    return path


@pytest.fixture
def sheet(cast, books):
    return services.voucher_batch_issue(
        actor=cast.worker,
        place=cast.rabot,
        currency=books.toreke,
        denomination=25,
        count=12,
        idempotency_key=key(),
    )


def download(client, batch) -> bytes:
    response = client.get(reverse("ledger:batch_pdf", args=["rabot", batch.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    return response.content


def test_each_voucher_shows_its_value_number_and_code(cast, sheet, login, poppler, tmp_path):
    text = _run(
        "pdftotext", "-layout", str(_saved(download(login(cast.worker), sheet), tmp_path)), "-"
    )
    for voucher in vouchers_of(sheet):
        assert codes.voucher_code(voucher) in text
        assert f"Bon nr. {voucher.pk:06d}" in text
    assert text.count("25 T") >= 12
    assert "Toreke" in text and "Rabot" in text


def test_the_sheet_is_a4_with_ten_vouchers_a_page(cast, sheet, login, poppler, tmp_path):
    info = _run("pdfinfo", str(_saved(download(login(cast.worker), sheet), tmp_path)))
    assert "(A4)" in info
    pages = int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])
    assert VOUCHERS_PER_PAGE == 10
    assert pages == 2  # twelve vouchers


def test_every_qr_code_reads_back_as_its_vouchers_code(cast, sheet, poppler, qr_reader, tmp_path):
    from PIL import Image

    pdf = _saved(voucher_sheet_pdf(sheet, vouchers_of(sheet)), tmp_path)
    _run("pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page"))
    found = set()
    for image in sorted(tmp_path.glob("page*.png")):
        found |= {result.text for result in qr_reader.read_barcodes(Image.open(image))}
    assert found == {codes.voucher_code(voucher) for voucher in vouchers_of(sheet)}


def test_redeemed_and_cancelled_vouchers_are_not_printed_again(
    cast, books, sheet, login, poppler, tmp_path
):
    first, *rest = vouchers_of(sheet)
    services.voucher_redeem(
        actor=cast.worker,
        place=cast.rabot,
        code=codes.voucher_code(first),
        to_account=books.grocery,
        idempotency_key=key(),
    )
    text = _run("pdftotext", str(_saved(download(login(cast.worker), sheet), tmp_path)), "-")
    assert codes.voucher_code(first) not in text
    assert all(codes.voucher_code(voucher) in text for voucher in rest)
