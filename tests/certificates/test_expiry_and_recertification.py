"""Certificates expire on their date, holders are reminded 60 and 14 days before, and taking
the course again issues a new certificate that supersedes the old one — both stay verifiable."""

from datetime import timedelta

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from certificates import services, signing
from certificates.models import AuditEntry, Certificate
from certificates.tasks import expire_and_remind
from courses.models import Enrolment
from tracking.models import Statement

from .conftest import finish_lessons, quizzes_of, take_quiz


def move_expiry(certificate, days_from_now):
    Certificate.objects.filter(pk=certificate.pk).update(
        expires_at=timezone.now() + timedelta(days=days_from_now)
    )


def test_the_daily_task_marks_expired_certificates_once(certificate):
    move_expiry(certificate, -1)
    expire_and_remind.delay()
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.EXPIRED
    assert certificate.status_changed_at == certificate.expires_at
    assert AuditEntry.objects.filter(certificate=certificate, action="expired").count() == 1
    statement = Statement.objects.get(verb="expired")
    assert statement.payload["object"]["id"].endswith(certificate.code)
    assert services.certificates_expire() == 0  # idempotent


def test_a_certificate_not_yet_due_stays_valid(certificate):
    move_expiry(certificate, 1)
    assert services.certificates_expire() == 0
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID


def test_holders_are_reminded_60_and_14_days_before_once_each(certificate):
    move_expiry(certificate, 59)
    assert services.expiry_reminders_send() == 1
    assert services.expiry_reminders_send() == 0
    (message,) = mail.outbox
    assert message.to == [certificate.holder.email]
    assert "expires in 59 days" in message.subject
    assert certificate.code in message.body
    assert "/identifying-victims/" in message.body or certificate.course.url in message.body

    move_expiry(certificate, 13)
    assert services.expiry_reminders_send() == 1
    assert "expires in 13 days" in mail.outbox[1].subject
    assert services.expiry_reminders_send() == 0
    assert AuditEntry.objects.filter(certificate=certificate, action="reminded").count() == 2


def test_one_reminder_when_the_first_one_is_already_inside_14_days(certificate):
    move_expiry(certificate, 10)
    assert services.expiry_reminders_send() == 1
    assert services.expiry_reminders_send() == 0


def test_taking_the_course_again_issues_a_superseding_certificate(
    learner_client, learner, certificate, assessed_course
):
    move_expiry(certificate, 30)
    response = learner_client.post(reverse("courses:restart", args=[assessed_course.pk]))
    assert response.status_code == 302
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at is None and enrolment.run_started_at is not None
    assert enrolment.registration != certificate.registration
    # Until the new run is complete the old certificate still stands.
    certificate.refresh_from_db()
    assert certificate.status == Certificate.Status.VALID

    finish_lessons(learner, assessed_course)
    quizzes = quizzes_of(assessed_course)
    assert Certificate.objects.filter(holder=learner).count() == 1  # quizzes count again
    take_quiz(learner, quizzes["Module check"])
    take_quiz(learner, quizzes["Final assessment"])

    newer = Certificate.objects.get(holder=learner, status="valid")
    certificate.refresh_from_db()
    assert newer.registration == enrolment.registration
    assert certificate.status == Certificate.Status.SUPERSEDED
    assert certificate.superseded_by == newer
    assert (
        learner_client.get(reverse("certificates_api:certificate", args=[certificate.code])).json()[
            "status"
        ]
        == "superseded"
    )
    assert (
        learner_client.get(reverse("certificates_api:certificate", args=[newer.code])).json()[
            "status"
        ]
        == "valid"
    )


def test_a_course_in_progress_cannot_be_restarted(learner_client, learner, assessed_course):
    from courses import services as course_services

    course_services.enrolment_create(learner, assessed_course)
    response = learner_client.post(
        reverse("courses:restart", args=[assessed_course.pk]), follow=True
    )
    assert "still taking this course" in response.content.decode()
    assert Enrolment.objects.get(user=learner).run_started_at is None


def test_completing_the_refresher_renews_the_main_courses_certificate(
    learner, certificate, assessed_course
):
    """The renewal rests on an assessment too: the refresher ends in its own final one."""
    from courses import services as course_services
    from tests.factories import make_course, make_quiz, require, true_false

    refresher = make_course(
        modules=1,
        lessons_per_module=1,
        title="Identifying victims: refresher",
        refresher_for=assessed_course,
    )
    make_quiz(refresher, [true_false()], title="Refresher assessment")
    require(refresher, assessed_course)
    course_services.enrolment_create(learner, refresher)
    finish_lessons(learner, refresher)
    assert Certificate.objects.filter(holder=learner, status="valid").get() == certificate
    take_quiz(learner, quizzes_of(refresher)["Refresher assessment"], correct=True)

    renewed = Certificate.objects.get(holder=learner, status="valid")
    certificate.refresh_from_db()
    assert certificate.superseded_by == renewed
    assert renewed.course_key == assessed_course.translation_key
    assert renewed.course_title == "Identifying victims"
    assert renewed.refresher_title == "Identifying victims: refresher"
    assert renewed.expires_at > certificate.expires_at
    claims, _kid = signing.verify(renewed.credential)
    assert "refresher" in claims["credentialSubject"]["achievement"]["criteria"]["narrative"]
