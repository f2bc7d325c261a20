"""Django's model permissions, kept in the shared cache (issue 17).

Every signed-in page asks ``has_perm("wagtailadmin.access_admin")`` (the editor's toolbar, the
trainer view): Django's ``ModelBackend`` answers with two queries per request — the person's own
permissions and their groups' — which cost more CPU than the page's own query. A person's
permissions change only when an administrator changes a group or a person's groups, so they are
kept in the shared cache under a generation token (``frontline.generations``: replaced at the
change and again at commit, never trusted inside a transaction that made such a change, read
past while Redis is unreachable). Every change that can alter anyone's permissions replaces it:
a person's groups or own permissions, a group's permissions, a group or a permission saved or
deleted. The key also names whether the person is active and a superuser (the user row, read on
every request anyway), so those changes need no token.

Object permissions and the methods that list a person's own or group permissions apart (the
admin's user page) are Django's, uncached.
"""

from __future__ import annotations

import logging

from django.contrib.auth.backends import ModelBackend
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save

from frontline.generations import Generation

log = logging.getLogger(__name__)

GENERATION = Generation("accounts:permissions:generation")
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

        if not GENERATION.trusted():
            return from_database()
        try:
            key = f"{GENERATION.key}:{GENERATION.read()}:{user_obj.pk}:{int(user_obj.is_superuser)}"
            stored = cache.get(key)
        except Exception:  # noqa: BLE001 — a failing cache costs two queries, never the page
            log.warning("The permission cache failed: reading from the database", exc_info=True)
            return from_database()
        if stored is not None:
            return set(stored)
        permissions = from_database()
        if GENERATION.trusted():
            try:
                cache.set(key, frozenset(permissions), TIMEOUT)
            except Exception:  # noqa: BLE001
                log.warning("The permission cache failed: not stored", exc_info=True)
        return permissions


def _relation_changed(sender, action="", **kwargs) -> None:
    if action.startswith("post_"):
        GENERATION.changed()


def _row_changed(sender, **kwargs) -> None:
    GENERATION.changed()


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
