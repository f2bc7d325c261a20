"""Statements reach a real Ralph LRS exactly once, whatever happens to the LRS meanwhile."""

import socket
import threading
import time
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer

from django.core import mail
from django.utils import timezone

import pytest

from courses import services as course_services
from tests.factories import UserFactory, lessons_of, make_course
from tests.lrs import USERNAME, Ralph, free_port
from tracking import delivery
from tracking.models import DeliveryPause, DeliveryState, Statement


def learners_act(count=3, course=None):
    course = course or make_course(modules=1, lessons_per_module=2)
    for _ in range(count):
        learner = UserFactory()
        course_services.enrolment_create(learner, course)
        for lesson in lessons_of(course):
            course_services.lesson_complete(learner, lesson)
    return course


def ids(state=None):
    statements = Statement.objects.all()
    if state:
        statements = statements.filter(state=state)
    return {str(pk) for pk in statements.values_list("pk", flat=True)}


def test_pending_statements_are_delivered_in_batches(db, lrs):
    learners_act(4)
    recorded = ids()
    report = delivery.deliver_pending(batch_size=10)
    assert report.delivered == len(recorded)
    assert report.requests == -(-len(recorded) // 10)
    assert ids(Statement.State.DELIVERED) == recorded
    assert recorded <= set(lrs.stored_ids())


def test_replaying_delivered_statements_stores_nothing_twice(db, lrs):
    learners_act(2)
    delivery.deliver_pending()
    before = lrs.stored_ids()
    # Everything is sent again, as after a worker crash between send and bookkeeping.
    assert delivery.requeue(Statement.objects.all()) == 0  # delivered ones are not requeued
    Statement.objects.update(state=Statement.State.PENDING)
    report = delivery.deliver_pending()
    assert report.delivered == Statement.objects.count()  # 204: all already stored
    assert ids(Statement.State.PENDING) == set()
    after = lrs.stored_ids()
    assert sorted(after) == sorted(before)
    assert len(after) == len(set(after))


def test_lrs_stopped_while_learners_act_then_back(db, settings, ralph_python_path):
    ralph = Ralph(ralph_python_path).start()
    try:
        settings.LRS_ENDPOINT = ralph.endpoint
        settings.LRS_USERNAME, settings.LRS_PASSWORD = USERNAME, "ralph-test-password"
        ralph.stop()
        learners_act(2)
        recorded = ids()
        report = delivery.deliver_pending()
        assert report.delivered == 0 and report.deferred > 0
        assert ids(Statement.State.PENDING) == recorded  # nothing lost
        deferred = Statement.objects.filter(delivery_attempts=1)
        assert deferred.exists() and "ConnectError" in deferred.first().last_error
        ralph.start()
        # Due again at once: the statements carry no back-off of their own.
        report = delivery.deliver_pending()
        assert ids(Statement.State.DELIVERED) == recorded
        stored = ralph.stored_ids()
        assert sorted(stored) == sorted(recorded)  # exactly once
    finally:
        ralph.destroy()


def test_a_down_lrs_is_left_alone_and_the_backlog_drains_at_the_first_run_after_it_is_back(
    db, settings, ralph_python_path
):
    """Every run during an outage used to call the LRS (47 requests a minute) and each
    statement backed off on its own (up to an hour and a half after a long outage). Now three
    failed runs open the breaker: no run calls the LRS until the cool-down ends, one run then
    probes, and the first run after the LRS is back sends everything."""
    ralph = Ralph(ralph_python_path).start()
    try:
        settings.LRS_ENDPOINT = ralph.endpoint
        settings.LRS_USERNAME, settings.LRS_PASSWORD = USERNAME, "ralph-test-password"
        settings.LRS_CIRCUIT_THRESHOLD, settings.LRS_CIRCUIT_COOLDOWN = 3, 1
        ralph.stop()
        learners_act(3)
        recorded = ids()
        runs = [delivery.deliver_pending() for _ in range(10)]  # events and sweeps keep coming
        assert sum(run.requests for run in runs) == 3
        assert all(run.resting for run in runs[3:])
        assert delivery.lrs_resting_until() is not None
        assert DeliveryState.objects.get().consecutive_failures == 3
        time.sleep(1.1)  # the cool-down ends while the LRS is still down: one probe, then rest
        assert delivery.deliver_pending().requests == 1
        assert delivery.deliver_pending().resting

        ralph.start()
        time.sleep(1.1)  # the next sweep after the cool-down
        started = time.monotonic()
        report = delivery.deliver_pending(batch_size=5)
        drained_in = time.monotonic() - started
        assert report.delivered == len(recorded)
        assert ids(Statement.State.DELIVERED) == recorded
        assert sorted(ralph.stored_ids()) == sorted(recorded)
        assert delivery.lrs_resting_until() is None
        assert DeliveryState.objects.get().consecutive_failures == 0
        assert drained_in < 30, f"{len(recorded)} statements took {drained_in:.1f} s"
    finally:
        ralph.destroy()


def test_one_delivery_run_at_a_time(db, lrs):
    """A run that finds another worker's lease leaves at once; the lease of a worker killed
    mid-run ends by itself."""
    learners_act(1)
    lease = timezone.now() + timedelta(minutes=1)
    DeliveryState.objects.update_or_create(
        pk=1, defaults={"run_lease_until": lease, "run_token": "worker-2"}
    )
    report = delivery.deliver_pending()
    assert report.busy and report.requests == 0
    assert ids(Statement.State.PENDING) == ids()
    expired = timezone.now() - timedelta(seconds=1)
    DeliveryState.objects.filter(pk=1).update(run_lease_until=expired)
    assert delivery.deliver_pending().delivered == len(ids())
    assert DeliveryState.objects.get().run_lease_until is None  # released after the run


@pytest.fixture
def silent_lrs(settings):
    """Accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(16)
    held = []
    stop = threading.Event()

    def accept():
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    settings.LRS_ENDPOINT = f"http://127.0.0.1:{server.getsockname()[1]}/xAPI"
    settings.LRS_READ_TIMEOUT = 0.5
    yield
    stop.set()
    thread.join()
    for connection in held:
        connection.close()
    server.close()


def test_an_lrs_that_never_answers_times_out_and_retries_later(db, silent_lrs):
    learners_act(1)
    started = time.monotonic()
    report = delivery.deliver_pending()
    assert time.monotonic() - started < 5
    assert report.deferred > 0 and report.delivered == 0
    statement = Statement.objects.filter(delivery_attempts=1).first()
    assert "ReadTimeout" in statement.last_error
    assert statement.claimed_until is None  # due again at the next run
    assert not Statement.objects.exclude(state=Statement.State.PENDING).exists()


def test_learner_requests_never_wait_for_a_silent_lrs(
    client, db, silent_lrs, django_capture_on_commit_callbacks
):
    """With a broker configured, the request only queues delivery after its commit."""
    from frontline.celery import app

    queued = []
    original = app.send_task
    app.conf.task_always_eager = False
    app.send_task = lambda name, *args, **kwargs: queued.append(name)  # no broker runs here
    try:
        course = make_course(modules=1, lessons_per_module=2)
        client.force_login(UserFactory())
        started = time.monotonic()
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/learn/courses/{course.pk}/enrol/")
        elapsed = time.monotonic() - started
        # Another learner acts before the worker has started the queued run: that run will
        # send their statements too, so nothing more is queued.
        other = UserFactory()
        with django_capture_on_commit_callbacks(execute=True):
            course_services.enrolment_create(other, course)
            course_services.lesson_complete(other, lessons_of(course)[0])
    finally:
        app.send_task = original
        app.conf.task_always_eager = True
    assert response.status_code == 302
    assert queued == ["tracking.tasks.deliver_statements"]
    assert elapsed < 0.5  # the LRS's 0.5 s read timeout was never waited for
    assert Statement.objects.filter(verb="registered", state=Statement.State.PENDING).exists()


def test_one_invalid_statement_is_parked_and_the_rest_delivered(db, lrs):
    learners_act(2)
    broken = Statement.objects.order_by("stored_at")[3]
    payload = dict(broken.payload)
    verb = payload.pop("verb")  # a statement without a verb
    Statement.objects.filter(pk=broken.pk).update(payload=payload)
    report = delivery.deliver_pending()
    broken.refresh_from_db()
    assert broken.state == Statement.State.DEAD
    assert broken.last_error.startswith(("400", "422"))
    assert report.dead == 1
    assert ids(Statement.State.DELIVERED) == ids() - {str(broken.pk)}
    assert str(broken.pk) not in lrs.stored_ids()
    # Fixed and resent from the admin, it is delivered.
    Statement.objects.filter(pk=broken.pk).update(payload={**payload, "verb": verb})
    assert delivery.requeue(Statement.objects.filter(pk=broken.pk)) == 1
    assert delivery.deliver_pending().delivered == 1


def test_refused_credentials_pause_delivery_and_alert_admins(db, lrs, settings):
    settings.LRS_PASSWORD = "wrong"
    settings.ADMINS = [("Ops", "ops@example.org")]
    learners_act(1)
    report = delivery.deliver_pending()
    assert report.paused and report.delivered == 0
    assert DeliveryPause.objects.get().reason.startswith("401")
    assert mail.outbox[0].subject.endswith("Learning record delivery paused")
    assert ids(Statement.State.PENDING) == ids()
    assert delivery.deliver_pending().requests == 0  # stays paused
    settings.LRS_PASSWORD = "ralph-test-password"
    delivery.resume_delivery()
    assert delivery.deliver_pending().delivered == len(ids())


class AnsweringWith(BaseHTTPRequestHandler):
    """An LRS answering every POST with ``status`` and ``extra_headers``."""

    status, extra_headers = 503, {}

    def do_POST(self):
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(self.status)
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def failing_lrs(settings):
    servers = []

    def serve(status, headers=None):
        handler = type("Handler", (AnsweringWith,), {"status": status, "extra_headers": headers})
        server = HTTPServer(("127.0.0.1", free_port()), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        settings.LRS_ENDPOINT = f"http://127.0.0.1:{server.server_port}/xAPI"

    yield serve
    for server in servers:
        server.shutdown()


def test_server_errors_keep_statements_due_until_the_breaker_opens(db, failing_lrs, settings):
    """A 503 from the LRS: nothing delivered, nothing lost, tried again by the next run."""
    failing_lrs(503, {})
    learners_act(1)
    report = delivery.deliver_pending()
    assert report.deferred > 0 and report.requests == 1
    statement = Statement.objects.filter(delivery_attempts=1).first()
    assert statement.last_error.startswith("503")
    assert delivery.deliver_pending().requests == 1  # still due
    assert delivery.deliver_pending().requests == 1  # third failure in a row: breaker opens
    assert delivery.deliver_pending().resting
    resting = delivery.lrs_resting_until() - timezone.now()
    cooldown = timedelta(seconds=settings.LRS_CIRCUIT_COOLDOWN)
    assert cooldown - timedelta(seconds=5) < resting <= cooldown


def test_the_batch_claimed_while_the_lrs_answered_is_released_when_it_refuses(db, failing_lrs):
    """A run claims the next batch while the LRS stores the current one. When the LRS answers
    503, the batch claimed ahead was never sent: it is released at once, not held for a lease,
    and carries no failed attempt."""
    failing_lrs(503, {})
    learners_act(3)
    report = delivery.deliver_pending(batch_size=2)
    assert report.requests == 1 and report.deferred == 2
    assert not Statement.objects.filter(claimed_until__isnull=False).exists()
    assert Statement.objects.filter(delivery_attempts=1).count() == 2
    assert Statement.objects.filter(state=Statement.State.PENDING).count() == len(ids())


def test_statements_reach_the_lrs_as_recorded(db, lrs):
    """The body is the stored JSON as the database returns it as text, not rebuilt: what the
    LRS keeps is what was recorded."""
    import httpx

    from tests.lrs import PASSWORD

    learners_act(1)
    recorded = {str(s.pk): s.payload for s in Statement.objects.all()}
    delivery.deliver_pending(batch_size=3)
    with httpx.Client(auth=(USERNAME, PASSWORD), timeout=30) as client:
        # Ralph's file-system backend ignores statementId: read the page and pick.
        body = client.get(
            f"{lrs.endpoint}/statements",
            params={"limit": 500},
            headers={"X-Experience-API-Version": "1.0.3"},
        ).json()
    stored = {statement["id"]: statement for statement in body["statements"]}
    assert set(recorded) <= set(stored)
    for pk, payload in recorded.items():
        for field in ("actor", "verb", "object", "context", "result"):
            assert stored[pk].get(field) == payload.get(field), field


def test_a_throttling_lrs_is_left_alone_as_long_as_it_asks(db, failing_lrs, settings):
    failing_lrs(429, {"Retry-After": "600"})
    settings.LRS_CIRCUIT_THRESHOLD = 1
    learners_act(1)
    assert delivery.deliver_pending().requests == 1
    resting = delivery.lrs_resting_until() - timezone.now()
    assert timedelta(seconds=590) < resting <= timedelta(seconds=600)
    assert delivery.deliver_pending().requests == 0


def test_deliver_statements_command_drains_the_outbox(db, lrs):
    from io import StringIO

    from django.core.management import call_command

    learners_act(1)
    out = StringIO()
    call_command("deliver_statements", "--batch-size", "5", stdout=out)
    assert f"delivered {len(ids())}" in out.getvalue()
    assert "0 still pending" in out.getvalue()


def test_deliver_statements_command_needs_an_lrs(db, settings):
    from django.core.management import CommandError, call_command

    settings.LRS_ENDPOINT = ""
    with pytest.raises(CommandError, match="No LRS configured"):
        call_command("deliver_statements")
