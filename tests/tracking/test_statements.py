"""Every learning event becomes one xAPI statement in the outbox, in the event's transaction:
the right verb, object, result and context, the enrolment's registration, no personal data,
and valid by Ralph's strict model."""

import json
import re

from django.db import transaction
from django.http import QueryDict

import pytest

from courses import services as course_services
from courses.models import Enrolment
from quizzes import services as quiz_services
from tests.factories import UserFactory, lessons_of, make_course, make_quiz
from tests.quizzes.conftest import EVERY_KIND, answer_post
from tracking.models import Statement
from tracking.statements import VERBS

ADL = "http://adlnet.gov/expapi/verbs/"


@pytest.fixture
def journey(db):
    """A learner who enrols, reads both lessons, passes the module quiz and so completes the
    course (one module, quiz required). With no final assessment the course issues no
    certificate (its "earned" statement: tests/certificates/test_issuing.py)."""
    learner = UserFactory(email="anna.berg@example.org", first_name="Anna", last_name="Berg")
    course = make_course(
        modules=1, lessons_per_module=2, title="Identifying victims", issues_certificate=False
    )
    module = course.get_children().live().first().specific
    quiz = make_quiz(module, EVERY_KIND, title="Module check")
    course_services.enrolment_create(learner, course)
    for lesson in lessons_of(course):
        access = course_services.lesson_check_access(learner, lesson)
        course_services.lesson_open(learner, lesson, access)
        course_services.lesson_complete(learner, lesson)
    attempt, _ = quiz_services.attempt_start(learner, quiz)
    outcome = quiz_services.attempt_submit(learner, attempt.pk, answer_post(attempt))
    assert outcome.course_completed
    return learner, course, module, quiz, outcome.attempt


def by_verb(verb):
    return [s.payload for s in Statement.objects.filter(verb=verb).order_by("stored_at", "id")]


def test_a_learners_run_through_a_course_is_recorded(journey):
    learner, course, module, quiz, attempt = journey
    counts = {
        verb: Statement.objects.filter(verb=verb).count()
        for verb in Statement.objects.values_list("verb", flat=True).distinct()
    }
    assert counts == {
        "registered": 1,
        "launched": 2,
        "completed": 4,  # two lessons, the module, the course
        "progressed": 3,  # after each lesson and the quiz
        "attempted": 1,
        "answered": len(EVERY_KIND) + 1,  # the scenario's two parts answer separately
        "passed": 1,
    }
    registration = str(Enrolment.objects.get(user=learner).registration)
    for statement in Statement.objects.all():
        assert statement.payload["context"]["registration"] == registration
        assert statement.payload["verb"]["id"] == VERBS[statement.verb][0]
        if statement.verb != "earned":  # the one verb ADL's vocabulary lacks (tincan registry)
            assert statement.payload["verb"]["id"] == ADL + statement.verb
        assert "version" not in statement.payload
        assert statement.payload["timestamp"].endswith("+00:00")


def test_course_module_and_lesson_activities(journey):
    _learner, course, module, _quiz, _attempt = journey
    (registered,) = by_verb("registered")
    assert registered["object"]["id"].endswith(f"/xapi/activities/course/{course.translation_key}")
    assert registered["object"]["definition"]["type"] == (
        "http://adlnet.gov/expapi/activities/course"
    )
    assert registered["object"]["definition"]["name"] == {"en": "Identifying victims"}
    lesson_done = next(s for s in by_verb("completed") if "/lesson/" in s["object"]["id"])
    context = lesson_done["context"]["contextActivities"]
    assert context["parent"][0]["id"].endswith(f"/module/{module.translation_key}")
    assert context["grouping"][0]["id"].endswith(f"/course/{course.translation_key}")
    progress = [
        s["result"]["extensions"]["https://w3id.org/xapi/cmi5/result/extensions/progress"]
        for s in by_verb("progressed")
    ]
    assert progress == [33, 67, 100]


def test_quiz_statements_carry_scores_and_interactions(journey):
    _learner, course, module, quiz, attempt = journey
    (passed,) = by_verb("passed")
    assert passed["object"]["definition"]["type"] == (
        "http://adlnet.gov/expapi/activities/assessment"
    )
    assert passed["result"]["score"] == {"scaled": 1.0, "raw": 7.0, "min": 0.0, "max": 7.0}
    assert passed["result"]["success"] is True and passed["result"]["completion"] is True
    assert re.match(r"^PT", passed["result"]["duration"])
    assert passed["context"]["contextActivities"]["parent"][0]["id"].endswith(
        f"/module/{module.translation_key}"
    )
    answered = by_verb("answered")
    types = sorted(s["object"]["definition"]["interactionType"] for s in answered)
    assert types == [
        "choice",
        "choice",
        "choice",
        "fill-in",
        "matching",
        "sequencing",
        "true-false",
        "true-false",
    ]
    for statement in answered:
        definition = statement["object"]["definition"]
        assert statement["result"]["response"]
        assert statement["result"]["success"] is True
        pattern = definition["correctResponsesPattern"]
        response = statement["result"]["response"]
        if definition["interactionType"] == "fill-in":
            assert pattern[0].startswith("{case_matters=false}")
        else:
            assert response in pattern
        parent = statement["context"]["contextActivities"]["parent"][0]["id"]
        assert parent.endswith(f"/quiz/{quiz.translation_key}")


def test_answers_are_sent_only_after_submission(db, learner, course, lessons):
    quiz = make_quiz(course, EVERY_KIND)
    course_services.enrolment_create(learner, course)
    for lesson in lessons:
        course_services.lesson_complete(learner, lesson)
    attempt, _ = quiz_services.attempt_start(learner, quiz)
    quiz_services.attempt_save(learner, attempt.pk, answer_post(attempt))
    assert not Statement.objects.filter(verb="answered").exists()
    quiz_services.attempt_submit(learner, attempt.pk, answer_post(attempt, correct=False))
    assert Statement.objects.filter(verb="answered").count() == len(EVERY_KIND) + 1
    (failed,) = by_verb("failed")
    assert failed["result"]["success"] is False


def test_no_personal_data_in_any_statement(journey):
    learner, *_ = journey
    everything = json.dumps([s.payload for s in Statement.objects.all()])
    for secret in [learner.email, "Anna", "Berg", "mbox", "example.org"]:
        assert secret not in everything
    actors = {json.dumps(s.payload["actor"]) for s in Statement.objects.all()}
    assert len(actors) == 1
    actor = json.loads(actors.pop())
    assert set(actor) == {"objectType", "account"}
    assert actor["account"]["name"] == str(learner.xapi_pseudonym.pseudonym)


def test_an_event_rolled_back_leaves_no_statement(learner, course):
    with pytest.raises(RuntimeError), transaction.atomic():
        course_services.enrolment_create(learner, course)
        assert Statement.objects.filter(verb="registered").exists()
        raise RuntimeError("the request failed after enrolling")
    assert not Statement.objects.exists()
    assert not Enrolment.objects.exists()


def test_repeating_an_event_records_it_once(enrolled, course, lessons):
    course_services.enrolment_create(enrolled, course)
    course_services.lesson_complete(enrolled, lessons[0])
    before = Statement.objects.count()
    course_services.lesson_complete(enrolled, lessons[0])
    course_services.enrolment_create(enrolled, course)
    assert Statement.objects.count() == before
    assert Statement.objects.filter(verb="registered").count() == 1


def test_statement_ids_are_fixed_by_the_event(enrolled, course):
    from tracking.statements import statement_id

    registration = Enrolment.objects.get(user=enrolled).registration
    (registered,) = Statement.objects.filter(verb="registered")
    assert registered.pk == statement_id(f"registered:{registration}")


def test_every_statement_is_valid_by_ralphs_strict_model(journey, ralph):
    statements = [s.payload for s in Statement.objects.all()]
    assert ralph.validate(statements) == []


def test_an_unanswered_question_is_sent_without_a_response(learner, course, lessons, ralph):
    quiz = make_quiz(course, EVERY_KIND)
    course_services.enrolment_create(learner, course)
    for lesson in lessons:
        course_services.lesson_complete(learner, lesson)
    attempt, _ = quiz_services.attempt_start(learner, quiz)
    quiz_services.attempt_submit(learner, attempt.pk, QueryDict())
    answered = by_verb("answered")
    assert answered and all("response" not in s["result"] for s in answered)
    assert all(s["result"]["success"] is False for s in answered)
    assert ralph.validate(answered) == []
