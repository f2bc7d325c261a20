"""A learner who meets the course's completion rule gets one certificate, automatically, in the
same transaction as the completion; failing a quiz never issues one."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

import pytest

from certificates import services
from certificates.models import AuditEntry, Certificate
from courses import services as course_services
from courses.models import Enrolment
from quizzes.models import QuizAttempt
from tests.factories import UserFactory, make_course, make_quiz, true_false
from tracking.models import Statement

from .conftest import complete, finish_lessons, quizzes_of, take_quiz


def test_completing_the_course_issues_one_certificate(learner, assessed_course):
    certificate = complete(learner, assessed_course)
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.completed_at == certificate.issued_at
    assert certificate.registration == enrolment.registration
    assert certificate.course_title == "Identifying victims"
    assert certificate.course_version == assessed_course.version_label
    assert certificate.score == Decimal("100.00")
    assert certificate.status == Certificate.Status.VALID
    assert certificate.issuer_name == "Frontline Academy"
    assert certificate.credential.count(".") == 2
    # 24 months of validity, from the day of issue.
    expected = services.add_months(certificate.issued_at, 24)
    assert certificate.expires_at == expected
    assert (expected - certificate.issued_at) > timedelta(days=729)
    entry = AuditEntry.objects.get(certificate=certificate, action="issued")
    assert entry.channel == "system"


def test_a_failed_quiz_never_issues_a_certificate(learner, assessed_course):
    course_services.enrolment_create(learner, assessed_course)
    finish_lessons(learner, assessed_course)
    quizzes = quizzes_of(assessed_course)
    take_quiz(learner, quizzes["Module check"], correct=True)
    take_quiz(learner, quizzes["Final assessment"], correct=False)
    assert not Certificate.objects.exists()
    take_quiz(learner, quizzes["Final assessment"], correct=True)
    assert Certificate.objects.filter(holder=learner).count() == 1


def test_the_earned_statement_goes_to_the_outbox_with_the_certificate(certificate):
    statement = Statement.objects.get(verb="earned")
    assert statement.registration == certificate.registration
    assert statement.payload["object"]["id"].endswith(f"/certificate/{certificate.code}")
    assert statement.payload["result"]["success"] is True
    assert statement.payload["result"]["score"]["scaled"] == 1.0


def test_a_certificate_that_cannot_be_signed_leaves_the_course_uncompleted(
    learner, assessed_course, monkeypatch
):
    course_services.enrolment_create(learner, assessed_course)
    finish_lessons(learner, assessed_course)
    quizzes = quizzes_of(assessed_course)
    take_quiz(learner, quizzes["Module check"])
    recorded = Statement.objects.exclude(verb="attempted").count()

    def broken(claims):
        raise OSError("key file unreadable")

    monkeypatch.setattr("certificates.signing.sign", broken)
    with pytest.raises(OSError):
        take_quiz(learner, quizzes["Final assessment"])
    assert Enrolment.objects.get(user=learner).completed_at is None
    assert not Certificate.objects.exists()
    # The final's grade, its statements and the completion all rolled back with the certificate.
    assert Statement.objects.exclude(verb="attempted").count() == recorded
    assert not QuizAttempt.objects.filter(quiz_title="Final assessment", passed=True).exists()


def test_a_course_without_a_validity_never_expires(learner, db):
    course = make_course(modules=1, lessons_per_module=1)
    make_quiz(course, [true_false()], title="Final assessment")
    certificate = complete(learner, course)
    assert certificate.expires_at is None
    assert certificate.score == Decimal("100.00")  # the final assessment's
    assert certificate.is_valid


def test_a_trainer_issues_by_hand_only_with_a_reason(assessed_course, db):
    holder = UserFactory(first_name="Maria", last_name="Nilsson")
    trainer = UserFactory()
    with pytest.raises(services.CertificateError):
        services.certificate_issue_manually(holder, assessed_course, trainer, "  ")
    certificate = services.certificate_issue_manually(
        holder, assessed_course, trainer, "Completed the classroom edition on 3 October"
    )
    assert certificate.issued_by == trainer
    assert certificate.holder_name == "Maria Nilsson"
    entry = AuditEntry.objects.get(certificate=certificate, action="issued")
    assert (entry.actor, entry.channel) == (trainer, "admin")
    assert entry.reason == "Completed the classroom edition on 3 October"


def test_months_are_added_as_calendar_months():
    moment = timezone.now().replace(year=2026, month=8, day=31)
    assert services.add_months(moment, 6).date().isoformat() == "2027-02-28"
    assert services.add_months(moment, 12).date().isoformat() == "2027-08-31"


def test_the_certificates_statements_name_the_course_in_both_languages(certificate):
    """An LRS that keeps one definition per activity keeps the Swedish name too (issue 18)."""
    from certificates import events

    certificate.course_title_sv = "Att identifiera offer"
    events.certificate_revoked(certificate)
    payload = Statement.objects.get(verb="revoked").payload
    (course,) = payload["context"]["contextActivities"]["grouping"]
    assert course["definition"]["name"] == {
        "en": certificate.course_title,
        "sv": "Att identifiera offer",
    }
