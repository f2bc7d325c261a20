"""An LRS reads who did what to a certificate: the trainer who revoked it, the platform that
expired it — never the learner revoking their own — and still finds the learner in the
statement (issue 18, items 3 and 4)."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from certificates import events, services
from certificates.models import Certificate
from courses import services as course_services
from frontline.site import base_url
from tracking.models import LearnerPseudonym, Statement
from tracking.statements import statement_id

from .conftest import complete


def agent(user) -> dict:
    """The pseudonymous agent the statements give ``user``."""
    pseudonym = LearnerPseudonym.objects.get(user=user).pseudonym
    return {"objectType": "Agent", "account": {"homePage": base_url(), "name": str(pseudonym)}}


def test_the_trainer_who_revokes_is_the_actor_and_the_learner_stays_in_it(
    client, trainer, certificate
):
    client.force_login(trainer)
    response = client.post(
        reverse("certificates_revoke", args=[certificate.pk]),
        {"reason": "Certificate obtained with another person's account"},
    )
    assert response.status_code == 302

    revoked = Statement.objects.get(verb="revoked")
    payload = revoked.payload
    assert payload["actor"] == agent(trainer) != agent(certificate.holder)
    certificate_iri = f"{base_url()}/xapi/activities/certificate/{certificate.code}"
    assert payload["object"]["id"] == certificate_iri
    # The learner, where to find them: their agent in the holder extension, the statement of
    # their earning as context, and their run's registration.
    context = payload["context"]
    assert context["extensions"][f"{base_url()}/xapi/extensions/holder"] == agent(
        certificate.holder
    )
    earned = Statement.objects.get(verb="earned")
    assert earned.payload["actor"] == agent(certificate.holder)
    assert context["statement"] == {"objectType": "StatementRef", "id": str(earned.pk)}
    assert context["registration"] == str(certificate.registration)
    assert "language" not in context  # not an experience in a language
    # Still the learner's record: their export, their erasure.
    assert revoked.user == certificate.holder


def test_a_certificate_expiring_on_its_date_is_expired_by_the_platform(certificate):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() - timedelta(days=1)
    )
    assert services.certificates_expire() == 1

    payload = Statement.objects.get(verb="expired").payload
    assert payload["actor"] == {
        "objectType": "Agent",
        "name": "Frontline Academy",
        "account": {"homePage": base_url(), "name": "frontline-academy"},
    }
    assert payload["context"]["extensions"][f"{base_url()}/xapi/extensions/holder"] == agent(
        certificate.holder
    )


def test_recording_a_revocation_twice_keeps_one_statement(certificate, trainer):
    services.certificate_revoke(certificate, trainer, "Issued in error")
    certificate.refresh_from_db()
    events.certificate_revoked(certificate, by=trainer)  # a retry of the same event
    (revoked,) = Statement.objects.filter(verb="revoked")
    assert revoked.pk == statement_id(f"revoked:certificate:{certificate.code}")


def test_a_certificate_issued_by_hand_has_a_registration_of_its_own(
    client, trainer, learner, assessed_course
):
    """Issued outside any run, even while the learner has one open: its statements share a
    registration derived from the certificate, which the open run still earns its own."""
    enrolment, _ = course_services.enrolment_create(learner, assessed_course)
    client.force_login(trainer)
    response = client.post(
        reverse("certificates_issue"),
        {
            "holder_email": learner.email,
            "course": assessed_course.pk,
            "reason": "Classroom edition, Gothenburg",
        },
    )
    assert response.status_code == 302
    by_hand = Certificate.objects.get(holder=learner)
    assert by_hand.registration is None
    own = events.statement_registration(by_hand)
    assert own != enrolment.registration
    services.certificate_revoke(by_hand, trainer, "Wrong course")

    registrations = {
        s.payload["context"]["registration"]
        for s in Statement.objects.filter(verb__in=["earned", "revoked"])
    }
    assert registrations == {str(own)}
    assert events.statement_registration(by_hand) == own  # the same whenever it is asked

    # The learner's open run is not this certificate's: completing it earns its own.
    earned_online = complete(learner, assessed_course)
    assert earned_online.registration == enrolment.registration
    statement = Statement.objects.get(verb="earned", registration=enrolment.registration)
    assert statement.payload["object"]["id"].endswith(earned_online.code)
