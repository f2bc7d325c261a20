"""Fixed-window counters in Django's cache (Redis in production, so every web process shares
them): how many times something happened for someone in the current window of ``window``
seconds. Used to limit certificate look-ups per client and wrong sign-in codes per account."""

import time

from django.core.cache import cache


def _key(bucket: str, who: str, window: int) -> tuple[str, int]:
    now = int(time.time())
    start = now - now % window
    return f"ratelimit:{bucket}:{who}:{start}", max(start + window - now, 1)


def hit(bucket: str, who: str, window: int) -> tuple[int, int]:
    """Count one event for ``who``; the events in this window so far (this one included) and
    the seconds until the window ends."""
    key, left = _key(bucket, who, window)
    cache.add(key, 0, timeout=window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 5)
        count = 1
    return count, left


def seen(bucket: str, who: str, window: int) -> tuple[int, int]:
    """The events counted for ``who`` in this window, without counting one; and the seconds
    until the window ends."""
    key, left = _key(bucket, who, window)
    return cache.get(key, 0), left
