"""Seed a large catalogue and print server-side timings of the learner pages against a floor.

    make bench                      # SQLite file under var/ (created once, reused)
    DATABASE_URL=postgres://... make bench

Seeds 50 courses × 5 modules × 6 lessons (1,800 pages), a 6-lesson and a 60-lesson course
(the second with a quiz) and 10,000 learners with enrolments and progress, then requests each
page type through Django's test client (no network, so the figure is server time, DEBUG off)
and prints CPU and wall median and p95, queries, and the ratio to the floor — a bare Wagtail
page (title and rich text, minimal template: benchmarks/floor) served by the same settings in
the same run — beside issue 17's goal for that page: met or not met."""

import json
import os
import random
import sys
import time

from _django import measured, setup  # benchmarks/ is on sys.path when a script here runs

setup("bench.sqlite3", settings="bench_settings")

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from floor.models import BarePage  # noqa: E402

from accounts.models import User  # noqa: E402
from certificates import codes, credentials  # noqa: E402
from certificates.models import Certificate  # noqa: E402
from courses import services  # noqa: E402
from courses.models import (  # noqa: E402
    CourseCataloguePage,
    CoursePage,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
)
from home.models import HomePage  # noqa: E402
from quizzes.models import QuizPage, QuizQuestion  # noqa: E402

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


def course_of(catalogue, slug, modules, lessons, quiz=False):
    """A course of ``modules`` × ``lessons`` (found if an earlier run seeded it), with a
    five-question quiz in its first module when asked."""
    course = CoursePage.objects.filter(slug=slug).first()
    if course is not None:
        return course
    course = catalogue.add_child(
        instance=CoursePage(title=slug.replace("-", " ").capitalize(), slug=slug, summary="Bench.")
    )
    for m in range(modules):
        module = course.add_child(instance=ModulePage(title=f"Module {m}", slug=f"module-{m}"))
        for n in range(lessons):
            lesson = LessonPage(title=f"Lesson {n}", slug=f"lesson-{n}", body=BODY)
            module.add_child(instance=lesson)
        if quiz and m == 0:
            single = {
                "options": [
                    {"text": "Refer", "is_correct": True, "feedback": ""},
                    {"text": "Confront", "is_correct": False, "feedback": ""},
                ]
            }
            quiz_page = QuizPage(title="Module quiz", slug="module-quiz")
            quiz_page.questions = [
                QuizQuestion(prompt=f"Question {i}", answer=[("single", single)], sort_order=i)
                for i in range(5)
            ]
            module.add_child(instance=quiz_page)
    return course


def floor_page():
    bare = BarePage.objects.filter(slug="bench-floor").first()
    if bare is None:
        home = HomePage.objects.get(locale__language_code="en")
        bare = home.add_child(
            instance=BarePage(title="The floor", slug="bench-floor", body="<p>" + "Text. " * 80)
        )
    return bare


def certificate_of(learner, course):
    certificate = Certificate.objects.filter(holder=learner).first()
    if certificate is None:
        now = timezone.now()
        certificate = Certificate.objects.create(
            status_list=0,  # the only certificate here: the first bit of the first list
            status_list_index=0,
            code=codes.generate(),
            holder=learner,
            holder_name="Bench Learner",
            course_key=course.translation_key,
            course_title=course.title,
            course_version="1",
            issued_at=now,
            status_changed_at=now,
            issuer_name="Frontline Academy",
        )
        certificate.credential, certificate.signing_kid = credentials.sign_certificate(certificate)
        certificate.save(update_fields=["credential", "signing_kid"])
    return certificate


# Issue 17's goals: each page at most this many times the floor's CPU median.
GOAL = {"home": 1.3}
DEFAULT_GOAL = 2.0


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
    catalogue = CourseCataloguePage.objects.get(locale__language_code="en")
    # Both with a module quiz, so that the two differ in size alone.
    small = course_of(catalogue, "bench-6-lessons", modules=2, lessons=3, quiz=True)
    large = course_of(catalogue, "bench-60-lessons", modules=6, lessons=10, quiz=True)
    for course, done in ((small, 2), (large, 20)):
        if not Enrolment.objects.filter(user=learner, course_key=course.translation_key).exists():
            services.enrolment_create(learner, course)
            for lesson in list(LessonPage.objects.descendant_of(course).order_by("path"))[:done]:
                services.lesson_complete(learner, lesson)
    bare = floor_page()
    certificate = certificate_of(learner, large)

    def third_lesson(course):
        return LessonPage.objects.descendant_of(course).order_by("path")[2].url

    client = Client()
    client.force_login(learner)
    if "--peer-rows" in sys.argv:
        # For wagtail_lms_peer.py: the rows the peer has, as JSON on the last line.
        peer_rows = {
            "course, 6 lessons": small.url,
            "course, 60 lessons": large.url,
            "lesson of a 6-lesson course": third_lesson(small),
            "lesson of a 60-lesson course": third_lesson(large),
        }
        figures = {label: measured(client, url, ROUNDS) for label, url in peer_rows.items()}
        print(json.dumps(figures))
        return
    pages = [
        ("home", "/"),
        (f"catalogue ({CoursePage.objects.live().count()} courses)", catalogue.url),
        ("course, 6 lessons", small.url),
        ("course, 30 lessons", courses[0].url),
        ("course, 60 lessons", large.url),
        ("module of the 60-lesson course", ModulePage.objects.child_of(large).first().url),
        ("lesson, 6-lesson course", third_lesson(small)),
        ("lesson, 30-lesson course", LessonPage.objects.descendant_of(courses[0])[12].url),
        ("lesson, 60-lesson course", third_lesson(large)),
        ("quiz landing", QuizPage.objects.descendant_of(large).first().url),
        ("dashboard (7 enrolments)", "/dashboard/"),
        ("verify page", f"/verify/{certificate.code}/"),
    ]
    users, lessons = User.objects.count(), LessonPage.objects.count()
    print(f"\n{connection.vendor}, {users} users, {lessons} lessons, {ROUNDS} requests per page")
    print("signed in as a learner; the floor is the same request to a bare Wagtail page")
    header = f"{'page':32} {'CPU ms':>13} {'wall ms':>13} {'queries':>7} {'× floor':>7}  goal"
    print(header + "\n" + f"{'':32} {'median':>6} {'p95':>6} {'median':>6} {'p95':>6}")
    floor = measured(client, bare.url, ROUNDS)
    row("floor: bare Wagtail page", floor, None, None)
    results = {}
    for label, url in pages:
        results[label] = measured(client, url, ROUNDS)
        goal = GOAL.get(label, DEFAULT_GOAL)
        row(label, results[label], results[label]["cpu"][0] / floor["cpu"][0], goal)
    print()
    for kind, small_label, large_label in (
        ("course", "course, 6 lessons", "course, 60 lessons"),
        ("lesson", "lesson, 6-lesson course", "lesson, 60-lesson course"),
    ):
        small_page, large_page = results[small_label], results[large_label]
        growth = large_page["cpu"][0] / small_page["cpu"][0] - 1
        flat = growth <= 0.10 and large_page["queries"] == small_page["queries"]
        print(
            f"{kind} page, 60 lessons against 6: CPU {growth:+.0%}, queries "
            f"{small_page['queries']} → {large_page['queries']} (goal: within 10 %, queries "
            f"constant): {'met' if flat else 'not met'}"
        )
    lesson_queries = results["lesson, 60-lesson course"]["queries"]
    print(
        f"signed-in lesson page: {lesson_queries} queries (goal: at most 12): "
        f"{'met' if lesson_queries <= 12 else 'not met'}"
    )


def row(label, result, ratio, goal):
    (cpu, cpu95), (wall, wall95) = result["cpu"], result["wall"]
    verdict = "" if goal is None else f"≤ {goal:g}×: {'met' if ratio <= goal else 'not met'}"
    ratio_text = "1.0" if ratio is None else f"{ratio:.1f}"
    print(
        f"{label:32} {cpu:6.1f} {cpu95:6.1f} {wall:6.1f} {wall95:6.1f} "
        f"{result['queries']:7d} {ratio_text:>7}  {verdict}"
    )


if __name__ == "__main__":
    main()
