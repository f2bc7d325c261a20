"""The holder downloads an A4 PDF with their name, the course, its version, the dates and the
code, and a QR code that a phone turns into the verification page; and the credential."""

import json
import re
import shutil
import subprocess

from django.urls import reverse
from django.utils import formats, timezone, translation

import pytest

from certificates import pdf as certificate_pdf
from certificates.verification import verify_url
from tests.factories import UserFactory

TOOLS = ("pdftotext", "pdftoppm", "zbarimg")


@pytest.fixture(autouse=True)
def pdf_tools():
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    assert not missing, f"install them with scripts/system-deps.sh pdf-tools: {missing}"


def pdf_text(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_pdf_is_rendered_when_the_certificate_is_issued(certificate):
    certificate.refresh_from_db()
    assert certificate.pdf.name == f"certificates/{certificate.code}.pdf"
    path = certificate.pdf.path
    with open(path, "rb") as handle:
        assert handle.read(5) == b"%PDF-"
    info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Pages:\s+1$", info, re.M)
    assert "595.276 x 841.89 pts (A4)" in info


def written(moment):
    """The date as the PDF writes it, in English and in Swedish: 3 December 2026, 3 december
    2026 (in the site's time zone, whoever downloads it)."""
    day = timezone.localtime(moment, timezone.get_default_timezone()).date()
    texts = []
    for language in ("en", "sv"):
        with translation.override(language):
            texts.append(formats.date_format(day, "DATE_FORMAT"))
    return texts


def test_the_pdf_says_who_what_when_in_english_and_swedish(certificate):
    certificate.refresh_from_db()
    text = pdf_text(certificate.pdf.path)
    for fact in (
        "Åsa Öberg-Lindqvist",
        "Identifying victims",
        certificate.course_version,
        certificate.code,
        *written(certificate.issued_at),
        *written(certificate.expires_at),
        "Certificate of completion",
        "Intyg om genomförd utbildning",
        "Giltigt till",
    ):
        assert fact in text, fact


def test_the_qr_code_decodes_to_the_verification_page(certificate, tmp_path):
    certificate.refresh_from_db()
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", certificate.pdf.path, str(tmp_path / "p")],
        check=True,
    )
    decoded = subprocess.run(
        ["zbarimg", "--raw", "-q", str(tmp_path / "p.png")], capture_output=True, text=True
    ).stdout.strip()
    assert decoded == verify_url(certificate)
    assert decoded.endswith(f"/verify/{certificate.code}/")


def test_rendering_again_keeps_the_stored_pdf(certificate):
    certificate.refresh_from_db()
    name = certificate.pdf.name
    again = certificate_pdf.certificate_pdf_ensure(certificate)
    assert again.pdf.name == name


def test_the_holder_downloads_pdf_and_credential_from_the_dashboard(learner_client, certificate):
    dashboard = learner_client.get(reverse("courses:dashboard")).content.decode()
    assert "<title>My learning · Frontline Academy</title>" in dashboard
    section = dashboard.split('aria-labelledby="certificates-heading"')[1]
    assert certificate.code in section
    pdf_url = reverse("certificates:pdf", args=[certificate.code])
    assert pdf_url in section

    response = learner_client.get(pdf_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert b"".join(response.streaming_content).startswith(b"%PDF-")

    jwt = learner_client.get(reverse("certificates:credential", args=[certificate.code, "jwt"]))
    assert jwt.content.decode() == certificate.credential
    assert jwt["Content-Type"] == "application/vc+jwt"
    data = json.loads(
        learner_client.get(
            reverse("certificates:credential", args=[certificate.code, "json"])
        ).content
    )
    assert data["type"] == ["VerifiableCredential", "OpenBadgeCredential"]


def test_a_missing_pdf_is_rendered_on_download(learner_client, certificate):
    certificate.refresh_from_db()
    certificate.pdf.storage.delete(certificate.pdf.name)
    response = learner_client.get(reverse("certificates:pdf", args=[certificate.code]))
    assert response.status_code == 200


def test_nobody_else_downloads_a_holders_certificate(client, certificate):
    urls = [
        reverse("certificates:pdf", args=[certificate.code]),
        reverse("certificates:credential", args=[certificate.code, "jwt"]),
        reverse("certificates:credential", args=[certificate.code, "json"]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # to the sign-in page
    client.force_login(UserFactory())
    for url in urls:
        assert client.get(url).status_code == 404
    assert (
        client.get(reverse("certificates:credential", args=[certificate.code, "exe"])).status_code
        == 404
    )
