"""Seed a large catalogue and print server-side timings of the learner pages.

    make bench                      # SQLite file under var/ (created once, reused)
    DATABASE_URL=postgres://... make bench

Seeds 50 courses × 5 modules × 6 lessons (1,800 pages) and 10,000 learners with enrolments
and progress, then requests each page type through Django's test client (no network, so the
figure is server time) and prints median and p95 beside the home page, our barest Wagtail
page, as a ratio."""

import os
import random
import time

from _django import setup, timed  # benchmarks/ is on sys.path when a script here runs

setup("bench.sqlite3")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from courses import services  # noqa: E402
from courses.models import (  # noqa: E402
    CourseCataloguePage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
)

COURSES, MODULES, LESSONS = 50, 5, 6
LEARNERS = 10_000
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
BODY = [
    ("text", "<p>Recruiters often promise ordinary work; exploitation begins on arrival.</p>"),
    ("key_takeaways", {"heading": "Key takeaways", "points": ["Look for combinations"]}),
]


def seed():
    catalogue = CourseCataloguePage.objects.get(locale__language_code="en")
    if CoursePage.objects.filter(slug="bench-course-0").exists():
        return
    started = time.perf_counter()
    for c in range(COURSES):
        course = catalogue.add_child(
            instance=CoursePage(
                title=f"Bench course {c}", slug=f"bench-course-{c}", summary="Benchmark course."
            )
        )
        for m in range(MODULES):
            module = course.add_child(instance=ModulePage(title=f"Module {m}", slug=f"module-{m}"))
            for n in range(LESSONS):
                module.add_child(
                    instance=LessonPage(title=f"Lesson {n}", slug=f"lesson-{n}", body=BODY)
                )
    print(f"pages seeded in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    users = [
        User(email=f"bench{i}@example.org", first_name="Bench", last_name=str(i), password="!")
        for i in range(LEARNERS)
    ]
    User.objects.bulk_create(users, batch_size=2000)
    users = list(User.objects.filter(email__startswith="bench"))
    courses = list(CoursePage.objects.filter(slug__startswith="bench-course-"))
    lessons_by_course = {
        course.pk: list(LessonPage.objects.descendant_of(course).order_by("path"))
        for course in courses
    }
    rng = random.Random(7)
    now = timezone.now()
    enrolments, progress = [], []
    for user in users:
        for course in rng.sample(courses, 3):
            enrolments.append(
                Enrolment(user=user, course=course, course_key=course.translation_key)
            )
            for lesson in lessons_by_course[course.pk][: rng.randint(0, 8)]:
                progress.append(
                    LessonProgress(
                        user=user,
                        lesson=lesson,
                        lesson_key=lesson.translation_key,
                        course_key=course.translation_key,
                        completed_at=now,
                    )
                )
    Enrolment.objects.bulk_create(enrolments, batch_size=5000)
    LessonProgress.objects.bulk_create(progress, batch_size=5000)
    print(
        f"{len(users)} learners, {len(enrolments)} enrolments, {len(progress)} lesson records "
        f"seeded in {time.perf_counter() - started:.1f} s"
    )


def main():
    call_command("migrate", verbosity=0)
    seed()
    learner = User.objects.filter(email="bench-learner@example.org").first()
    courses = list(CoursePage.objects.filter(slug__startswith="bench-course-").order_by("path"))
    if learner is None:
        learner = User.objects.create_user("bench-learner@example.org", "unused-password-123")
        for course in courses[:5]:
            services.enrolment_create(learner, course)
        for lesson in list(LessonPage.objects.descendant_of(courses[0]).order_by("path"))[:12]:
            services.lesson_complete(learner, lesson)
    lesson = LessonPage.objects.descendant_of(courses[0]).order_by("path")[12]
    catalogue = CourseCataloguePage.objects.get(locale__language_code="en")
    client = Client()
    client.force_login(learner)
    pages = [
        ("home page (bare Wagtail page)", "/"),
        ("catalogue (50 courses)", catalogue.url),
        ("course (5 modules × 6 lessons)", courses[0].url),
        ("lesson", lesson.url),
        ("dashboard (5 enrolments)", "/dashboard/"),
    ]
    users, lessons = User.objects.count(), LessonPage.objects.count()
    print(f"\n{connection.vendor}, {users} users, {lessons} lessons, {ROUNDS} requests per page")
    print(f"{'page':34} {'median ms':>10} {'p95 ms':>8} {'queries':>8} {'× bare':>7}")
    # DEBUG makes connection.queries record the count; the test client calls itself testserver.
    with override_settings(DEBUG=True, ALLOWED_HOSTS=["testserver"]):
        base = None
        for label, url in pages:
            median, p95, queries = timed(client, url, ROUNDS)
            base = base or median
            print(f"{label:34} {median:10.1f} {p95:8.1f} {queries:8d} {median / base:7.1f}")


if __name__ == "__main__":
    main()
