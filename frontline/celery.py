"""Celery application.

With no ``CELERY_BROKER_URL`` in the environment, tasks run eagerly in the calling process,
so the embedded default needs no broker; production points it at Redis.
"""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "frontline.settings.dev")

app = Celery("frontline")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
