"""Helpers for tests that run real background processes (Celery workers, the serve-prod
stack, Redis): wait for something they do, and point this process's Celery app at a broker."""

import time

from kombu import pools as kombu_pools

from frontline.celery import app


def wait_for(condition, timeout=60, every=0.25) -> bool:
    """Poll ``condition`` until it is true (True) or ``timeout`` seconds pass (False)."""
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
