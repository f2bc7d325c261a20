"""The closest peer, wagtail-lms 0.11.1 (PyPI), measured the way page_timings.py measures ours.

    .venv/bin/python benchmarks/wagtail_lms_peer.py      # or: make bench-peer

(Not named wagtail_lms.py: run as a script, it would shadow the package it measures.)

Optional (not part of `make bench`): creates its own virtualenv in var/peer-venv with
wagtail-lms 0.11.1 and the Wagtail and Django versions this project runs, never touching the
project's .venv. The package's wheel ships no project (its example project lives in its
repository), so this script is the project: settings, URLs and a one-line base template (its
page templates extend "base.html") under var/peer-site/. In that virtualenv it seeds a
6-lesson and a 60-lesson course of H5P lesson pages (a paragraph each) into
var/bench-peer.sqlite3, enrols one learner in both, and requests each course page and the
third lesson of each through Django's test client, DEBUG off: CPU and wall median and p95 and
the queries of one request — the figures page_timings.py prints for ours. Then it measures ours
the same way (``page_timings.py --peer-rows``, the project's virtualenv) and prints both side
by side with issue 17's goal: ours faster, met or not met."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VAR = ROOT / "var"
VENV = VAR / "peer-venv"
SITE = VAR / "peer-site"
PEER = "wagtail-lms==0.11.1"
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))


def prepare() -> Path:
    """The peer's virtualenv, made once, with the versions of Wagtail and Django we run."""
    from importlib.metadata import version

    python = VENV / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        subprocess.run(
            [
                str(python),
                "-m",
                "pip",
                "install",
                "-q",
                PEER,
                f"wagtail=={version('wagtail')}",
                f"Django=={version('django')}",
            ],
            check=True,
        )
    templates = SITE / "templates"
    templates.mkdir(parents=True, exist_ok=True)
    (templates / "base.html").write_text(
        "<!doctype html><html lang='en'><head><title>{{ page.title }}</title></head>"
        "<body><main>{% block content %}{% endblock %}</main></body></html>\n"
    )
    return python


def configure() -> None:
    """Django settings for the peer, in code: Wagtail's own apps, wagtail_lms, SQLite."""
    from django.conf import settings

    settings.configure(
        DEBUG=False,
        SECRET_KEY="peer-benchmark-only",
        ALLOWED_HOSTS=["testserver"],
        ROOT_URLCONF=__name__,
        DATABASES={
            "default": {
                "ENGINE": "django.db.backends.sqlite3",
                "NAME": str(VAR / "bench-peer.sqlite3"),
            }
        },
        INSTALLED_APPS=[
            "wagtail_lms",
            "wagtail.contrib.forms",
            "wagtail.contrib.redirects",
            "wagtail.embeds",
            "wagtail.sites",
            "wagtail.users",
            "wagtail.snippets",
            "wagtail.documents",
            "wagtail.images",
            "wagtail.search",
            "wagtail.admin",
            "wagtail",
            "modelcluster",
            "taggit",
            "django.contrib.admin",
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "django.contrib.messages",
            "django.contrib.staticfiles",
        ],
        MIDDLEWARE=[
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.common.CommonMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
            "django.contrib.messages.middleware.MessageMiddleware",
            "wagtail.contrib.redirects.middleware.RedirectMiddleware",
        ],
        TEMPLATES=[
            {
                "BACKEND": "django.template.backends.django.DjangoTemplates",
                "DIRS": [str(SITE / "templates")],
                "APP_DIRS": True,
                "OPTIONS": {
                    "context_processors": [
                        "django.template.context_processors.request",
                        "django.contrib.auth.context_processors.auth",
                        "django.contrib.messages.context_processors.messages",
                    ]
                },
            }
        ],
        STATIC_URL="/static/",
        MEDIA_ROOT=str(SITE / "media"),
        MEDIA_URL="/media/",
        WAGTAIL_SITE_NAME="Peer",
        WAGTAILADMIN_BASE_URL="http://testserver",
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        USE_TZ=True,
    )
    import django

    django.setup()


urlpatterns = []


def urls():
    from django.urls import include, path

    from wagtail import urls as wagtail_urls

    urlpatterns.extend([path("lms/", include("wagtail_lms.urls")), path("", include(wagtail_urls))])


def seed():
    """A 6- and a 60-lesson course under the site's home page, and a learner in both."""
    from django.contrib.auth.models import User

    from wagtail.models import Page

    from wagtail_lms.models import CourseEnrollment, CoursePage, H5PLessonPage

    home = Page.objects.get(depth=2)
    learner = User.objects.filter(username="peer-learner").first()
    if learner is None:
        learner = User.objects.create_user("peer-learner", password="unused-password-123")
    courses = {}
    for lessons in (6, 60):
        slug = f"course-{lessons}"
        course = CoursePage.objects.filter(slug=slug).first()
        if course is None:
            course = home.add_child(
                instance=CoursePage(title=f"Course of {lessons}", slug=slug, description="<p>.</p>")
            )
            for n in range(lessons):
                course.add_child(
                    instance=H5PLessonPage(
                        title=f"Lesson {n}",
                        slug=f"lesson-{n}",
                        intro="<p>Read this first.</p>",
                        body=[("paragraph", "<p>" + "Text. " * 80 + "</p>")],
                    )
                )
        CourseEnrollment.objects.get_or_create(user=learner, course=course)
        courses[lessons] = course
    return learner, courses


def inside() -> None:
    """Runs in the peer's virtualenv: seed, request, print the figures as JSON."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    configure()
    urls()
    from django.core.management import call_command
    from django.test import Client

    from _django import measured  # the same timing as ours
    from wagtail_lms.models import H5PLessonPage

    call_command("migrate", verbosity=0)
    learner, courses = seed()
    client = Client()
    client.force_login(learner)
    results = {}
    for lessons, course in courses.items():
        third = H5PLessonPage.objects.child_of(course).order_by("path")[2]
        results[f"course, {lessons} lessons"] = measured(client, course.url, ROUNDS)
        results[f"lesson of a {lessons}-lesson course"] = measured(client, third.url, ROUNDS)
    print(json.dumps(results))


def main() -> None:
    python = prepare()
    run = subprocess.run(
        [str(python), __file__, "--inside"], check=True, capture_output=True, text=True
    )
    theirs = json.loads(run.stdout.strip().splitlines()[-1])
    # Ours, the same rows by the same method, in this project's virtualenv (page_timings.py
    # seeds its database once if no earlier run did).
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "page_timings.py"), "--peer-rows"],
        check=True,
        capture_output=True,
        text=True,
    )
    ours = json.loads(run.stdout.strip().splitlines()[-1])
    print(f"\n{PEER} (its own virtualenv) beside ours: SQLite, DEBUG off, signed in, ")
    print(f"{ROUNDS} requests per page, CPU median and p95 ms, queries of one request")
    print(
        f"{'page':30} {'ours CPU':>13} {'q':>3}  {'wagtail-lms CPU':>15} {'q':>3}  "
        f"{'ours/theirs':>11}  goal: faster"
    )
    for label, peer in theirs.items():
        mine = ours[label]
        ratio = mine["cpu"][0] / peer["cpu"][0]
        print(
            f"{label:30} {mine['cpu'][0]:6.1f} {mine['cpu'][1]:6.1f} {mine['queries']:3d}  "
            f"{peer['cpu'][0]:7.1f} {peer['cpu'][1]:7.1f} {peer['queries']:3d}  "
            f"{ratio:11.2f}  {'met' if ratio < 1 else 'not met'}"
        )


if __name__ == "__main__":
    inside() if "--inside" in sys.argv else main()
