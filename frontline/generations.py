"""Generation tokens: the rule that keeps entries in the shared cache fresh.

Entries copied from the database (course outlines, rendered lesson bodies, people's
permissions) are stored under a *generation*: a random token kept under one key of the shared
cache. Any committed change to what they copy replaces the token (``changed``); readers read
the token *before* the database and name it in their keys. So:

- a reader that sees the new token reads the database after the change: its entry is fresh;
- a reader that saw an old token stores under a key nobody asks for again;
- the token is replaced when the change is made and again once its transaction commits
  (``transaction.on_commit``), so an entry built by another process from the database as it
  was before the commit is abandoned at the commit;
- inside a transaction that has itself made such a change, entries are read from the database
  and not stored (``trusted`` is false): that transaction sees data no one else may ever see;
- a token is never reused (``uuid4``): an expired or dropped key starts a new generation,
  never an old one;
- while Redis is unreachable (``frontline.cache.ResilientRedisCache`` then falls back to each
  process's memory, which another process's change would not reach) nothing is trusted.
"""

from __future__ import annotations

import logging
import uuid

from django.core.cache import cache
from django.db import connection, transaction

log = logging.getLogger(__name__)


class Generation:
    """The generation token under ``key`` of the shared cache."""

    def __init__(self, key: str):
        self.key = key
        # Where the connection remembers the transaction that changed this content.
        self._changed_in = "_generation_changed_in:" + key

    @property
    def store(self):
        """The cache the token and its entries are kept in: the shared one."""
        return cache

    def read(self) -> str:
        """The current token (a new one if the cache holds none)."""
        token = self.store.get(self.key)
        if token is None:
            self.store.add(self.key, uuid.uuid4().hex, None)
            token = self.store.get(self.key)
        return token

    def replace(self) -> None:
        """A new token now. A failing cache is logged, never raised: it must not fail the
        editor's or administrator's change that asked for it."""
        try:
            self.store.set(self.key, uuid.uuid4().hex, None)
        except Exception:  # noqa: BLE001
            log.warning("The shared cache failed: %s was not replaced", self.key, exc_info=True)

    def changed(self) -> None:
        """What the generation copies changed: a new token now and again at commit."""
        self.replace()
        blocks = [b for b in connection.atomic_blocks if not b._from_testcase]
        if blocks:
            setattr(connection, self._changed_in, blocks[0])
            transaction.on_commit(self.replace)

    def changed_in_this_transaction(self) -> bool:
        block = getattr(connection, self._changed_in, None)
        return block is not None and block in connection.atomic_blocks

    def trusted(self) -> bool:
        """Whether entries of this generation may be read and stored now."""
        # ResilientRedisCache says when it has fallen back to this process's memory.
        shared = getattr(self.store, "redis_available", True)
        return shared and not self.changed_in_this_transaction()
