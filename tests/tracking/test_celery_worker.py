"""Asynchronous work through a real Celery worker: Redis as the broker, the worker a separate
process on the same PostgreSQL, statements delivered to a real Ralph, a certificate's PDF
rendered — as in production, where web processes only queue the work."""

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from django.db import connection

import pytest

from certificates.models import Certificate
from certificates.services import certificate_issue
from courses import services as course_services
from frontline.celery import app
from tests.background import use_broker, wait_for
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


class Workers:
    """The Procfile's two worker process types: ``worker`` (default, documents and mail, a
    prefork pool as in production) and ``statements`` (statement delivery only)."""

    QUEUES = {"worker": "default,documents,mail", "statements": "statements"}

    def __init__(self, tmp_path, env):
        self.tmp_path, self.env = tmp_path, env
        self.processes, self.logs = {}, {}

    def start(self, name):
        self.logs[name] = self.tmp_path / f"{name}.log"
        pool = (
            ["--pool", "prefork", "--concurrency", "1"] if name == "worker" else ["--pool", "solo"]
        )
        with open(self.logs[name], "w") as log:
            self.processes[name] = subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "frontline", "--broker", REDIS_URL,
                 "worker", "--hostname", f"{name}@%h", "--queues", self.QUEUES[name], *pool,
                 "--without-gossip", "--without-mingle", "--loglevel", "INFO"],
                cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip

    def log(self, name) -> str:
        return self.logs[name].read_text()

    def wait_ready(self):
        for name in self.processes:
            assert wait_for(lambda n=name: " ready." in self.log(n), timeout=90), self.log(name)

    def pool_children(self, name) -> list[int]:
        found = subprocess.run(
            ["pgrep", "-P", str(self.processes[name].pid)], capture_output=True, text=True
        )
        return [int(pid) for pid in found.stdout.split()]

    def stop(self):
        for process in self.processes.values():
            process.terminate()
        for process in self.processes.values():
            process.wait(timeout=30)


@pytest.fixture
def start_workers(tmp_path, settings):
    """Starts the two worker processes on the test database, with Redis as their broker and
    the given LRS; this process then queues to the same broker instead of running tasks."""
    started = []
    saved = (app.conf.broker_url, app.conf.task_always_eager)

    def start(lrs_endpoint: str, read_timeout: float = 10) -> Workers:
        database = connection.settings_dict
        url = (
            f"postgres://{database['USER']}@{database['HOST']}:{database['PORT']}/"
            f"{database['NAME']}"
        )
        settings.MEDIA_ROOT = tmp_path / "media"
        settings.LRS_ENDPOINT, settings.LRS_READ_TIMEOUT = lrs_endpoint, read_timeout
        settings.LRS_USERNAME, settings.LRS_PASSWORD = USERNAME, PASSWORD
        env = dict(
            os.environ,
            DJANGO_SETTINGS_MODULE="frontline.settings.test",
            DATABASE_URL=url,
            MEDIA_ROOT=str(settings.MEDIA_ROOT),
            LRS_ENDPOINT=lrs_endpoint,
            LRS_USERNAME=USERNAME,
            LRS_PASSWORD=PASSWORD,
            LRS_READ_TIMEOUT=str(read_timeout),
        )
        # Queued-work flags live in the cache: shared through Redis, as in production.
        cache_url = REDIS_URL.rsplit("/", 1)[0] + "/1"
        settings.CACHES = {
            "default": {"BACKEND": "frontline.cache.ResilientRedisCache", "LOCATION": cache_url}
        }
        env["REDIS_URL"] = cache_url
        if hasattr(settings, "PRIVATE_MEDIA_ROOT"):
            env["PRIVATE_MEDIA_ROOT"] = str(settings.PRIVATE_MEDIA_ROOT)
        workers = Workers(tmp_path, env)
        started.append(workers)
        use_broker(REDIS_URL, eager=False)
        workers.start("worker")
        workers.start("statements")
        workers.wait_ready()
        return workers

    try:
        yield start
    finally:
        use_broker(*saved)
        for workers in started:
            workers.stop()


@pytest.fixture
def worker(ralph, start_workers):
    return start_workers(ralph.endpoint)


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
    assert "tracking.tasks.deliver_statements" in worker.log("statements")


def test_the_worker_renders_the_certificate_pdf(worker, settings):
    learner = UserFactory(first_name="Lina", last_name="Sand")
    course = make_course(modules=1, lessons_per_module=1)
    certificate = certificate_issue(learner, course)
    assert wait_for(lambda: Certificate.objects.get(pk=certificate.pk).pdf.name != "", timeout=90)
    stored = Certificate.objects.get(pk=certificate.pk).pdf
    with stored.open("rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert re.search(r"render_certificate_pdf\[[^]]+\] succeeded", worker.log("worker"))


def test_a_worker_process_killed_mid_render_loses_no_pdf(worker):
    """The pool process rendering a PDF is killed: its message goes back to the queue (not
    acknowledged as failed) and the next pool process renders it. No sweep runs here."""
    course = make_course(modules=1, lessons_per_module=1)
    issued = [certificate_issue(UserFactory(), course) for _ in range(4)]
    received = r"Task certificates.tasks.render_certificate_pdf\[[^]]+\] received"
    assert wait_for(lambda: re.search(received, worker.log("worker")), timeout=60, every=0.05)
    killed = worker.pool_children("worker")
    assert killed, worker.log("worker")
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    assert wait_for(
        lambda: not Certificate.objects.filter(pk__in=[c.pk for c in issued], pdf="").exists(),
        timeout=180,
    ), worker.log("worker")
    log = worker.log("worker")
    assert "WorkerLostError" in log or "signal 9" in log  # the kill did hit a running render
    for certificate in Certificate.objects.filter(pk__in=[c.pk for c in issued]):
        with certificate.pdf.open("rb") as pdf:
            assert pdf.read(5) == b"%PDF-"


def test_a_silent_lrs_never_delays_certificate_pdfs(start_workers):
    """Statement delivery hangs on an LRS that accepts connections and never answers (for
    the default 10 s read timeout); PDFs are on another queue and worker, and learner events
    do not queue a delivery run each."""
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen(64)
    try:
        worker = start_workers(f"http://127.0.0.1:{silent.getsockname()[1]}/xAPI")
        course = make_course(modules=1, lessons_per_module=3)
        for _ in range(5):
            learner = UserFactory()
            course_services.enrolment_create(learner, course)
            for lesson in lessons_of(course)[:2]:
                course_services.lesson_complete(learner, lesson)
        assert Statement.objects.count() > 20
        started = time.monotonic()
        certificate = certificate_issue(UserFactory(), course)
        assert wait_for(
            lambda: Certificate.objects.get(pk=certificate.pk).pdf.name != "", timeout=60
        ), worker.log("worker")
        took = time.monotonic() - started
        assert took < 30, f"the PDF took {took:.1f} s"
        runs = re.findall(r"deliver_statements\[[^]]+\] received", worker.log("statements"))
        assert 1 <= len(runs) < 10, worker.log("statements")
    finally:
        silent.close()
