"""The course analytics page at 10,000 learners and 100,000 quiz attempts.

    python benchmarks/course_analytics.py          # SQLite file under var/ (seeded once)
    DATABASE_URL=postgres://... python benchmarks/course_analytics.py

Seeds, once, a course of 5 modules × 4 lessons (one lesson per module for the police only)
with a module quiz and a final assessment of 10 questions each; 10,000 learners in 5 roles
and 40 organisations, all enrolled over the last 18 months (about 60 % completed), with their
completed lessons; and 100,000 submitted attempts (500,000 answers). Then prints the server
time of the analytics page and two CSV exports — CPU and wall, median and p95, DEBUG off —
with their query counts, beside issue 17's goal (under 300 ms: met or not met), and the admin
dashboard for scale."""

import os
import random
import time
from datetime import timedelta
from decimal import Decimal

from _django import (  # benchmarks/ is on sys.path when a script here runs
    cpu_note,
    machine_load,
    measured,
    setup,
    sign_in_staff,
    time_goal_rows,
)

setup("bench-analytics.sqlite3")

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from courses.models import (  # noqa: E402
    Audience,
    CourseCataloguePage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
)
from organisations.models import Organisation  # noqa: E402
from quizzes.models import AttemptAnswer, QuizAttempt, QuizPage, QuizQuestion  # noqa: E402

LEARNERS = int(os.environ.get("BENCH_LEARNERS", "10000"))
ATTEMPTS = int(os.environ.get("BENCH_ATTEMPTS", "100000"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
GOAL_MS = 300  # issue 17: course analytics at 100,000 attempts
ANSWERS_PER_ATTEMPT = 5
BATCH = 5000


def single(n):
    return (
        "single",
        {
            "options": [
                {"text": f"Right {n}", "is_correct": True, "feedback": ""},
                {"text": f"Wrong {n}", "is_correct": False, "feedback": ""},
            ]
        },
    )


def seed_course() -> tuple[CoursePage, list[QuizPage], list[LessonPage]]:
    catalogue = CourseCataloguePage.objects.get(locale__language_code="en")
    course = catalogue.add_child(
        instance=CoursePage(title="Analytics bench", slug="analytics-bench", summary="Bench.")
    )
    police, _ = Audience.objects.get_or_create(slug="police", defaults={"name": "Police"})
    quizzes = []
    for m in range(5):
        module = course.add_child(instance=ModulePage(title=f"Module {m + 1}", slug=f"m{m}"))
        for n in range(4):
            lesson = module.add_child(
                instance=LessonPage(title=f"Lesson {m}.{n}", slug=f"l{n}", body=[])
            )
            if n == 3:
                lesson.audiences = [police]
                lesson.save()
        if m == 2:
            quiz = QuizPage(title="Module quiz", slug="module-quiz")
            quiz.questions = [
                QuizQuestion(prompt=f"Module question {i}", answer=[single(i)], sort_order=i)
                for i in range(10)
            ]
            quizzes.append(module.add_child(instance=quiz))
    quiz = QuizPage(title="Final assessment", slug="final")
    quiz.questions = [
        QuizQuestion(prompt=f"Final question {i}", answer=[single(i)], sort_order=i)
        for i in range(10)
    ]
    quizzes.append(course.add_child(instance=quiz))
    lessons = list(LessonPage.objects.descendant_of(course).order_by("path"))
    return course, quizzes, lessons


def seed():
    existing = CoursePage.objects.filter(slug="analytics-bench").first()
    if existing is not None:
        return existing
    started = time.perf_counter()
    rng = random.Random(7)
    course, quizzes, lessons = seed_course()
    audiences = [
        Audience.objects.get_or_create(slug=slug, defaults={"name": slug.title()})[0]
        for slug in ("police", "consular-staff", "migration", "judges", "social-services")
    ]
    Organisation.objects.bulk_create(
        [Organisation(name=f"Bench organisation {i}") for i in range(40)]
    )
    organisations = list(Organisation.objects.filter(name__startswith="Bench organisation"))
    User.objects.bulk_create(
        [
            User(
                email=f"analytics{i}@example.org",
                first_name="A",
                last_name=str(i),
                password="!",
                audience=rng.choice(audiences),
                organisation=rng.choice(organisations),
            )
            for i in range(LEARNERS)
        ],
        batch_size=BATCH,
    )
    users = list(User.objects.filter(email__startswith="analytics").values_list("pk", flat=True))
    now = timezone.now()
    enrolments, progress = [], []
    for user in users:
        enrolled = now - timedelta(days=rng.randint(0, 540))
        done = rng.random() < 0.6
        enrolments.append(
            Enrolment(
                user_id=user,
                course=course,
                course_key=course.translation_key,
                enrolled_at=enrolled,
                completed_at=enrolled + timedelta(days=rng.randint(1, 60)) if done else None,
            )
        )
        read = len(lessons) if done else rng.randint(0, len(lessons))
        progress += [
            LessonProgress(
                user_id=user,
                lesson=lesson,
                lesson_key=lesson.translation_key,
                course_key=course.translation_key,
                completed_at=enrolled,
            )
            for lesson in lessons[:read]
        ]
    with transaction.atomic():
        Enrolment.objects.bulk_create(enrolments, batch_size=BATCH)
        LessonProgress.objects.bulk_create(progress, batch_size=BATCH)
        _spread_enrolment_dates(rng, now)
    questions = {q.pk: list(q.questions.all()) for q in quizzes}
    per_learner = max(1, ATTEMPTS // len(users))
    made = 0
    for chunk_start in range(0, len(users), 1000):
        attempts = []
        for user in users[chunk_start : chunk_start + 1000]:
            for number in range(per_learner):
                if made + len(attempts) >= ATTEMPTS:
                    break
                quiz = quizzes[number % len(quizzes)]
                percent = Decimal(rng.choice(range(0, 101, 10)))
                attempts.append(
                    QuizAttempt(
                        user_id=user,
                        quiz=quiz,
                        quiz_key=quiz.translation_key,
                        course_key=course.translation_key,
                        quiz_title=quiz.title,
                        number=number // len(quizzes) + 1,
                        started_at=now,
                        submitted_at=now,
                        pass_mark=80,
                        feedback_mode="after_submission",
                        show_correct_answers=True,
                        score=percent / 10,
                        max_score=10,
                        percent=percent,
                        passed=percent >= 80,
                    )
                )
        with transaction.atomic():
            created = QuizAttempt.objects.bulk_create(attempts, batch_size=BATCH)
            answers = []
            for attempt in created:
                asked = rng.sample(questions[attempt.quiz_id], ANSWERS_PER_ATTEMPT)
                for position, question in enumerate(asked, start=1):
                    # Question n is right with probability 0.3 + n/20: the hardest are known.
                    correct = rng.random() < 0.3 + question.sort_order / 20
                    answers.append(
                        AttemptAnswer(
                            attempt=attempt,
                            position=position,
                            question=question,
                            question_pk=question.pk,
                            quiz_key=attempt.quiz_key,
                            asked={"prompt": question.prompt},
                            key={},
                            points=1,
                            score=1 if correct else 0,
                            is_correct=correct,
                        )
                    )
            AttemptAnswer.objects.bulk_create(answers, batch_size=BATCH)
        made += len(attempts)
    print(
        f"seeded {len(users):,} learners, {len(progress):,} completed lessons, {made:,} attempts "
        f"({made * ANSWERS_PER_ATTEMPT:,} answers) in {time.perf_counter() - started:.0f} s"
    )
    return course


def _spread_enrolment_dates(rng, now):
    """``enrolled_at`` is auto_now_add, so bulk_create stamped every row with now: spread them
    over 18 months, keeping each completion after its enrolment."""
    rows = list(Enrolment.objects.values_list("pk", "completed_at"))
    updates = []
    for pk, completed in rows:
        if completed is not None:
            enrolled = completed - timedelta(days=rng.randint(1, 60))
        else:
            enrolled = now - timedelta(days=rng.randint(0, 540))
        updates.append(Enrolment(pk=pk, enrolled_at=enrolled))
    Enrolment.objects.bulk_update(updates, ["enrolled_at"], batch_size=BATCH)


def main():
    call_command("migrate", verbosity=0)
    course = seed()
    admin = User.objects.filter(email="analytics-admin@example.org").first()
    if admin is None:
        admin = User.objects.create_superuser("analytics-admin@example.org", "bench-password")
    client = Client()
    sign_in_staff(client, admin)
    print(
        f"\n{Enrolment.objects.filter(course_key=course.translation_key).count():,} enrolments, "
        f"{QuizAttempt.objects.filter(course_key=course.translation_key).count():,} attempts, "
        f"{AttemptAnswer.objects.count():,} answers ({connection.vendor}), DEBUG off; "
        f"{cpu_note()}; {machine_load()}"
    )
    with override_settings(ALLOWED_HOSTS=["testserver"]):
        results = [
            ("analytics page /admin/analytics/<id>/", f"/admin/analytics/{course.pk}/", ROUNDS),
            ("CSV export (quizzes)", f"/admin/analytics/{course.pk}/quizzes.csv", ROUNDS),
            ("CSV export (funnel)", f"/admin/analytics/{course.pk}/funnel.csv", ROUNDS),
            ("admin dashboard (for scale)", "/admin/", 10),
        ]
        results = [(label, measured(client, url, rounds)) for label, url, rounds in results]
    time_goal_rows(results[:-1], GOAL_MS)
    (label, dashboard), page = results[-1], results[0][1]
    print(
        f"{label}: CPU median {dashboard['cpu'][0]:.1f} ms, {dashboard['queries']} queries; "
        f"the analytics page is ×{page['cpu'][0] / dashboard['cpu'][0]:.1f} it"
    )


if __name__ == "__main__":
    main()
