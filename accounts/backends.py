"""Django's model permissions, kept in the shared cache (issue 17).

Every signed-in page asks ``has_perm("wagtailadmin.access_admin")`` (the editor's toolbar, the
trainer view): Django's ``ModelBackend`` answers with two queries per request — the person's own
permissions and their groups' — which cost more CPU than the page's own query. A person's
permissions change only when an administrator changes a group or a person's groups, so they are
kept in the shared cache under a *generation* token, as the course outlines are
(``courses.outline_cache``):

- every change that can alter anyone's permissions — a person's groups or own permissions, a
  group's permissions, a group or a permission saved or deleted — replaces the token, when the
  change is made and again when its transaction commits, so an entry read from the database as
  it was before the commit is abandoned with the old token;
- a reader reads the token before the database, so what it stores under a token was read after
  that token was set;
- the key also names whether the person is active and a superuser (the user row, read on every
  request anyway), so those changes need no token;
- a cache that fails, or Redis that is unreachable (``frontline.cache.ResilientRedisCache``
  then serves each process's own memory, which another process's change would not reach), is
  read past: the permissions come from the database, as without this backend.

Object permissions and the methods that list a person's own or group permissions apart (the
admin's user page) are Django's, uncached.
"""

from __future__ import annotations

import logging
import uuid

from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

log = logging.getLogger(__name__)

GENERATION_KEY = "accounts:permissions:generation"
#: A backstop only: freshness comes from the generation.
TIMEOUT = 24 * 60 * 60


class CachedPermissionsBackend(ModelBackend):
    """``ModelBackend`` whose permission set for a person comes from the shared cache."""

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            user_obj._perm_cache = self._cached_permissions(user_obj)
        return user_obj._perm_cache

    def _cached_permissions(self, user_obj) -> set[str]:
        def from_database() -> set[str]:
            return set(super(CachedPermissionsBackend, self).get_all_permissions(user_obj))

        if not _cache_trusted():
            return from_database()
        try:
            generation = _generation()
            key = f"{GENERATION_KEY}:{generation}:{user_obj.pk}:{int(user_obj.is_superuser)}"
            stored = cache.get(key)
        except Exception:  # noqa: BLE001 — a failing cache costs two queries, never the page
            log.warning("The permission cache failed: reading from the database", exc_info=True)
            return from_database()
        if stored is not None:
            return set(stored)
        permissions = from_database()
        if _cache_trusted():
            try:
                cache.set(key, frozenset(permissions), TIMEOUT)
            except Exception:  # noqa: BLE001
                log.warning("The permission cache failed: not stored", exc_info=True)
        return permissions


def _cache_trusted() -> bool:
    changed_in = getattr(connection, "_permissions_changed_in", None)
    if changed_in is not None and changed_in in connection.atomic_blocks:
        return False  # this transaction changed permissions others may never see
    return getattr(cache, "redis_available", True)


def _generation() -> str:
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY)
    return token


def _new_generation() -> None:
    try:
        cache.set(GENERATION_KEY, uuid.uuid4().hex, None)
    except Exception:  # noqa: BLE001 — a failed cache must not fail an administrator's change
        log.warning("The permission cache failed: its generation was not replaced", exc_info=True)


def permissions_changed() -> None:
    """Start a new generation now and again when the transaction commits."""
    _new_generation()
    blocks = [b for b in connection.atomic_blocks if not b._from_testcase]
    if blocks:
        connection._permissions_changed_in = blocks[0]
        transaction.on_commit(_new_generation)


def _relation_changed(sender, action="", **kwargs) -> None:
    if action.startswith("post_"):
        permissions_changed()


def _row_changed(sender, **kwargs) -> None:
    permissions_changed()


def connect() -> None:
    """Listen for the changes that alter permissions (``AccountsConfig.ready``)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission

    user = get_user_model()
    for through in (user.groups.through, user.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(
            _relation_changed, sender=through, dispatch_uid=f"accounts.perms.{through.__name__}"
        )
    for model in (Group, Permission):
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(
                _row_changed, sender=model, dispatch_uid=f"accounts.perms.{model.__name__}.{name}"
            )
