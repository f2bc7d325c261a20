"""Laptop defaults: SQLite, eager tasks, e-mail to the console, a throwaway secret key."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"  # noqa: F405
DEMO_CONTENT_ALLOWED = True
CERTIFICATE_SIGNING_KEYS_AUTOCREATE = True
