"""The shared cache (Redis), and what happens when Redis is down.

Every web process shares Redis for Wagtail's site lookups and for counters (the certificate
lookup rate limit). Django's Redis backend raises on every call while Redis is unreachable,
which turned a Redis outage into a site outage. This backend falls back instead:

- while Redis is unreachable each process uses its own memory: cache reads miss at first and
  pages are built from the database; counters count per process, so the lookup rate limit
  still holds, per web process (it fails *safe-open*: verification keeps working, an
  enumeration stays bounded by the number of processes times the limit);
- after a failure Redis is left alone for ``RETRY_AFTER`` seconds, so an outage costs each
  process one connection attempt every few seconds, not one per cache call;
- keys written or deleted during the outage are deleted from Redis when it answers again, so
  it never serves a value older than one replaced while it was away.
"""

from __future__ import annotations

import logging
import threading
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError)


class ResilientRedisCache(RedisCache):
    RETRY_AFTER = 5.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._memory = LocMemCache(f"fallback-{id(self)}", {"TIMEOUT": params.get("TIMEOUT", 300)})
        self._down_until = 0.0
        self._written_while_down: set[tuple[str, int | None]] = set()
        self._cleared_while_down = False
        self._lock = threading.Lock()

    @property
    def redis_available(self) -> bool:
        return time.monotonic() >= self._down_until

    def _call(self, method: str, *args, written=(), version=None, **kwargs):
        if self.redis_available:
            try:
                self._forget_what_changed_while_down()
                return getattr(RedisCache, method)(self, *args, version=version, **kwargs)
            except UNREACHABLE as error:
                with self._lock:
                    if self.redis_available:
                        log.warning("Redis unreachable (%s): this process caches in memory", error)
                    self._down_until = time.monotonic() + self.RETRY_AFTER
        with self._lock:
            self._written_while_down.update((key, version) for key in written)
        return getattr(self._memory, method)(*args, version=version, **kwargs)

    def _forget_what_changed_while_down(self) -> None:
        if not (self._written_while_down or self._cleared_while_down):
            return
        with self._lock:
            written, self._written_while_down = self._written_while_down, set()
            cleared, self._cleared_while_down = self._cleared_while_down, False
        try:
            if cleared:
                RedisCache.clear(self)
            for key, version in written:
                RedisCache.delete(self, key, version=version)
        except UNREACHABLE:
            with self._lock:
                self._written_while_down |= written
                self._cleared_while_down |= cleared
            raise
        self._memory.clear()
        log.warning("Redis is back: %d key(s) changed during the outage dropped", len(written))

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", key, value, timeout, written=[key], version=version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", key, value, timeout, written=[key], version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", key, timeout, written=[key], version=version)

    def delete(self, key, version=None):
        return self._call("delete", key, written=[key], version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version=version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, written=[key], version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", data, timeout, written=list(data), version=version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, written=list(keys), version=version)

    def clear(self):
        if self.redis_available:
            try:
                return RedisCache.clear(self)
            except UNREACHABLE:
                self._down_until = time.monotonic() + self.RETRY_AFTER
        self._cleared_while_down = True
        return self._memory.clear()
