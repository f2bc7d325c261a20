"""The course outline's structure, kept in the shared cache and never served stale.

A course's outline — its live modules, lessons and quizzes in reading order, with their ids,
titles, URLs, audiences, kinds and minutes, never a body — is the same for every learner
of the course page (each language is its own page). ``courses.selectors`` reads it from here
and lays the learner's own progress on top, so nothing of a learner is ever stored here.

What every request for a page would otherwise read from the database again is kept under the
same rule (``cached_many`` with a kind of its own): the site of a host name, the page at a URL
with its view restrictions (``home.routing``), a page's translations and the catalogue's URL
(the navigation), the site settings, a lesson's sources.

**The rule that keeps it fresh.** Every entry is stored under the *generation* of the content
it was read from (``frontline.generations``: a token read before the database, replaced when a
change is made and again when its transaction commits, never reused; entries are neither read
nor stored inside a transaction that made such a change). Any change that can alter an
outline — a page saved (published, unpublished, renamed, copied, created, a draft saved),
moved or deleted anywhere in the tree, a page's audiences or view restrictions changed, an
audience deleted, a site's hostname or root changed — replaces the token (``content_changed``).

One token for the whole tree rather than one per course, because a page's URL depends on
every page above it (a catalogue renamed moves every course's URLs) and a move can carry
pages between courses: a per-course version would have to find every course a change touches.
Changes are editors' work, rare beside learners' reads; after one, each course's outline is
read from the database once more (four queries). Models whose rows such entries copy, other
than pages, register with ``watch`` (site settings, sources).

**When the cache fails.** Decision 0008: a cache that raises, or Redis that is unreachable
(``frontline.cache.ResilientRedisCache`` then falls back to each process's memory, which
another process's change would not reach), is read past: the outline comes from the
database, and a page never fails for it.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from django.apps import apps
from django.core.cache import cache
from django.core.signals import request_finished, request_started
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_unpublished, post_page_move

from frontline.generations import Generation

log = logging.getLogger(__name__)

GENERATION_KEY = "courses:outline:generation"
#: Bumped when the stored form changes, so a deploy never reads another version's entries.
FORMAT = 3
#: A backstop only: freshness comes from the generation, not from expiry.
TIMEOUT = 24 * 60 * 60

#: The fields an outline's pages keep; any other field of a page rebuilt from the cache is
#: *deferred* (read from the database if someone asks for it), never a wrong default.
PAGE_FIELDS = (
    "id",
    "page_ptr_id",
    "title",
    "slug",
    "path",
    "depth",
    "url_path",
    "translation_key",
    "locale_id",
    "live",
    "content_type_id",
    "estimated_minutes",
)
#: A course also keeps what its completion and certificate rules read. Not its stored
#: minutes: ``course_minutes_update`` writes them with an ``update()`` after the save.
COURSE_FIELDS = PAGE_FIELDS[:-1] + (
    "completion_rule",
    "issues_certificate",
    "version_label",
    "certificate_validity_months",
    "refresher_for_id",
)


# Storing pages --------------------------------------------------------------------------------


def page_snapshot(page, fields=PAGE_FIELDS) -> tuple[str, dict[str, Any]]:
    """What the cache keeps of ``page``: its model and the listed fields it has."""
    names = {f.attname for f in page._meta.concrete_fields}
    return page._meta.label_lower, {name: getattr(page, name) for name in fields if name in names}


def snapshot(instance) -> tuple[str, dict[str, Any]]:
    """What the cache keeps of any model instance: its model and every concrete field."""
    return page_snapshot(instance, [f.attname for f in instance._meta.concrete_fields])


def page_from(snapshot: tuple[str, dict[str, Any]]):
    """The page a snapshot was taken of, as loaded from the database with the fields it has
    (the others deferred)."""
    label, values = snapshot
    model = apps.get_model(label)
    names = [f.attname for f in model._meta.concrete_fields if f.attname in values]
    return model.from_db("default", names, [values[name] for name in names])


# Reading through the cache ----------------------------------------------------------------


#: The generation a request read, so that it asks the shared cache once rather than once per
#: lookup (a round trip to Redis each). Only between ``request_started`` and
#: ``request_finished``: a process outside requests (a worker, a command) reads it each time.
#: Safe by the rule above: entries a request reads or stores are those of the generation it
#: read before the database; a change it makes itself forgets it (``GENERATION.replace``), so it
#: reads its own change; another process's change reaches the next request.
_request_generation: ContextVar[str | None] = ContextVar("outline_generation", default=None)
_in_request: ContextVar[bool] = ContextVar("outline_in_request", default=False)


def _request_started(**kwargs) -> None:
    _in_request.set(True)
    _request_generation.set(None)


def _request_finished(**kwargs) -> None:
    _in_request.set(False)
    _request_generation.set(None)


def _generation() -> str | None:
    token = _request_generation.get()
    if token is not None:
        return token
    token = GENERATION.read()
    if _in_request.get():
        _request_generation.set(token)
    return token


#: Entries this process has read or built, by key. A key names its generation and a
#: generation's entries never change, so the latest ones used are kept here and read without
#: asking the shared cache or unpickling them again; least recently used first out. What
#: ``cached_many`` returns is shared: callers read it and build their own objects from it.
LOCAL_ENTRIES = 1000
_local: OrderedDict[str, Any] = OrderedDict()
_local_lock = threading.Lock()


def _local_get(keys: dict) -> dict:
    found = {}
    with _local_lock:
        for key, i in keys.items():
            if key in _local:
                _local.move_to_end(key)
                found[i] = _local[key]
    return found


def _local_set(entries: dict) -> None:
    with _local_lock:
        _local.update(entries)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def cached_many(kind: str, ids: list, build: Callable[[list], dict]) -> dict:
    """``{id: value}`` for ``ids`` from this process's memory or the shared cache, the missing
    ones from ``build(missing)`` (which reads the database and returns ``{id: value}``) and
    stored. Reads past the cache when it fails or cannot be trusted (see the module's
    docstring). The values are shared between requests: never change them."""
    if not ids:
        return {}
    if not GENERATION.trusted():
        return build(ids)
    try:
        generation = _generation()
        if generation is None or not GENERATION.trusted():
            return build(ids)
        keys = {f"courses:outline:{FORMAT}:{generation}:{kind}:{i}": i for i in ids}
        found = _local_get(keys)
        if len(found) < len(keys):
            shared = cache.get_many([key for key, i in keys.items() if i not in found])
            _local_set(shared)
            found.update((keys[key], value) for key, value in shared.items())
    except Exception:  # noqa: BLE001 — any cache failure: read the database (decision 0008)
        log.warning("The outline cache failed: reading outlines from the database", exc_info=True)
        return build(ids)
    missing = [i for i in ids if i not in found]
    if missing:
        built = build(missing)
        found.update(built)
        if GENERATION.trusted():
            entries = {key: built[i] for key, i in keys.items() if i in built}
            try:
                cache.set_many(entries, TIMEOUT)
            except Exception:  # noqa: BLE001
                log.warning("The outline cache failed: outlines not stored", exc_info=True)
            else:
                _local_set(entries)
    return found


# Invalidation ---------------------------------------------------------------------------------


class _OutlineGeneration(Generation):
    @property
    def store(self):
        return cache  # this module's: what every entry here is kept in

    def replace(self) -> None:
        _request_generation.set(None)  # a request that changes content reads its own change
        super().replace()


GENERATION = _OutlineGeneration(GENERATION_KEY)


def content_changed() -> None:
    """Start a new generation: every outline is read again from the database. Called when
    the change is made and again when its transaction commits (see the module's docstring)."""
    GENERATION.changed()


def _page_changed(sender, instance=None, **kwargs) -> None:
    if isinstance(instance, (Page, PageViewRestriction, Site, Locale)):
        content_changed()


def _relation_changed(sender, instance=None, action="", **kwargs) -> None:
    if action.startswith("post_") and isinstance(instance, (Page, PageViewRestriction)):
        content_changed()


def _audience_deleted(sender, **kwargs) -> None:
    content_changed()


def _watched_changed(sender, created=False, **kwargs) -> None:
    if not (created and sender in _NEW_ROWS_CHANGE_NOTHING):
        content_changed()


_NEW_ROWS_CHANGE_NOTHING: set = set()


def watch(model, *, new_rows_change_entries: bool = True) -> None:
    """Start a new generation whenever a row of ``model`` is saved or deleted: for the models
    an entry copies beside pages (an app's ``ready``). ``new_rows_change_entries=False`` for
    a model whose new rows no entry can hold yet (a source before a lesson cites it; the site
    settings, created by the first request that reads them)."""
    if not new_rows_change_entries:
        _NEW_ROWS_CHANGE_NOTHING.add(model)
    uid = f"courses.outline.watch.{model._meta.label_lower}"
    post_save.connect(_watched_changed, sender=model, dispatch_uid=f"{uid}.saved")
    post_delete.connect(_watched_changed, sender=model, dispatch_uid=f"{uid}.deleted")


def connect() -> None:
    """Listen for the changes that alter outlines (``CoursesConfig.ready``)."""
    request_started.connect(_request_started, dispatch_uid="courses.outline.request_started")
    request_finished.connect(_request_finished, dispatch_uid="courses.outline.request_finished")
    post_save.connect(_page_changed, dispatch_uid="courses.outline.saved")
    post_delete.connect(_page_changed, dispatch_uid="courses.outline.deleted")
    page_unpublished.connect(_page_changed, dispatch_uid="courses.outline.unpublished")
    post_page_move.connect(_page_changed, dispatch_uid="courses.outline.moved")
    m2m_changed.connect(_relation_changed, dispatch_uid="courses.outline.relations")
    post_delete.connect(
        _audience_deleted, sender="courses.Audience", dispatch_uid="courses.outline.audience"
    )
