"""Deliver pending statements from the outbox to the configured LRS.

tincan's ``RemoteLRS`` has no timeout and no retry, raises on a 204 and maps returned ids onto
statements by position, so transport is ``httpx`` (connect and read timeouts, one pooled
connection per run); the body is the frozen JSON of each statement as the database returns it
as text, never decoded and rebuilt.

While the LRS stores one batch, the run claims the next (the POST waits in a thread of its own;
every query stays in the caller's thread and connection): a run costs the LRS's time plus the
bookkeeping of one batch, not plus the claiming of every batch. A claimed batch that is not sent
because the run stops is released at once.

Per answer of the LRS to a batch (a POST of a JSON array):
    200 / 204            delivered (204: every id already stored — an idempotent replay)
    409                  one statement: already stored → delivered; a batch: split to find out
    400 / 413 / 422      split the batch until the refused statement(s) are alone; park each
                         as a dead letter with the LRS's error; deliver the rest
    401 / 403 / 404      configuration problem: pause delivery, tell the administrators
    429 / 5xx / network  the LRS is down or busy: end the run, count a failure for the
                         circuit breaker; the statements stay due (no back-off of their own)

Runs are serialised and the LRS is spared while it is down (``DeliveryState``):
    lease        one run at a time across every worker; a run that finds the lease held
                 returns at once (the run holding it drains what the caller wanted sent)
    breaker      ``LRS_CIRCUIT_THRESHOLD`` failed runs in a row open it for
                 ``LRS_CIRCUIT_COOLDOWN`` seconds (a 429's Retry-After, if longer, up to an
                 hour): no run calls the LRS meanwhile. The first run after that probes; a
                 success closes it and the same run drains the whole backlog. The cool-down is
                 shorter than the one-minute sweep, so the LRS sees about one request a minute
                 while it is down, and the backlog starts draining at the first sweep after it
                 is back.
"""

from __future__ import annotations

import logging
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import NamedTuple

from django.conf import settings
from django.core.mail import mail_admins
from django.db import connection, transaction
from django.db.models import F, Q, TextField
from django.db.models.functions import Cast
from django.utils import timezone

import httpx

from .models import DeliveryPause, DeliveryState, Statement

log = logging.getLogger(__name__)

SPLIT_STATUSES = {400, 413, 422}
PAUSE_STATUSES = {401, 403, 404}


@dataclass
class DeliveryReport:
    delivered: int = 0
    dead: int = 0
    deferred: int = 0  # sent, not taken (LRS down or busy): still pending, due at once
    requests: int = 0
    paused: bool = False  # an administrator must fix the credentials and resume
    busy: bool = False  # another run holds the lease
    resting: bool = False  # the circuit breaker is open: the LRS was not called


class _Stop(Exception):
    """The LRS cannot take more now (down, throttling, misconfigured): end this run."""

    def __init__(self, reason: str = "", retry_after: int | None = None):
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


def lrs_client() -> httpx.Client:
    return httpx.Client(
        auth=(settings.LRS_USERNAME, settings.LRS_PASSWORD),
        timeout=httpx.Timeout(settings.LRS_READ_TIMEOUT, connect=settings.LRS_CONNECT_TIMEOUT),
        headers={"X-Experience-API-Version": "1.0.3", "Content-Type": "application/json"},
    )


def statements_url() -> str:
    return settings.LRS_ENDPOINT.rstrip("/") + "/statements"


def is_paused() -> bool:
    return DeliveryPause.objects.exists()


def resume_delivery() -> None:
    DeliveryPause.objects.all().delete()


def _lease() -> timedelta:
    # Long enough for a request that times out, so two workers never send the same batch.
    return timedelta(seconds=2 * settings.LRS_READ_TIMEOUT + settings.LRS_CONNECT_TIMEOUT + 30)


class Outgoing(NamedTuple):
    """A claimed statement on its way: its key and its frozen JSON text."""

    pk: uuid.UUID
    json: str


def claim_batch(size: int, now) -> list[Outgoing]:
    """Claim up to ``size`` due statements, oldest first, for one lease (skipping rows another
    worker holds where the database can). Rows come back as text, not model instances: at
    batch size 500 building instances and decoding their JSON cost a third of a run."""
    with transaction.atomic():
        due = (
            Statement.objects.filter(state=Statement.State.PENDING)
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .order_by("stored_at", "id")
        )
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        ids = list(due.values_list("pk", flat=True)[:size])
        if not ids:
            return []
        Statement.objects.filter(pk__in=ids).update(claimed_until=now + _lease())
    rows = (
        Statement.objects.filter(pk__in=ids)
        .order_by("stored_at", "id")
        .values_list("pk", Cast("payload", TextField()))
    )
    return [Outgoing(*row) for row in rows]


def _mark_delivered(batch: list[Outgoing], report: DeliveryReport) -> None:
    Statement.objects.filter(pk__in=[s.pk for s in batch]).update(
        state=Statement.State.DELIVERED,
        delivered_at=timezone.now(),
        claimed_until=None,
        last_error="",
    )
    report.delivered += len(batch)


def _mark_dead(statement: Outgoing, error: str, report: DeliveryReport) -> None:
    Statement.objects.filter(pk=statement.pk).update(
        state=Statement.State.DEAD,
        claimed_until=None,
        delivery_attempts=F("delivery_attempts") + 1,
        last_error=error[:4000],
    )
    report.dead += 1
    log.warning("LRS refused statement %s: %s", statement.pk, error[:300])


def _defer(batch: list[Outgoing], error: str, report: DeliveryReport) -> None:
    """The LRS could not take the batch: release it as it is, due again at the next run."""
    Statement.objects.filter(pk__in=[s.pk for s in batch]).update(
        delivery_attempts=F("delivery_attempts") + 1, claimed_until=None, last_error=error[:4000]
    )
    report.deferred += len(batch)


def _release(batch: list[Outgoing]) -> None:
    Statement.objects.filter(pk__in=[s.pk for s in batch]).update(claimed_until=None)


def _pause(batch: list[Outgoing], reason: str, report: DeliveryReport) -> None:
    _release(batch)
    if not DeliveryPause.objects.exists():
        DeliveryPause.objects.create(reason=reason)
        mail_admins(
            "Learning record delivery paused",
            f"The LRS at {settings.LRS_ENDPOINT} answered: {reason}\n\n"
            "Statements are kept and will be sent once the configuration is fixed and "
            "delivery is resumed in the admin (Learning records).",
        )
    report.paused = True


def _post(client: httpx.Client, batch: list[Outgoing]) -> httpx.Response:
    """The one call that may run in the poster thread: no database, no report."""
    body = "[" + ",".join(statement.json for statement in batch) + "]"
    return client.post(statements_url(), content=body.encode())


def _send(client: httpx.Client, batch: list[Outgoing], report: DeliveryReport, sent=None):
    """Send ``batch`` (or take the answer to it from ``sent``, a future of ``_post`` already
    under way) and settle every statement in it by the LRS's answer (the table above)."""
    try:
        report.requests += 1
        response = sent.result() if sent is not None else _post(client, batch)
    except httpx.HTTPError as error:
        reason = f"{type(error).__name__}: {error}"
        _defer(batch, reason, report)
        raise _Stop(reason) from error
    status = response.status_code
    if status in (200, 204) or (status == 409 and len(batch) == 1):
        _mark_delivered(batch, report)
        return
    error = f"{status}: {response.text[:2000]}"
    if status in SPLIT_STATUSES or status == 409:
        if len(batch) == 1:
            _mark_dead(batch[0], error, report)
            return
        middle = len(batch) // 2
        try:
            _send(client, batch[:middle], report)
        except _Stop:
            _release(batch[middle:])
            raise
        _send(client, batch[middle:], report)
        return
    if status in PAUSE_STATUSES:
        _pause(batch, error, report)
        raise _Stop
    _defer(batch, error, report)
    raise _Stop(error, retry_after=_retry_after(response) if status == 429 else None)


def _retry_after(response: httpx.Response) -> int | None:
    value = response.headers.get("Retry-After", "")
    return min(int(value), 3600) if value.isascii() and value.isdigit() else None


def _state() -> DeliveryState:
    return DeliveryState.objects.get_or_create(pk=1)[0]


@contextmanager
def _run_lease(now):
    """Hold the one delivery lease, or yield None if another run holds it."""
    _state()
    token = uuid.uuid4().hex
    held = (
        DeliveryState.objects.filter(pk=1)
        .filter(Q(run_lease_until__isnull=True) | Q(run_lease_until__lt=now))
        .update(run_lease_until=now + _lease(), run_token=token)
    )
    try:
        yield token if held else None
    finally:
        if held:
            DeliveryState.objects.filter(pk=1, run_token=token).update(
                run_lease_until=None, run_token=""
            )


def _extend_lease(token: str) -> None:
    DeliveryState.objects.filter(pk=1, run_token=token).update(
        run_lease_until=timezone.now() + _lease()
    )


def lrs_resting_until(now=None):
    """When the circuit breaker lets runs call the LRS again (None: closed)."""
    now = now or timezone.now()
    state = DeliveryState.objects.filter(pk=1).first()
    if state is None or state.open_until is None or state.open_until <= now:
        return None
    return state.open_until


def _failed(stop: _Stop, now) -> None:
    state = _state()
    failures = state.consecutive_failures + 1
    open_until = state.open_until
    if failures >= settings.LRS_CIRCUIT_THRESHOLD:
        rest = max(settings.LRS_CIRCUIT_COOLDOWN, stop.retry_after or 0)
        open_until = now + timedelta(seconds=rest)
        log.warning("LRS unavailable (%s); not calling it again for %d s", stop.reason, rest)
    DeliveryState.objects.filter(pk=1).update(
        consecutive_failures=failures,
        open_until=open_until,
        last_failure=stop.reason[:4000],
        last_failure_at=now,
    )


def _succeeded(now) -> None:
    DeliveryState.objects.filter(pk=1).update(
        consecutive_failures=0, open_until=None, last_success_at=now
    )


def deliver_pending(batch_size: int | None = None, max_batches: int | None = None):
    """Send due statements in batches until none are left or the LRS cannot take more."""
    report = DeliveryReport()
    if not settings.LRS_ENDPOINT:
        return report
    if is_paused():
        report.paused = True
        return report
    batch_size = max(1, min(batch_size or settings.LRS_BATCH_SIZE, 1000))
    now = timezone.now()
    with _run_lease(now) as token:
        if token is None:
            report.busy = True
            return report
        if lrs_resting_until(now) is not None:
            report.resting = True
            return report
        batches = 0
        with lrs_client() as client, ThreadPoolExecutor(1, "xapi-post") as poster:
            batch = claim_batch(batch_size, timezone.now())
            while batch:
                batches += 1
                sent = poster.submit(_post, client, batch)
                more = max_batches is None or batches < max_batches
                upcoming = claim_batch(batch_size, timezone.now()) if more else []
                try:
                    _send(client, batch, report, sent)
                except _Stop as stop:
                    _release(upcoming)
                    if stop.reason:  # down or busy (not a pause): count it for the breaker
                        _failed(stop, timezone.now())
                    break
                if batches == 1:
                    _succeeded(timezone.now())  # the LRS answers: close the breaker
                _extend_lease(token)
                batch = upcoming
    return report


def requeue(statements) -> int:
    """Put dead letters (or any statements) back in line, e.g. after fixing the cause."""
    return statements.exclude(state=Statement.State.DELIVERED).update(
        state=Statement.State.PENDING, claimed_until=None
    )
