"""Test settings: fast password hashing, in-memory e-mail, eager tasks.

``DATABASE_URL`` still chooses the database, so ``make test`` runs on PostgreSQL while
``make test-fast`` runs on SQLite."""

import os
from pathlib import Path

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CELERY_BROKER_URL = ""
CELERY_TASK_ALWAYS_EAGER = True
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "test-media"))  # noqa: F405
PRIVATE_MEDIA_ROOT = Path(  # noqa: F405
    os.environ.get("PRIVATE_MEDIA_ROOT", BASE_DIR / "var" / "test-private-media")  # noqa: F405
)
STORAGES = {  # noqa: F405
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {"BACKEND": "frontline.storage.PrivateFileStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
DEMO_CONTENT_ALLOWED = True
CERTIFICATE_SIGNING_KEYS_FILE = str(BASE_DIR / "var" / "test-signing-keys.json")  # noqa: F405
CERTIFICATE_SIGNING_KEYS_AUTOCREATE = True
