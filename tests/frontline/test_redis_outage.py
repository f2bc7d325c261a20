"""Redis (the shared cache and Celery's broker) goes down for a while: the site keeps
working — pages, sign-in, verification, learners' actions — and the work that could not be
queued meanwhile is done by the sweeps once Redis is back. A real Redis is stopped and
started again here."""

import os
import shutil
import subprocess
import time
from datetime import timedelta
from pathlib import Path

from django.db.models import F
from django.urls import reverse
from django.utils import timezone

import pytest

from certificates import tasks as certificate_tasks
from certificates.models import Certificate
from certificates.selectors import certificates_missing_pdf
from certificates.services import certificate_issue
from quizzes.models import QuizAttempt
from tests.background import use_broker
from tests.factories import UserFactory, lessons_of, make_course, make_quiz, true_false
from tests.lrs import free_port
from tests.quizzes.conftest import answer_form
from tracking.models import Statement

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-battery"

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not shutil.which("redis-server"), reason="needs redis-server"),
]


class RedisServer:
    def __init__(self, directory: Path):
        self.env = dict(os.environ, REDIS_DIR=str(directory), REDIS_PORT=str(free_port()))
        self.url = ""

    def run(self, action: str) -> str:
        done = subprocess.run(
            ["scripts/redis.sh", action], cwd=ROOT, env=self.env, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()

    def start(self):
        self.url = self.run("start")

    def stop(self):
        self.run("stop")


@pytest.fixture
def redis_server(tmp_path, settings):
    """A Redis of this test's own as the cache and the broker (nothing consumes the queue)."""
    server = RedisServer(tmp_path / "redis")
    server.start()
    settings.CACHES = {
        "default": {
            "BACKEND": "frontline.cache.ResilientRedisCache",
            "LOCATION": server.url,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    from frontline.celery import app

    saved = (app.conf.broker_url, app.conf.task_always_eager)
    use_broker(server.url, eager=False)
    try:
        yield server
    finally:
        use_broker(*saved)
        server.stop()


def timed(call):
    started = time.monotonic()
    response = call()
    return response, time.monotonic() - started


def test_a_redis_outage_is_not_a_site_outage(
    client, settings, redis_server, django_capture_on_commit_callbacks
):
    settings.CERTIFICATE_LOOKUP_LIMIT = 4
    settings.LRS_ENDPOINT = "http://127.0.0.1:9/xAPI"  # statements wait for delivery
    earlier = certificate_issue(UserFactory(), make_course(modules=1, lessons_per_module=1))
    learner = UserFactory(email="ines@example.org")
    course = make_course(modules=1, lessons_per_module=2)
    final = make_quiz(course, [true_false()], title="Final assessment")
    assert client.get("/").status_code == 200  # Wagtail's site lookup is now cached in Redis

    redis_server.stop()

    for url in (
        "/",
        "/verify/",
        f"/verify/{earlier.code}/",
        f"/api/v1/certificates/{earlier.code}",
    ):
        response, took = timed(lambda u=url: client.get(u))
        assert response.status_code == 200, (url, response.status_code)
        assert took < 3, f"{url} took {took:.1f} s"
    response = client.post(
        reverse("accounts:login"), {"username": learner.email, "password": PASSWORD}
    )
    assert response.status_code == 302, response.content[:500]
    assert client.get(reverse("courses:dashboard")).status_code == 200

    # The learner finishes a course: committed, answered, and the PDF and the statements'
    # delivery could not be queued.
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(reverse("courses:enrol", args=[course.pk])).status_code == 302
        for lesson in lessons_of(course):
            response = client.post(reverse("courses:complete_lesson", args=[lesson.pk]))
            assert response.status_code == 302
        assert client.post(reverse("quizzes:start", args=[final.pk])).status_code == 302
        attempt = QuizAttempt.objects.get(user=learner)
        form = {**answer_form(attempt), "action": "submit"}
        assert client.post(reverse("quizzes:attempt", args=[attempt.pk]), form).status_code == 302
    earned = Certificate.objects.get(holder=learner)
    assert earned.pdf.name == ""
    assert Statement.objects.filter(user=learner, state=Statement.State.PENDING).count() > 5

    # Lookups are still limited, per process, while the shared counter is away.
    statuses = [client.get(f"/verify/{earlier.code}/").status_code for _ in range(5)]
    assert 429 in statuses

    redis_server.start()
    assert client.get("/").status_code == 200

    # The sweep after the outage finds the certificates whose PDF was never made.
    Certificate.objects.update(issued_at=F("issued_at") - timedelta(minutes=5))
    missing = certificates_missing_pdf(timezone.now() - certificate_tasks.PDF_GRACE)
    assert set(missing) == {earned.pk, earlier.pk}
    use_broker(redis_server.url, eager=True)
    assert certificate_tasks.render_missing_pdfs() >= 2
    for certificate in Certificate.objects.filter(pk__in=[earned.pk, earlier.pk]):
        with certificate.pdf.open("rb") as pdf:
            assert pdf.read(5) == b"%PDF-"
