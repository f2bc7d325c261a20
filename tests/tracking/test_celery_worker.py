"""Asynchronous work through a real Celery worker: Redis as the broker, the worker a separate
process on the same PostgreSQL, statements delivered to a real Ralph, a certificate's PDF
rendered — as in production, where web processes only queue the work."""

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

import pytest
from kombu import pools as kombu_pools

from certificates.models import Certificate
from certificates.services import certificate_issue
from courses import services as course_services
from frontline.celery import app
from tests.factories import UserFactory, lessons_of, make_course
from tests.lrs import PASSWORD, USERNAME
from tracking.models import Statement

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "")

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        not REDIS_URL or connection.vendor != "postgresql",
        reason="needs the Redis and PostgreSQL that make test starts",
    ),
]


def wait_for(condition, timeout=60, every=0.25):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(every)
    return False


def use_broker(url: str, eager: bool) -> None:
    """Point this process's Celery app at another broker. Its connection pools are built on
    first use and kept (an earlier test may have built them for the default broker), so they
    are dropped too, as Celery itself does after a fork."""
    app.conf.broker_url, app.conf.task_always_eager = url, eager
    kombu_pools.reset()
    app._pool = None
    app.amqp._producer_pool = None


@pytest.fixture
def worker(ralph, tmp_path, settings):
    """A `celery worker` process on the test database, with Redis as its broker; this process
    queues to the same broker instead of running tasks in-process."""
    database = connection.settings_dict
    url = f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/{database['NAME']}"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.LRS_ENDPOINT = ralph.endpoint
    settings.LRS_USERNAME, settings.LRS_PASSWORD = USERNAME, PASSWORD
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="frontline.settings.test",
        DATABASE_URL=url,
        MEDIA_ROOT=str(settings.MEDIA_ROOT),
        LRS_ENDPOINT=ralph.endpoint,
        LRS_USERNAME=USERNAME,
        LRS_PASSWORD=PASSWORD,
    )
    log = open(tmp_path / "worker.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "frontline",
            "--broker",
            REDIS_URL,
            "worker",
            "--pool",
            "solo",
            "--without-gossip",
            "--without-mingle",
            "--loglevel",
            "INFO",
        ],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    saved = (app.conf.broker_url, app.conf.task_always_eager)
    use_broker(REDIS_URL, eager=False)
    try:
        ready = wait_for(lambda: "ready" in (tmp_path / "worker.log").read_text(), timeout=60)
        assert ready, (tmp_path / "worker.log").read_text()
        yield tmp_path / "worker.log"
    finally:
        use_broker(*saved)
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_statements_recorded_by_the_web_process_are_delivered_by_the_worker(worker, ralph):
    learner = UserFactory()
    course = make_course(modules=1, lessons_per_module=2)
    course_services.enrolment_create(learner, course)  # queues delivery after its commit
    for lesson in lessons_of(course):
        course_services.lesson_complete(learner, lesson)
    recorded = set(Statement.objects.values_list("pk", flat=True))
    assert len(recorded) >= 5
    assert wait_for(lambda: not Statement.objects.exclude(state="delivered").exists())
    assert {str(pk) for pk in recorded} <= set(ralph.stored_ids())
    # Delivered by the worker process, not in this one.
    assert "tracking.tasks.deliver_statements" in worker.read_text()


def test_the_worker_renders_the_certificate_pdf(worker, settings):
    learner = UserFactory(first_name="Lina", last_name="Sand")
    course = make_course(modules=1, lessons_per_module=1)
    certificate = certificate_issue(learner, course)
    assert wait_for(lambda: Certificate.objects.get(pk=certificate.pk).pdf.name != "", timeout=90)
    stored = Certificate.objects.get(pk=certificate.pk).pdf
    assert (Path(settings.MEDIA_ROOT) / stored.name).read_bytes().startswith(b"%PDF-")
    assert re.search(r"render_certificate_pdf\[[^]]+\] succeeded", worker.read_text())
