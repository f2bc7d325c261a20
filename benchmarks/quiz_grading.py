"""Grading time for a 50-question attempt, and the attempt page at 100,000 stored attempts.

    make bench                      # SQLite file under var/ (created once, reused)
    DATABASE_URL=postgres://... make bench

Prints: pure grading of 50 questions of every kind (no database); a whole submit through the
service (lock, validate the form, grade, write 50 answers); then, with 100,000 submitted attempts
(500,000 answers) stored for the quiz, the server time and query count of the attempt page,
the review page and the admin quiz report — the last in CPU and wall time, median and p95,
DEBUG off, beside issue 17's goal for it (under 300 ms: met or not met)."""

import os
import random
import time

from _django import (  # benchmarks/ is on sys.path when a script here runs
    cpu_note,
    machine_load,
    measured,
    percentiles,
    setup,
    sign_in_staff,
    time_goal_rows,
    timed,
)

setup("bench-quizzes.sqlite3")

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.http import QueryDict  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from courses import services as course_services  # noqa: E402
from courses.models import CourseCataloguePage, CoursePage, LessonPage, ModulePage  # noqa: E402
from quizzes import services  # noqa: E402
from quizzes.grading import grade_attempt, grade_question  # noqa: E402
from quizzes.models import AttemptAnswer, QuizAttempt, QuizPage, QuizQuestion  # noqa: E402
from tests.quizzes.conftest import answer_post  # noqa: E402

QUESTIONS = 50
STORED_ATTEMPTS = 100_000
ANSWERS_PER_STORED = 5
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
REPORT_GOAL_MS = 300  # issue 17: the admin quiz report at 100,000 attempts


def answer_blocks():
    single = {
        "options": [
            {"text": "Refer", "is_correct": True, "feedback": ""},
            {"text": "Ignore", "is_correct": False, "feedback": "No"},
            {"text": "Confront", "is_correct": False, "feedback": ""},
        ]
    }
    multiple = {
        "options": [
            {"text": t, "is_correct": c, "feedback": ""}
            for t, c in [("Debt", True), ("Passport kept", True), ("Holiday", False)]
        ]
    }
    matching = {
        "pairs": [{"prompt": f"Item {i}", "match": f"Match {i}"} for i in range(4)],
        "distractors": ["Other"],
    }
    scenario = {
        "case": "<p>A worker at a car wash has no passport.</p>",
        "sub_questions": [
            {"prompt": "Indicator?", "answer": [("true_false", {"correct_answer": "true"})]},
            {"prompt": "Next step?", "answer": [("single", single)]},
        ],
    }
    return [
        ("single", single),
        ("multiple", multiple),
        ("true_false", {"correct_answer": "false"}),
        ("matching", matching),
        ("ordering", {"steps": ["Notice", "Talk alone", "Assess risk", "Refer", "Follow up"]}),
        ("short_answer", {"accepted_answers": ["Safe Trip", "safetrip.se"]}),
        ("scenario", scenario),
    ]


def seed():
    if QuizPage.objects.filter(slug="bench-quiz").exists():
        return QuizPage.objects.get(slug="bench-quiz")
    started = time.perf_counter()
    catalogue = CourseCataloguePage.objects.get(locale__language_code="en")
    course = catalogue.add_child(
        instance=CoursePage(title="Quiz bench", slug="quiz-bench", summary="Benchmark course.")
    )
    module = course.add_child(instance=ModulePage(title="Module", slug="module"))
    module.add_child(
        instance=LessonPage(title="Lesson", slug="lesson", body=[("text", "<p>Read.</p>")])
    )
    blocks = answer_blocks()
    quiz = QuizPage(title="Bench quiz", slug="bench-quiz", shuffle_options=True)
    quiz.questions = [
        QuizQuestion(prompt=f"Question {i}", answer=[blocks[i % len(blocks)]], sort_order=i)
        for i in range(QUESTIONS)
    ]
    module.add_child(instance=quiz)
    quiz.save_revision().publish()
    print(f"course and 50-question quiz seeded in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    learners = STORED_ATTEMPTS // 5
    User.objects.bulk_create(
        [
            User(email=f"quizbench{i}@example.org", first_name="Q", last_name=str(i), password="!")
            for i in range(learners)
        ],
        batch_size=5000,
    )
    users = list(User.objects.filter(email__startswith="quizbench").values_list("pk", flat=True))
    questions = list(quiz.questions.all())
    rng = random.Random(3)
    snapshots = [q.snapshot(rng, True) for q in questions[:ANSWERS_PER_STORED]]
    now = timezone.now()
    batch = []

    def flush():
        with transaction.atomic():
            created = QuizAttempt.objects.bulk_create(batch)
            answers = []
            for attempt in created:
                for position, (question, (asked, key)) in enumerate(
                    zip(questions, snapshots, strict=False), start=1
                ):
                    correct = rng.random() < 0.7
                    answers.append(
                        AttemptAnswer(
                            attempt=attempt,
                            position=position,
                            question=question,
                            question_pk=question.pk,
                            quiz_key=attempt.quiz_key,
                            asked=asked,
                            key=key,
                            points=1,
                            score=1 if correct else 0,
                            is_correct=correct,
                        )
                    )
            AttemptAnswer.objects.bulk_create(answers, batch_size=5000)
        batch.clear()

    for user_pk in users:
        for number in range(1, 6):
            percent = rng.randint(0, 100)
            batch.append(
                QuizAttempt(
                    user_id=user_pk,
                    quiz=quiz,
                    quiz_key=quiz.translation_key,
                    course_key=course.translation_key,
                    quiz_title=quiz.title,
                    number=number,
                    started_at=now,
                    submitted_at=now,
                    pass_mark=80,
                    feedback_mode="after_submission",
                    show_correct_answers=True,
                    score=percent * ANSWERS_PER_STORED / 100,
                    max_score=ANSWERS_PER_STORED,
                    percent=percent,
                    passed=percent >= 80,
                )
            )
        if len(batch) >= 5000:
            flush()
    if batch:
        flush()
    print(
        f"{QuizAttempt.objects.count()} attempts, {AttemptAnswer.objects.count()} answers "
        f"seeded in {time.perf_counter() - started:.1f} s"
    )
    return quiz


def bench_pure_grading(attempt):
    answers = list(attempt.answers.all())
    keys = [(a.key, a.points) for a in answers]
    # The responses a grader sees: read once from the same form the page would post.
    from quizzes.responses import read_responses

    data = answer_post(attempt)
    responses = read_responses(services.drawn(answers), data)
    ordered = [responses[a.question_pk] for a in answers]
    samples = []
    for _ in range(200):
        started = time.perf_counter()
        results = [grade_question(k, r, p) for (k, p), r in zip(keys, ordered, strict=True)]
        total = grade_attempt(results, 80)
        samples.append((time.perf_counter() - started) * 1000)
    assert total.percent == 100
    read_samples = []
    for _ in range(200):
        started = time.perf_counter()
        read_responses(services.drawn(answers), data)
        read_samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples), percentiles(read_samples), data


def main():
    call_command("migrate", verbosity=0)
    quiz = seed()
    course = CoursePage.objects.get(slug="quiz-bench")
    learner = User.objects.filter(email="quiz-bench-learner@example.org").first()
    if learner is None:
        learner = User.objects.create_user("quiz-bench-learner@example.org", "unused-pw-123")
        course_services.enrolment_create(learner, course)
        course_services.lesson_complete(learner, LessonPage.objects.descendant_of(course).get())
    QuizAttempt.objects.filter(user=learner).delete()
    attempt, _ = services.attempt_start(learner, quiz)

    (grade_median, grade_p95), (read_median, read_p95), data = bench_pure_grading(attempt)

    submit_samples = []
    for _ in range(10):
        QuizAttempt.objects.filter(user=learner).delete()
        fresh, _ = services.attempt_start(learner, quiz)
        form = answer_post(fresh)
        started = time.perf_counter()
        outcome = services.attempt_submit(learner, fresh.pk, form)
        submit_samples.append((time.perf_counter() - started) * 1000)
        assert outcome.attempt.percent == 100
    submit_median, submit_p95 = percentiles(submit_samples)

    QuizAttempt.objects.filter(user=learner).delete()
    open_attempt, _ = services.attempt_start(learner, quiz)
    client = Client()
    client.force_login(learner)
    stored = QuizAttempt.objects.count()
    answers = AttemptAnswer.objects.count()
    print(f"\n{connection.vendor}, {stored} stored attempts, {answers} stored answers")
    print(f"{'measure':44} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    print(
        f"{'grade 50 questions (pure functions)':44} {grade_median:10.3f} {grade_p95:8.3f} {'-':>8}"
    )
    print(f"{'read + validate a 50-question form':44} {read_median:10.3f} {read_p95:8.3f} {'-':>8}")
    print(f"{'submit: lock, validate, grade, write':44} {submit_median:10.1f} {submit_p95:8.1f}")
    with override_settings(DEBUG=True, ALLOWED_HOSTS=["testserver"]):
        for label, url, rounds in [
            ("attempt page (50 questions)", f"/learn/attempts/{open_attempt.pk}/", ROUNDS),
        ]:
            median, p95, queries = timed(client, url, rounds)
            print(f"{label:44} {median:10.1f} {p95:8.1f} {queries:8d}")
        services.attempt_submit(learner, open_attempt.pk, QueryDict())
        median, p95, queries = timed(client, f"/learn/attempts/{open_attempt.pk}/review/", ROUNDS)
        print(f"{'review page (50 questions, feedback)':44} {median:10.1f} {p95:8.1f} {queries:8d}")
    admin = User.objects.filter(email="quiz-bench-admin@example.org").first()
    if admin is None:
        admin = User.objects.create_superuser("quiz-bench-admin@example.org", "unused-pw-123")
    sign_in_staff(client, admin)
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        report = measured(client, f"/admin/quizzes/{quiz.pk}/report/", ROUNDS)
    print(
        f"\nthe admin quiz report over {stored:,} attempts, DEBUG off; {cpu_note()}; "
        f"{machine_load()}"
    )
    time_goal_rows([("admin quiz report", report)], REPORT_GOAL_MS)


if __name__ == "__main__":
    main()
