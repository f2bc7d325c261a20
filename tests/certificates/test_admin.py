"""Certifying bodies look certificates up in the admin, filter them and export CSV for the
National Support Programme's quality assurance; trainers revoke and issue by hand; nobody edits
or deletes a certificate; learners never get in."""

import csv
import io
from datetime import timedelta

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

import pytest

from accounts import roles
from certificates import services
from certificates.models import AuditEntry, Certificate
from organisations.models import Organisation
from tests.factories import UserFactory, make_course


def member_of(group_name, **fields):
    user = UserFactory(**fields)
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def officer(db):
    return member_of(roles.CERTIFYING_BODIES)


@pytest.fixture
def register(db, assessed_course):
    """Three holders in two organisations: valid (expiring in 30 days), valid, revoked."""
    consulate = Organisation.objects.create(name="Embassy in Bangkok", kind="consulate")
    police = Organisation.objects.create(name="Police region West", kind="police")
    other_course = make_course(modules=1, lessons_per_module=1, title="Non-punishment")
    soon = services.certificate_issue(
        UserFactory(first_name="Karin", last_name="Berg", organisation=consulate), assessed_course
    )
    Certificate.objects.filter(pk=soon.pk).update(expires_at=timezone.now() + timedelta(days=30))
    later = services.certificate_issue(
        UserFactory(first_name="=HYPERLINK(1)", last_name="Ek", organisation=police), other_course
    )
    revoked = services.certificate_issue(
        UserFactory(first_name="Nils", last_name="Holm", organisation=consulate), assessed_course
    )
    services.certificate_revoke(revoked, UserFactory(), "Completed by someone else")
    return {"soon": soon, "later": later, "revoked": revoked, "consulate": consulate}


def index(client, **params):
    return client.get(reverse("certificates_admin:index"), params)


def test_a_certifying_body_filters_by_organisation_status_and_expiry(client, officer, register):
    client.force_login(officer)
    html = index(client, organisation=register["consulate"].pk).content.decode()
    assert "Karin Berg" in html and "Nils Holm" in html and "Ek" not in html
    html = index(client, status="revoked").content.decode()
    assert "Nils Holm" in html and "Karin Berg" not in html
    html = index(client, expiring="90").content.decode()
    assert "Karin Berg" in html and "Nils Holm" not in html
    html = index(client, q=register["later"].code).content.decode()
    assert register["later"].code in html and "Karin Berg" not in html


def test_the_csv_export_serves_quality_assurance(client, officer, register):
    client.force_login(officer)
    response = index(client, export="csv", status="valid")
    assert response.status_code == 200
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    by_code = {row["Code"]: row for row in rows}
    assert set(by_code) == {register["soon"].code, register["later"].code}
    assert by_code[register["soon"].code]["Organisation"] == "Embassy in Bangkok"
    # A name that looks like a formula is neutralised.
    assert by_code[register["later"].code]["Holder's name"].startswith("'=")


def test_a_certifying_body_reads_but_cannot_revoke_or_edit(client, officer, register):
    client.force_login(officer)
    certificate = register["soon"]
    inspect = client.get(reverse("certificates_admin:inspect", args=[certificate.pk]))
    assert inspect.status_code == 200
    assert "Issued" in inspect.content.decode()
    assert reverse("certificates_revoke", args=[certificate.pk]) not in inspect.content.decode()
    # Wagtail answers a refused admin action by sending the user back to the dashboard.
    refused = client.post(reverse("certificates_revoke", args=[certificate.pk]), {"reason": "x"})
    assert (refused.status_code, refused.url) == (302, "/admin/")
    certificate.refresh_from_db()
    assert certificate.status == "valid"
    assert client.get(reverse("certificates_issue")).status_code == 302
    assert client.get(reverse("certificates_admin:edit", args=[certificate.pk])).status_code in (
        302,
        403,
    )
    assert client.get(reverse("certificate_audit:index")).status_code == 200


def test_a_trainer_revokes_with_a_public_reason(client, trainer, register):
    client.force_login(trainer)
    certificate = register["soon"]
    url = reverse("certificates_revoke", args=[certificate.pk])
    response = client.post(url, {"reason": ""})
    assert response.status_code == 400
    response = client.post(url, {"reason": "Certificate obtained with another person's account"})
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    entry = AuditEntry.objects.get(certificate=certificate, action="revoked")
    assert entry.actor == trainer
    # Revoking twice is refused with a message, not an error page.
    again = client.post(url, {"reason": "again"})
    assert again.status_code == 400
    assert "already revoked" in again.content.decode()


def test_a_trainer_issues_by_hand(client, trainer, assessed_course, db):
    holder = UserFactory(email="officer@example.org", first_name="Lina", last_name="Sand")
    client.force_login(trainer)
    url = reverse("certificates_issue")
    bad = client.post(
        url, {"holder_email": "nobody@example.org", "course": assessed_course.pk, "reason": "x"}
    )
    assert bad.status_code == 400 and "No account" in bad.content.decode()
    response = client.post(
        url,
        {
            "holder_email": "officer@example.org",
            "course": assessed_course.pk,
            "reason": "Classroom edition, Gothenburg",
        },
    )
    assert response.status_code == 302
    certificate = Certificate.objects.get(holder=holder)
    assert (
        certificate.issued_by == trainer
        and certificate.issue_reason == "Classroom edition, Gothenburg"
    )


def test_learners_never_reach_the_register(learner_client, register):
    response = index(learner_client)
    assert response.status_code in (302, 403)
    assert learner_client.get(reverse("certificate_audit:index")).status_code in (302, 403)
