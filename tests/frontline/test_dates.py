"""Dates read one way per language — "12 January 2027", "12 januari 2027", clock "15:24" — on
pages, in the certificate PDF and in e-mails; CSV exports give timestamps in ISO 8601 to the
second, with the reader's offset, so a spreadsheet or a script reads them the same way."""

import csv
import io
import re
from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest

from accounts import roles
from certificates import services as certificate_services
from certificates.models import Certificate
from tests.certificates.conftest import complete, make_assessed_course
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

ISO_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
ANY_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d")


@pytest.fixture
def certificate(db):
    holder = UserFactory(first_name="Jonas", last_name="Berg", time_zone="Europe/Kyiv")
    certificate = complete(holder, make_assessed_course())
    # Issued on 3 December 2026 at 15:24:07.123456 Stockholm time, valid for two years.
    issued = timezone.make_aware(timezone.datetime(2026, 12, 3, 15, 24, 7, 123456))
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=issued, expires_at=issued + timedelta(days=731)
    )
    certificate.refresh_from_db()
    return certificate


def test_pages_write_dates_one_way_per_language(client, certificate):
    client.force_login(certificate.holder)
    english = client.get("/dashboard/").content.decode()
    swedish = client.get("/sv/dashboard/").content.decode()
    assert "Issued 3 December 2026" in english and "valid until 3 December 2028" in english
    assert "3 december 2026" in swedish and "3 december 2028" in swedish
    verify = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "3 December 2026" in verify and "2026-12-03" not in verify


def test_the_expiry_reminder_writes_the_date_in_its_language(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.make_aware(timezone.datetime(2027, 1, 31, 23, 30))
    )
    assert certificate_services.expiry_reminders_send(
        now=timezone.make_aware(timezone.datetime(2027, 1, 1, 12, 0))
    )
    (message,) = mail.outbox
    # 23:30 in Stockholm is already 1 February in Kyiv, where the holder lives.
    assert "expires on 1 February 2027" in message.body


def csv_rows(response) -> list[list[str]]:
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(content)))


def timestamps(rows) -> list[str]:
    return [cell for row in rows for cell in row if ANY_TIMESTAMP.search(cell)]


def test_csv_timestamps_are_iso_8601_to_the_second(client, certificate):
    from quizzes.models import QuizPage

    quiz = QuizPage.objects.get(title="Final assessment")
    organisation = certificate.holder.organisation
    manager = UserFactory(organisation=organisation, role=roles.ADMINISTRATORS)
    organisation.managers.add(manager)
    client.force_login(manager)
    exports = {
        "quiz report": f"/admin/quizzes/{quiz.pk}/report.csv?rows=attempts",
        "certificate register": "/admin/certificates_admin/?export=csv",
        "certificate audit log": "/admin/certificate_audit/?export=csv",
        "members": f"/organisations/{organisation.pk}/members.csv",
    }
    for name, url in exports.items():
        response = client.get(url)
        assert response.status_code == 200, name
        found = timestamps(csv_rows(response))
        assert found, name
        assert [t for t in found if not ISO_TIMESTAMP.match(t)] == [], name
    register = csv_rows(client.get(exports["certificate register"]))
    assert "2026-12-03T15:24:07+01:00" in register[1]


def test_a_streamed_csv_is_in_the_readers_zone(client, certificate):
    from quizzes.models import QuizPage

    quiz = QuizPage.objects.get(title="Final assessment")
    trainer = UserFactory(role=roles.TRAINERS, time_zone="Europe/Kyiv")
    client.force_login(trainer)
    response = client.get(f"/admin/quizzes/{quiz.pk}/report.csv?rows=attempts")
    assert response.streaming
    found = timestamps(csv_rows(response))
    assert found and all(t.endswith("+02:00") for t in found)
