"""Deliver pending statements from the outbox to the configured LRS.

tincan's ``RemoteLRS`` has no timeout and no retry, raises on a 204 and maps returned ids onto
statements by position, so transport is ``httpx`` (connect and read timeouts, one pooled
connection per run); the body is the frozen JSON of each statement, never a rebuilt one.

Per answer of the LRS to a batch (a POST of a JSON array):
    200 / 204            delivered (204: every id already stored — an idempotent replay)
    409                  one statement: already stored → delivered; a batch: split to find out
    400 / 413 / 422      split the batch until the refused statement(s) are alone; park each
                         as a dead letter with the LRS's error; deliver the rest
    401 / 403 / 404      configuration problem: pause delivery, tell the administrators
    429 / 5xx / network  back off exponentially with jitter; the sweep retries later
"""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import mail_admins
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone

import httpx

from .models import DeliveryPause, Statement

log = logging.getLogger(__name__)

BACKOFF_BASE_SECONDS = 30
BACKOFF_CAP_SECONDS = 3600
SPLIT_STATUSES = {400, 413, 422}
PAUSE_STATUSES = {401, 403, 404}


@dataclass
class DeliveryReport:
    delivered: int = 0
    dead: int = 0
    deferred: int = 0
    requests: int = 0
    paused: bool = False


class _Stop(Exception):
    """The LRS cannot take more now (down, throttling, misconfigured): end this run."""


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


def claim_batch(size: int, now) -> list[Statement]:
    with transaction.atomic():
        due = (
            Statement.objects.filter(state=Statement.State.PENDING)
            .filter(Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now))
            .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
            .order_by("stored_at", "id")
        )
        if connection.features.has_select_for_update_skip_locked:
            due = due.select_for_update(skip_locked=True)
        ids = list(due.values_list("pk", flat=True)[:size])
        if not ids:
            return []
        Statement.objects.filter(pk__in=ids).update(claimed_until=now + _lease())
    return list(Statement.objects.filter(pk__in=ids).order_by("stored_at", "id"))


def _mark_delivered(batch: list[Statement], report: DeliveryReport) -> None:
    Statement.objects.filter(pk__in=[s.pk for s in batch]).update(
        state=Statement.State.DELIVERED,
        delivered_at=timezone.now(),
        claimed_until=None,
        last_error="",
    )
    report.delivered += len(batch)


def _mark_dead(statement: Statement, error: str, report: DeliveryReport) -> None:
    Statement.objects.filter(pk=statement.pk).update(
        state=Statement.State.DEAD,
        claimed_until=None,
        delivery_attempts=statement.delivery_attempts + 1,
        last_error=error[:4000],
    )
    report.dead += 1
    log.warning("LRS refused statement %s: %s", statement.pk, error[:300])


def backoff_delay(attempts: int, rng=random) -> timedelta:
    """Exponential, capped, with jitter so many learners' statements do not retry in step."""
    seconds = min(BACKOFF_CAP_SECONDS, BACKOFF_BASE_SECONDS * 2 ** max(0, attempts - 1))
    return timedelta(seconds=seconds * rng.uniform(0.5, 1.5))


def _defer(batch: list[Statement], error: str, report: DeliveryReport) -> None:
    now = timezone.now()
    for statement in batch:
        attempts = statement.delivery_attempts + 1
        Statement.objects.filter(pk=statement.pk).update(
            delivery_attempts=attempts,
            next_attempt_at=now + backoff_delay(attempts),
            claimed_until=None,
            last_error=error[:4000],
        )
    report.deferred += len(batch)


def _release(batch: list[Statement]) -> None:
    Statement.objects.filter(pk__in=[s.pk for s in batch]).update(claimed_until=None)


def _pause(batch: list[Statement], reason: str, report: DeliveryReport) -> None:
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


def _send(client: httpx.Client, batch: list[Statement], report: DeliveryReport) -> None:
    body = json.dumps([statement.payload for statement in batch])
    try:
        report.requests += 1
        response = client.post(statements_url(), content=body)
    except httpx.HTTPError as error:
        _defer(batch, f"{type(error).__name__}: {error}", report)
        raise _Stop from error
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
    raise _Stop


def deliver_pending(batch_size: int | None = None, max_batches: int | None = None):
    """Send due statements in batches until none are left or the LRS cannot take more."""
    report = DeliveryReport()
    if not settings.LRS_ENDPOINT:
        return report
    if is_paused():
        report.paused = True
        return report
    batch_size = max(1, min(batch_size or settings.LRS_BATCH_SIZE, 1000))
    batches = 0
    with lrs_client() as client:
        while max_batches is None or batches < max_batches:
            batch = claim_batch(batch_size, timezone.now())
            if not batch:
                break
            batches += 1
            try:
                _send(client, batch, report)
            except _Stop:
                break
    return report


def requeue(statements) -> int:
    """Put dead letters (or any statements) back in line, e.g. after fixing the cause."""
    return statements.exclude(state=Statement.State.DELIVERED).update(
        state=Statement.State.PENDING, next_attempt_at=None, claimed_until=None
    )
