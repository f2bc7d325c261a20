"""A learner downloads everything held about them, and can erase their account: personal data
goes, certificates are revoked as "Holder erased" and keep verifying without the name, and
delivered statements are voided."""

import json

from django.urls import reverse
from django.utils import timezone

import pytest

from accounts import privacy
from accounts.models import User
from certificates.models import AuditEntry, Certificate
from certificates.services import ERASED_NAME, ERASED_REASON
from courses.models import Enrolment
from quizzes.models import QuizAttempt
from tests.certificates.conftest import complete, make_assessed_course
from tests.factories import UserFactory
from tracking.models import Statement


@pytest.fixture
def assessed_course(db):
    return make_assessed_course()


def test_the_export_holds_everything_and_no_answer_keys(learner_client, learner, assessed_course):
    certificate = complete(learner, assessed_course)
    response = learner_client.get(reverse("accounts:my_data_export"))
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["profile"]["email"] == learner.email
    assert [e["registration"] for e in data["enrolments"]] == [
        str(Enrolment.objects.get(user=learner).registration)
    ]
    assert len(data["lesson_progress"]) == 2
    assert len(data["quiz_attempts"]) == QuizAttempt.objects.filter(user=learner).count() == 2
    assert all(a["answers"] for a in data["quiz_attempts"])
    assert data["certificates"][0]["code"] == certificate.code
    assert len(data["learning_records"]) == Statement.objects.filter(user=learner).count()
    assert '"key"' not in response.content.decode()  # answer keys never leave


def test_the_export_is_only_ever_ones_own(client, learner, assessed_course):
    complete(learner, assessed_course)
    other = UserFactory()
    client.force_login(other)
    data = json.loads(client.get(reverse("accounts:my_data_export")).content)
    assert data["profile"]["email"] == other.email
    assert data["certificates"] == [] and data["enrolments"] == []
    client.logout()
    assert client.get(reverse("accounts:my_data_export")).status_code == 302


def test_erasure_needs_the_password_and_the_word(learner_client, learner):
    url = reverse("accounts:my_data_erase")
    assert learner_client.post(url, {"password": "wrong", "confirm": "ERASE"}).status_code == 400
    response = learner_client.post(url, {"password": "correct-horse-battery", "confirm": "no"})
    assert response.status_code == 400
    assert User.objects.filter(pk=learner.pk).exists()


def test_erasure_removes_the_person_and_revokes_their_certificates(
    learner_client, learner, assessed_course, client
):
    certificate = complete(learner, assessed_course)
    response = learner_client.post(
        reverse("accounts:my_data_erase"),
        {"password": "correct-horse-battery", "confirm": "erase"},
    )
    assert response.status_code == 302
    assert not User.objects.filter(pk=learner.pk).exists()
    assert not Enrolment.objects.exists() and not QuizAttempt.objects.exists()
    assert not Statement.objects.exclude(verb="voided").filter(user__isnull=False).exists()
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    assert certificate.revocation_reason == ERASED_REASON
    assert certificate.holder is None and certificate.holder_name == ERASED_NAME
    assert certificate.credential == "" and not certificate.pdf
    assert AuditEntry.objects.filter(certificate=certificate, reason="Holder erased").exists()
    # Its code still answers, as revoked, without the name.
    data = client.get(reverse("certificates_api:certificate", args=[certificate.code])).json()
    assert data["status"] == "revoked" and data["holder_name"] == "(erased)"
    assert data["credential"] is None  # not "": no credential is left to check
    page = client.get(reverse("certificates:verify-code", args=[certificate.code]))
    assert "Holder erased" in page.content.decode()
    assert learner.first_name not in page.content.decode() or not learner.first_name


def test_an_administrator_erases_on_request(learner, assessed_course, db):
    complete(learner, assessed_course)
    admin = UserFactory()
    done = privacy.learner_erase(learner, by=admin)
    assert done["certificates_revoked"] == 1
    entry = AuditEntry.objects.get(reason="Holder erased")
    assert (entry.actor, entry.channel) == (admin, "admin")
    assert Certificate.objects.get().status == "revoked"


def test_the_erase_command_exports_first_and_refuses_non_administrators(
    learner, assessed_course, tmp_path
):
    from django.core.management import CommandError, call_command

    complete(learner, assessed_course)
    UserFactory(email="staff@example.org")
    with pytest.raises(CommandError):
        call_command("erase_learner", learner.email, by="staff@example.org")
    UserFactory(email="admin@example.org", is_superuser=True)
    call_command(
        "erase_learner", learner.email, by="admin@example.org", export=str(tmp_path / "d.json")
    )
    assert json.loads((tmp_path / "d.json").read_text())["profile"]["email"] == learner.email
    assert not User.objects.filter(email=learner.email).exists()


def test_erasure_removes_invitations_and_management(learner, db):
    from organisations import services as org_services
    from organisations.models import Invitation
    from tests.factories import OrganisationFactory

    embassy = OrganisationFactory()
    embassy.managers.add(learner)
    org_services.invitation_create(embassy, UserFactory(), "Someone@Example.org")
    Invitation.objects.create(
        organisation=embassy,
        email=learner.email.upper(),
        token_hash="x" * 64,
        expires_at=timezone.now(),
    )
    privacy.learner_erase(learner)
    assert list(Invitation.objects.values_list("email", flat=True)) == ["someone@example.org"]
    assert not embassy.managers.exists()


def test_every_app_answers_for_what_it_holds_in_the_same_export_and_erasure(learner, db):
    """The sections come from the apps' learner_data registrations, in their order (issue 15);
    the file and the erasure's summary read as they always have."""
    assert list(privacy.learner_data(learner)) == [
        "exported_at",
        "profile",
        "enrolments",
        "lesson_progress",
        "quiz_attempts",
        "certificates",
        "readiness_statements",
        "learning_records",
        "agency_sign_in",
    ]
    done = privacy.learner_erase(learner)
    assert done == {"certificates_revoked": 0, "statements_voided": 0}
    assert not User.objects.filter(pk=learner.pk).exists()
