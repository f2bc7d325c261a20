"""Background work: one way to declare a task, one way to queue it, so that a broker outage
never fails what the learner did.

Every task is declared with ``@background_task`` (named by its module and function, so beat,
the routes in settings and the worker logs all use the same name): it is given ids, never
objects; it is idempotent, because a message may be delivered twice (a worker killed after
the work but before the acknowledgement puts the message back: ``acks_late`` and
``reject_on_worker_lost``); its result is not stored (nothing reads it). A task whose work may
fail for a passing reason (storage, fonts) asks for ``retry=True``: tried again 10 s, 20 s,
40 s… later, six times. Sweeps run by beat do not retry: the next beat is their retry.

Work is queued with ``enqueue_on_commit`` (Celery's ``delay_on_commit``, made safe for a broker
that is down), after the commit of what it follows (a certificate's PDF, delivery of the
statements just recorded).

Work is queued after the commit of what it follows (a certificate's PDF, delivery of the
statements just recorded). If the broker (Redis) cannot take the message, the learner's action
has already committed: answering 500 then would be a lie, and retrying in the request would
make every page wait for Redis. So the failure is logged and the request goes on; each kind of
queued work has a periodic sweep (beat) that finds what is still undone in the database and
does it once the broker is back:

    statements not delivered     tracking.tasks.deliver_statements, every minute
    certificate PDFs not stored  certificates.tasks.render_missing_pdfs, every 5 minutes
    quiz attempts past due       quizzes.tasks.close_overdue_attempts, every 5 minutes
"""

from __future__ import annotations

import logging
from functools import partial

from django.core.cache import cache
from django.db import transaction

from celery import shared_task
from kombu.exceptions import OperationalError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

BROKER_ERRORS = (OperationalError, RedisConnectionError, RedisTimeoutError, ConnectionError)
# Publishing gives up fast when the broker is down: the sweep, not the request, retries.
PUBLISH_RETRY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.2, "interval_max": 0.2}

TASK_OPTIONS = {"ignore_result": True, "acks_late": True, "reject_on_worker_lost": True}
RETRY_OPTIONS = {
    "autoretry_for": (Exception,),
    "retry_backoff": 10,
    "retry_backoff_max": 600,
    "max_retries": 6,
}


def background_task(func=None, *, retry: bool = False):
    """Declare a Celery task the house way (see the module's docstring): ``@background_task``
    or ``@background_task(retry=True)``."""

    def declare(func):
        options = {**TASK_OPTIONS, **(RETRY_OPTIONS if retry else {})}
        return shared_task(name=f"{func.__module__}.{func.__name__}", **options)(func)

    return declare(func) if func is not None else declare


def enqueue(task, *args, **kwargs) -> bool:
    """Queue ``task`` with these arguments; False (logged) if the broker cannot take it now.

    In eager mode (no broker: ``make run``, the tests) the task runs here and its own errors
    propagate as usual."""
    if task.app.conf.task_always_eager:
        # What apply_async would do eagerly, without first building a broker connection pool.
        task.apply(args=args, kwargs=kwargs)
        return True
    try:
        task.apply_async(args=args, kwargs=kwargs, retry=True, retry_policy=PUBLISH_RETRY)
    except BROKER_ERRORS as error:
        log.warning("Could not queue %s (%s); its sweep will do it later", task.name, error)
        return False
    return True


def enqueue_on_commit(task, *args, **kwargs) -> None:
    """Queue ``task`` once the current transaction commits (at once outside one)."""
    transaction.on_commit(partial(enqueue, task, *args, **kwargs), robust=True)


def enqueue_once_on_commit(flag: str, task, *, ttl: int = 30) -> None:
    """Queue an argument-less task after commit unless one is already waiting in the queue.

    ``flag`` is a cache key the task deletes when it starts (``task_started``): events recorded
    after that queue a new run, those recorded before are picked up by the waiting one. Many
    events in a busy minute thus queue a handful of runs, not one each."""

    def queue():
        if not cache.add(flag, 1, timeout=ttl):
            return  # a run is already waiting; it will see this commit's work
        if not enqueue(task):
            cache.delete(flag)

    transaction.on_commit(queue, robust=True)


def task_started(flag: str) -> None:
    cache.delete(flag)
