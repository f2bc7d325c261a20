"""Åsa scores 100 % in the module check and 85 % in the final assessment. Her certificate's
score is the average of her best results in the quizzes the course requires, 92.5 — and the
PDF, the verification page, the API and the signed credential all say so, as 93 %."""

import html
import subprocess
from decimal import Decimal

import pytest

from certificates import pdf as certificate_pdf
from certificates.models import Certificate
from courses import services as course_services
from quizzes import services as quiz_services
from tests.factories import make_course, make_quiz, single, true_false
from tests.quizzes.conftest import answer_form, as_post, finish_lessons, take_quiz

from .test_credentials import parts

BASIS = "average of the best results in the course's required quizzes"


@pytest.fixture
def certificate(learner):
    course = make_course(modules=1, lessons_per_module=1, title="Identifying victims")
    module = course.get_children().live().first().specific
    module_check = make_quiz(module, [single()], title="Module check")
    final = make_quiz(
        course,
        [(single(), {"points": 17}), (true_false(), {"points": 3})],
        title="Final assessment",
    )
    course_services.enrolment_create(learner, course)
    finish_lessons(learner, course)
    take_quiz(learner, module_check, correct=True)
    attempt, _ = quiz_services.attempt_start(learner, final)
    form = {
        **answer_form(attempt, correct=True, only={1}),
        **answer_form(attempt, correct=False, only={2}),
    }
    graded = quiz_services.attempt_submit(learner, attempt.pk, as_post(form)).attempt
    assert graded.percent == Decimal("85.00") and graded.passed
    return Certificate.objects.get(holder=learner)


def test_the_score_is_the_average_of_the_best_required_results(certificate):
    assert certificate.score == Decimal("92.50")


def test_the_verification_page_and_the_api_say_what_the_score_is(client, certificate):
    page = html.unescape(client.get(f"/verify/{certificate.code}/").content.decode())
    assert f"93 % ({BASIS})" in page
    record = client.get(f"/api/v1/certificates/{certificate.code}").json()
    assert (record["score"], record["score_basis"]) == ("93", BASIS)


def test_the_signed_credential_describes_its_result(certificate):
    _header, claims, _signature = parts(certificate.credential)
    (description,) = claims["credentialSubject"]["achievement"]["resultDescription"]
    (result,) = claims["credentialSubject"]["result"]
    assert description["name"] == f"Score: {BASIS}"
    assert (description["resultType"], description["valueMax"]) == ("Percent", "100")
    assert (result["resultDescription"], result["value"]) == (description["id"], "93")


def test_the_pdf_gives_the_same_score_and_says_what_it_is(certificate, tmp_path):
    path = tmp_path / "certificate.pdf"
    path.write_bytes(certificate_pdf.render_pdf(certificate))
    text = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"93 % — {BASIS}" in " ".join(text.split())
