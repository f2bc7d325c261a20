"""A certificate PDF carries the holder's name. It is kept in the private storage, outside the
media folder the proxy serves, and has no public address: someone who knows (or guesses) a
code gets nothing from /media/; the holder downloads it through the view that checks who asks.
PDFs stored under the media folder before are moved by a migration."""

import importlib
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.urls import reverse

import pytest

from certificates.models import Certificate


def test_the_pdf_is_stored_outside_the_public_media_folder(certificate):
    certificate.refresh_from_db()
    path = Path(certificate.pdf.path).resolve()
    assert path.is_file()
    assert path.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not path.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert not default_storage.exists(certificate.pdf.name)
    assert not list(Path(settings.MEDIA_ROOT).rglob("*.pdf"))
    with pytest.raises(ValueError, match="not accessible via a URL"):
        certificate.pdf.url  # noqa: B018


def test_the_media_address_serves_nothing_but_the_holder_downloads_it(
    client, learner_client, certificate
):
    public = client.get(f"{settings.MEDIA_URL}certificates/{certificate.code}.pdf")
    assert public.status_code == 404
    own = learner_client.get(reverse("certificates:pdf", args=[certificate.code]))
    assert own.status_code == 200
    assert b"".join(own.streaming_content).startswith(b"%PDF-")


def test_the_migration_moves_pdfs_out_of_the_media_folder(certificate):
    certificate.refresh_from_db()
    name = certificate.pdf.name
    certificate.pdf.storage.delete(name)
    default_storage.save(name, ContentFile(b"%PDF-1.7 stored before"))
    migration = importlib.import_module(
        "certificates.migrations.0003_certificate_pdf_private_storage"
    )
    from django.apps import apps

    migration.move_pdfs_to_private_storage(apps, None)
    assert not default_storage.exists(name)
    moved = Certificate.objects.get(pk=certificate.pk).pdf
    assert moved.name == name
    with moved.open("rb") as handle:
        assert handle.read() == b"%PDF-1.7 stored before"
