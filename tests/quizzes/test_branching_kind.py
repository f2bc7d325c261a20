"""A learner meets a branching case in an assessment: they commit to one choice at a time and
see only its consequence and the next situation; the case is graded by its path, a critical
error fails the whole attempt, and the review sets the path taken beside the recommended one.
Each decision is recorded as it is made, and the case's result with the graded attempt."""

import random
import re
from datetime import timedelta
from decimal import Decimal

from django.utils import timezone

import pytest

from quizzes import kinds, services
from quizzes.demo import demo_answers, demo_steps
from quizzes.durations import longest_path_words
from quizzes.models import AttemptAnswer, QuizAttempt, QuizPage
from tests.factories import au_pair_case, branching, make_quiz, single
from tests.lrs import Ralph, ralph_python
from tracking.models import Statement

from .conftest import answer_form
from .test_authoring import SINGLE, question, quiz_form

RECOMMENDED = ["Speak with her alone", "Tell her where she can get help"]
CONFRONT = "Confront the man about the passport"


@pytest.fixture
def quiz(module):
    """A check with the case (4 points) and a single-choice question (1 point)."""
    return make_quiz(
        module,
        [(branching(), {"points": 4, "prompt": "At the counter"}), single()],
        title="Counter check",
        pass_mark=80,
    )


def start(client, quiz) -> QuizAttempt:
    response = client.post(f"/learn/quizzes/{quiz.pk}/start/")
    assert response.status_code == 302, response.content
    return QuizAttempt.objects.get(quiz=quiz, submitted_at__isnull=True)


def case_answer(attempt) -> AttemptAnswer:
    return AttemptAnswer.objects.get(attempt=attempt, key__kind="branching")


def choice_id(answer, label) -> str:
    """The id of the choice labelled ``label``, read from the stored key as only a test can."""
    for situation in answer.key["plan"]["situations"].values():
        for choice in situation["choices"]:
            if choice["label"] == label:
                return choice["id"]
    raise AssertionError(label)


def choose(client, attempt, label, follow=False):
    """Press *Choose* with ``label`` selected in the attempt's case."""
    answer = case_answer(attempt)
    pk = answer.question_pk
    return client.post(
        f"/learn/attempts/{attempt.pk}/",
        {"action": f"choose-q{pk}", f"q{pk}": choice_id(answer, label)},
        follow=follow,
    )


def submit(client, attempt, correct=True):
    return client.post(
        f"/learn/attempts/{attempt.pk}/",
        {**answer_form(attempt, correct=correct), "action": "submit"},
    )


def keys_in(value) -> set:
    if isinstance(value, dict):
        return set(value) | {k for item in value.values() for k in keys_in(item)}
    if isinstance(value, list):
        return {k for item in value for k in keys_in(item)}
    return set()


def page(client, attempt) -> str:
    return client.get(f"/learn/attempts/{attempt.pk}/").content.decode()


def test_the_whole_recommended_path_scores_full_points(learner_client, ready, quiz):
    attempt = start(learner_client, quiz)
    for label in RECOMMENDED:
        response = choose(learner_client, attempt, label)
        assert response.status_code == 302
        assert response["Location"].endswith(f"#question-{case_answer(attempt).question_pk}-now")
    assert submit(learner_client, attempt)["Location"] == f"/learn/attempts/{attempt.pk}/review/"

    attempt.refresh_from_db()
    answer = case_answer(attempt)
    assert answer.response == [choice_id(answer, label) for label in RECOMMENDED]
    assert (answer.score, answer.is_correct) == (4, True)
    assert (attempt.score, attempt.percent, attempt.passed) == (5, 100, True)
    review = learner_client.get(f"/learn/attempts/{attempt.pk}/review/").content.decode()
    assert "Passed" in review
    assert "Ending: Referred" in review and "Debrief: she knows." in review
    assert "The recommended path" in review


def test_the_page_holds_nothing_of_the_key_before_the_attempt_is_over(learner_client, ready, quiz):
    case = au_pair_case()
    first, second = case["situations"]
    never_before_the_end = [
        "private-talk",  # where choices lead
        "confronted",
        "Never confront",  # a remediation
        *(ending["title"] for ending in case["endings"]),
        *(ending["debrief"] for ending in case["endings"]),
    ]
    attempt = start(learner_client, quiz)

    html = page(learner_client, attempt)
    assert first["text"] in html
    assert all(choice["label"] in html for choice in first["choices"])
    assert second["text"] not in html
    assert not [c["consequence"] for c in first["choices"] if c["consequence"] in html]
    assert not [secret for secret in never_before_the_end if secret in html]
    # What the page is built from holds no part of the key either.
    assert not {"leads_to", "points", "critical", "remediation"} & keys_in(
        case_answer(attempt).asked
    )

    choose(learner_client, attempt, "Speak with her alone")
    html = page(learner_client, attempt)
    taken, *others = first["choices"]
    assert taken["consequence"] in html and second["text"] in html
    assert not [c["consequence"] for c in others if c["consequence"] in html]
    assert not [c["consequence"] for c in second["choices"] if c["consequence"] in html]
    assert not [secret for secret in never_before_the_end if secret in html]

    choose(learner_client, attempt, "Ask her to call her family now")
    html = page(learner_client, attempt)
    assert "She says the agency listens to her calls." in html
    assert "You have reached the end of this case." in html
    assert not [secret for secret in never_before_the_end if secret in html]
    assert 'name="action" value="choose-' not in html
    assert not {"leads_to", "points", "critical", "remediation"} & keys_in(
        case_answer(attempt).asked
    )


def test_a_stale_tampered_or_replayed_step_is_refused_and_changes_nothing(
    learner_client, ready, quiz
):
    attempt = start(learner_client, quiz)
    answer = case_answer(attempt)
    pk = answer.question_pk
    assert choose(learner_client, attempt, "Speak with her alone").status_code == 302
    before = case_answer(attempt)
    statements = Statement.objects.count()

    replayed = choose(learner_client, attempt, "Speak with her alone")
    assert replayed.status_code == 400
    assert "That choice is not offered where you stand in the case" in replayed.content.decode()
    ahead = choose(learner_client, attempt, "Confront the man about the passport")
    assert ahead.status_code == 400
    tampered = learner_client.post(
        f"/learn/attempts/{attempt.pk}/", {"action": f"choose-q{pk}", f"q{pk}": "nowhere"}
    )
    assert tampered.status_code == 400
    assert "That choice is not offered where you stand in the case" in tampered.content.decode()
    nothing = learner_client.post(f"/learn/attempts/{attempt.pk}/", {"action": f"choose-q{pk}"})
    assert nothing.status_code == 400
    assert "Select one of the choices, then press Choose." in nothing.content.decode()

    after = case_answer(attempt)
    assert (after.asked, after.response) == (before.asked, before.response)
    assert Statement.objects.count() == statements

    # A saved form cannot rewrite the path either: the case keeps the steps it took.
    saved = learner_client.post(
        f"/learn/attempts/{attempt.pk}/", {**answer_form(attempt), "action": "save"}
    )
    assert saved.status_code == 302
    assert case_answer(attempt).response == before.response

    submit(learner_client, attempt)
    late = choose(learner_client, attempt, "Tell her where she can get help", follow=True)
    assert "This attempt has already been submitted: no more choices can be made." in (
        late.content.decode()
    )
    assert case_answer(attempt).response == before.response


def test_a_critical_error_fails_the_attempt_whatever_the_score(learner_client, ready, module):
    quiz = make_quiz(
        module,
        [(branching(), {"points": 1}), *[single()] * 9],
        title="Ten questions",
        pass_mark=80,
    )
    attempt = start(learner_client, quiz)
    choose(learner_client, attempt, CONFRONT)
    submit(learner_client, attempt)

    attempt.refresh_from_db()
    assert (attempt.score, attempt.percent) == (9, 90)
    assert attempt.passed is False
    assert Statement.objects.filter(verb="failed").count() == 1
    review = learner_client.get(f"/learn/attempts/{attempt.pk}/review/").content.decode()
    assert "Not passed" in review
    assert "A critical error fails the assessment, whatever the score." in review
    assert "you chose: “Confront the man about the passport”" in review
    assert "Never confront a possible trafficker: it puts her in danger." in review


def test_immediate_feedback_checks_the_other_questions_not_the_case(learner_client, ready, module):
    quiz = make_quiz(module, [branching(), single()], feedback_mode="immediate")
    attempt = start(learner_client, quiz)
    other = AttemptAnswer.objects.get(attempt=attempt, key__kind="single")
    case = case_answer(attempt)
    html = page(learner_client, attempt)
    assert f'value="check-{other.question_pk}"' in html
    assert f'value="check-{case.question_pk}"' not in html

    refused = learner_client.post(
        f"/learn/attempts/{attempt.pk}/", {"action": f"check-{case.question_pk}"}
    )
    assert refused.status_code == 400
    assert "A branching case is graded when the attempt is submitted." in refused.content.decode()
    checked = learner_client.post(
        f"/learn/attempts/{attempt.pk}/",
        {**answer_form(attempt, only={other.position}), "action": f"check-{other.question_pk}"},
    )
    assert checked.status_code == 302
    other.refresh_from_db()
    assert other.checked_at is not None and other.is_correct is True
    # The checked answer is final; the case still moves on.
    assert choose(learner_client, attempt, "Speak with her alone").status_code == 302


def test_an_unfinished_case_scores_nothing_when_submitted(learner_client, ready, quiz):
    attempt = start(learner_client, quiz)
    choose(learner_client, attempt, "Speak with her alone")
    submit(learner_client, attempt)

    attempt.refresh_from_db()
    answer = case_answer(attempt)
    assert answer.score == 0 and len(answer.response) == 1
    assert (attempt.score, attempt.passed) == (1, False)
    review = learner_client.get(f"/learn/attempts/{attempt.pk}/review/").content.decode()
    assert "The case was not finished: it scores no points." in review


def test_an_unfinished_case_scores_nothing_when_the_time_runs_out(learner_client, ready, module):
    quiz = make_quiz(module, [branching(), single()], time_limit_minutes=5)
    attempt = start(learner_client, quiz)
    choose(learner_client, attempt, "Speak with her alone")
    QuizAttempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))

    late = choose(learner_client, attempt, "Tell her where she can get help")
    assert late["Location"] == f"/learn/attempts/{attempt.pk}/review/"
    attempt.refresh_from_db()
    answer = case_answer(attempt)
    assert attempt.graded_from_saved and attempt.is_submitted
    assert len(answer.response) == 1 and answer.score == 0


def test_each_decision_is_a_statement_and_the_case_result_comes_at_submission(
    learner_client, ready, enrolled, quiz, course
):
    attempt = start(learner_client, quiz)
    answer = case_answer(attempt)
    for label in RECOMMENDED:
        choose(learner_client, attempt, label)

    decisions = list(
        Statement.objects.filter(
            verb="answered", object_id__contains=f"/{answer.question_pk}/rev-"
        ).order_by("stored_at")
    )
    assert len(decisions) == 2
    path_extension = "/xapi/extensions/case-path"
    registration = str(enrolled.enrolments.get().registration)
    case_activity = rf"/question/{quiz.translation_key}/{answer.question_pk}/rev-[0-9a-f]{{12}}"
    for number, decision in enumerate(decisions, start=1):
        payload = decision.payload
        assert payload["object"]["definition"]["interactionType"] == "choice"
        assert "correctResponsesPattern" not in payload["object"]["definition"]
        assert payload["context"]["registration"] == registration
        (parent,) = payload["context"]["contextActivities"]["parent"]
        assert re.search(case_activity + "$", parent["id"])
        # Each decision is its situation's activity, whoever reaches it after however many
        # steps: the situation's key, then the revision of what it offers.
        situation = ["counter", "private-talk"][number - 1]
        assert re.search(
            f"{case_activity}/situations/{situation}/rev-[0-9a-f]{{12}}$",
            payload["object"]["id"],
        )
        (path,) = [v for k, v in payload["context"]["extensions"].items() if path_extension in k]
        assert path == [choice_id(answer, label) for label in RECOMMENDED[:number]]
        assert payload["result"]["response"] == path[-1]

    submit(learner_client, attempt)
    # The case's graded statement is about the activity the decisions named as their parent.
    result = Statement.objects.get(verb="answered", object_id=parent["id"]).payload
    assert result["object"]["definition"]["interactionType"] == "performance"
    assert result["result"]["score"] == {"scaled": 1.0, "raw": 4.0, "min": 0.0, "max": 4.0}
    assert result["result"]["response"] == "[,]".join(
        f"{situation}[.]{choice_id(answer, label)}"
        for situation, label in zip(["counter", "private-talk"], RECOMMENDED, strict=True)
    )
    payloads = [decision.payload for decision in decisions] + [result]
    assert Ralph(ralph_python()).validate(payloads) == []


def test_always_asked_questions_are_in_every_attempt_of_a_drawn_quiz(learner_client, ready, module):
    pool = [single() for _ in range(5)]
    quiz = make_quiz(
        module,
        [*pool, (branching(), {"always_asked": True, "prompt": "The case"})],
        draw_count=3,
    )
    for seed in range(30):
        drawn = services.draw_questions(quiz, None, rng=random.Random(seed))
        assert len(drawn) == 3
        assert "The case" in [question.prompt for question in drawn]

    attempt = start(learner_client, quiz)
    assert attempt.answers.count() == 3
    assert case_answer(attempt).asked["title"] == "The au-pair application"
    # The duration counts the case every time (75 words on its longest path: 30 s) and two
    # single-choice questions of the others (45 s each).
    assert quiz.expected_minutes == 2


def test_the_editor_refuses_more_always_asked_questions_than_an_attempt_asks(db, client, module):
    from tests.factories import UserFactory

    client.force_login(UserFactory(role="Trainers"))
    always = {**question("Always", SINGLE), "always_asked": "on"}
    form = quiz_form([always, always, question("Sometimes", SINGLE)], draw_count="1")
    response = client.post(f"/admin/pages/add/quizzes/quizpage/{module.pk}/", form)
    assert response.status_code == 200
    assert (
        "2 questions are always asked, more than the 1 asked per attempt: draw at least 2, "
        "or ask fewer of them always."
    ) in response.content.decode()
    assert not QuizPage.objects.exists()

    form = quiz_form([always, question("Sometimes", SINGLE)], draw_count="1")
    assert client.post(f"/admin/pages/add/quizzes/quizpage/{module.pk}/", form).status_code == 302
    assert QuizPage.objects.get().questions.filter(always_asked=True).count() == 1


def test_a_case_takes_the_time_to_read_its_longest_path(db, module):
    long_case = au_pair_case()
    long_case["situations"][1]["text"] = "<p>" + "word " * 300 + "</p>"
    raw = {
        **long_case,
        "situations": [
            {"type": "item", "value": situation, "id": str(n)}
            for n, situation in enumerate(long_case["situations"])
        ],
    }
    words = longest_path_words(raw)
    # The title 3 words, the introduction 7; at the counter its text 11, its three choices
    # 15, the consequence taken 8; then the long situation 300, its two choices 14 and the
    # longer of their consequences 8. Endings are read at review, not counted.
    assert words == 3 + 7 + 11 + 15 + 8 + 300 + 14 + 8
    quiz = make_quiz(module, [branching(long_case)])
    assert quiz.expected_minutes == 3  # 366 words at 150 a minute


def test_a_case_written_as_content_is_walked_by_demo_learners(ready, module):
    case = au_pair_case()
    spec = {"kind": "branching", "case": (case, case)}
    quiz = make_quiz(module, [("branching", kinds.get("branching").demo_value(spec, 1))])
    for right, path, score in (
        (0, ["Speak with her alone", "Ask her to call her family now"], Decimal("0.50")),
        (1, RECOMMENDED, Decimal("1.00")),
    ):
        attempt, _ = services.attempt_start(ready, quiz)
        demo_steps(ready, attempt, right, timezone.now())
        services.attempt_submit(ready, attempt.pk, demo_answers(attempt, right))
        answer = case_answer(attempt)
        # A demo learner who gets it wrong misses honestly, without a critical error.
        assert answer.response == [choice_id(answer, label) for label in path]
        assert answer.score == score


def test_the_trainers_preview_shows_the_recommended_path(db, module):
    quiz = make_quiz(module, [branching()])
    html = quiz.make_preview_request().content.decode()
    assert "The recommended path" in html
    assert all(label in html for label in RECOMMENDED)
    assert "ending “Referred”" in html
    assert "The case was not finished" not in html


def test_a_final_assessments_branching_cases_are_always_asked(db, monkeypatch):
    from quizzes import demo, demo_curriculum

    case = au_pair_case()
    spec = {
        "kind": "branching",
        "prompt": ("At the counter", "Vid disken"),
        "explanation": ("Talk with her alone first.", "Tala med henne enskilt först."),
        "tags": ["referral"],
        "points": 4,
        "case": (case, case),
    }
    monkeypatch.setitem(demo_curriculum.FINAL_ASSESSMENTS, "a-course", {"questions": []})
    monkeypatch.setitem(demo_curriculum.BRANCHING_QUESTIONS, "a-course", [spec])

    (question,) = demo._questions(demo_curriculum.final_assessment("a-course")["questions"], 1)
    assert question.always_asked and question.kind == "branching"
    assert question.prompt == "Vid disken" and question.points == 4


def case_form(case):
    """The editor's fields for a case in BranchingCaseBlock's shape."""
    from wagtail.test.utils.form_data import rich_text

    from .test_authoring import list_block

    return (
        "branching",
        {
            "title": case["title"],
            "intro": rich_text(case["intro"]),
            "situations": list_block(
                [
                    {
                        "key": situation["key"],
                        "text": rich_text(situation["text"]),
                        "image": "",
                        "image_alt": "",
                        "choices": list_block(
                            [
                                {
                                    "label": choice["label"],
                                    "leads_to": choice["leads_to"],
                                    "consequence": choice["consequence"],
                                    "points": str(choice["points"]),
                                    "remediation": choice["remediation"],
                                    **({"critical": "on"} if choice["critical"] else {}),
                                }
                                for choice in situation["choices"]
                            ]
                        ),
                    }
                    for situation in case["situations"]
                ]
            ),
            "endings": list_block(
                [
                    {"key": e["key"], "title": e["title"], "debrief": rich_text(e["debrief"])}
                    for e in case["endings"]
                ]
            ),
        },
    )


def test_a_trainer_writes_a_case_in_the_quiz_editor_and_a_broken_one_is_refused(db, client, module):
    from tests.factories import UserFactory

    client.force_login(UserFactory(role="Trainers"))
    url = f"/admin/pages/add/quizzes/quizpage/{module.pk}/"
    broken = au_pair_case()
    broken["situations"][1]["choices"][1]["leads_to"] = "nowhere"
    response = client.post(url, quiz_form([question("At the counter", case_form(broken))]))
    assert response.status_code == 200
    # The editor's blocks carry their errors as JSON in an attribute.
    html = response.content.decode().replace("\\u201c", "“").replace("\\u201d", "”")
    assert "leads to “nowhere”, which is not in the case." in html
    assert not QuizPage.objects.exists()

    case = {**question("At the counter", case_form(au_pair_case())), "always_asked": "on"}
    response = client.post(url, quiz_form([case]))
    assert response.status_code == 302, response.content.decode()[:2000]
    (saved,) = QuizPage.objects.get().questions.all()
    assert saved.kind == "branching" and saved.always_asked
    assert [s["key"] for s in saved.answer[0].value["situations"]] == ["counter", "private-talk"]


def curriculum_cases():
    from quizzes.demo_curriculum import BRANCHING_QUESTIONS

    return [
        pytest.param(spec, lang, id=f"{slug}-{number}-{('en', 'sv')[lang]}")
        for slug, specs in BRANCHING_QUESTIONS.items()
        for number, spec in enumerate(specs, start=1)
        for lang in (0, 1)
    ]


@pytest.mark.parametrize(("spec", "lang"), curriculum_cases())
def test_every_assessed_case_of_the_curriculum_is_asked_and_graded_by_the_kind(db, spec, lang):
    from quizzes.models import QuizQuestion

    kind = kinds.get("branching")
    question = QuizQuestion(
        prompt=spec["prompt"][lang], answer=[("branching", kind.demo_value(spec, lang))]
    )
    question.answer.stream_block.child_blocks["branching"].clean(question.answer[0].value)
    asked, key = question.snapshot(random.Random(0), shuffle_options=True)
    assert asked["situation"]["choices"] and not asked["steps"]
    right = kind.demo_response(asked, key, right=True)
    assert kind.grade(key, right) == 1 and kind.critical_error(key, right) is None
    wrong = kind.demo_response(asked, key, right=False)
    assert kind.grade(key, wrong) < 1 and kind.critical_error(key, wrong) is None
    path = []
    for choice in right:
        asked, path = kind.step(asked, key, path, choice)
    assert asked["finished"] and asked["situation"] is None and path == right
