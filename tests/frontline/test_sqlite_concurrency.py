"""`make run` serves everything from one SQLite file. When a trainer presses Publish while the
editor's autosave posts, two requests write at the same moment: both must be saved, one after
the other, never answered with "database is locked"."""

import contextlib
import threading

from django.db import connections, transaction

import pytest

from frontline.settings.base import SQLITE_OPTIONS


@pytest.fixture
def sqlite_file(tmp_path, django_db_blocker):
    """A second database alias: an SQLite file configured as the embedded default is."""

    def open_alias(options):
        alias = f"sqlite_lab_{len(aliases)}"
        database = {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(tmp_path / "db.sqlite3"),
            "OPTIONS": options,
        }
        configured = connections.configure_settings({"default": {}, alias: database})
        connections.settings[alias] = configured[alias]
        aliases.append(alias)
        with connections[alias].cursor() as cursor:
            cursor.execute("CREATE TABLE IF NOT EXISTS page (id INTEGER PRIMARY KEY, title TEXT)")
            cursor.execute("INSERT OR REPLACE INTO page (id, title) VALUES (1, 'draft')")
        connections[alias].close()
        return alias

    aliases = []
    # Not the test database: a file of its own, opened by threads as runserver's are.
    with django_db_blocker.unblock():
        yield open_alias
    for alias in aliases:
        connections[alias].close()
        del connections[alias]
        del connections.settings[alias]


def publish_and_autosave_at_once(alias) -> list[str]:
    """Two requests, each reading the page and then writing it, interleaved so both have read
    before either writes — what Publish and autosave do in Wagtail's editor."""
    both_read = threading.Barrier(2, timeout=5)
    errors: list[str] = []

    def request(title):
        try:
            with transaction.atomic(using=alias), connections[alias].cursor() as cursor:
                cursor.execute("SELECT title FROM page WHERE id = 1")
                # With IMMEDIATE the other request waits for our lock instead of reading.
                with contextlib.suppress(threading.BrokenBarrierError):
                    both_read.wait(timeout=1)
                cursor.execute("UPDATE page SET title = %s WHERE id = 1", [title])
        except Exception as error:  # noqa: BLE001 - the error is what the test reports
            errors.append(f"{type(error).__name__}: {error}")
        finally:
            connections[alias].close()

    threads = [threading.Thread(target=request, args=(t,)) for t in ("published", "autosaved")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return errors


def test_publish_and_autosave_at_the_same_moment_both_succeed(sqlite_file):
    alias = sqlite_file(SQLITE_OPTIONS)
    assert publish_and_autosave_at_once(alias) == []
    with connections[alias].cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("SELECT title FROM page WHERE id = 1")
        assert cursor.fetchone()[0] in {"published", "autosaved"}


def test_sqlites_default_transactions_lock_in_the_same_moment(sqlite_file):
    """The failure the options prevent, shown on SQLite's defaults."""
    alias = sqlite_file({"timeout": 20})
    errors = publish_and_autosave_at_once(alias)
    assert errors and "database is locked" in errors[0]


def test_the_embedded_default_uses_these_options(settings):
    from django.conf import settings as live

    if live.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        assert live.DATABASES["default"]["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
