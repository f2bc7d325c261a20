"""Record learning events as statements in the outbox, inside the caller's transaction.

Each event has a stable key (``registered:<registration>``, ``completed:<registration>:<lesson>``
…); the statement id is uuid5 of it, so recording the same event twice keeps one statement,
and a retry re-sends the JSON frozen here."""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction

from . import statements as xapi
from .models import LearnerPseudonym, Statement


def pseudonym_for(user):
    return LearnerPseudonym.objects.get_or_create(user=user)[0].pseudonym


def lrs_configured() -> bool:
    return bool(getattr(settings, "LRS_ENDPOINT", ""))


def _schedule_delivery():
    from .tasks import deliver_statements

    deliver_statements.delay()


def record(
    *,
    user,
    event_key: str,
    verb_name: str,
    obj,
    object_name: str,
    timestamp,
    course_key=None,
    registration=None,
    parent=None,
    grouping=None,
    result=None,
    language="en",
) -> Statement | None:
    """Store the statement for this event unless it is already stored; returns it when new.

    Must run inside the transaction of the event: if the event rolls back, so does this."""
    statement_id = xapi.statement_id(event_key)
    if Statement.objects.filter(pk=statement_id).exists():
        return None
    built = xapi.build(
        event_key=event_key,
        pseudonym=pseudonym_for(user),
        verb_name=verb_name,
        obj=obj,
        timestamp=timestamp,
        registration=registration,
        parent=parent,
        grouping=grouping,
        result=result,
        language=language,
    )
    try:
        with transaction.atomic():
            stored = Statement.objects.create(
                id=statement_id,
                user=user,
                verb=verb_name,
                object_id=obj.id if hasattr(obj, "id") else "",
                object_name=object_name[:300],
                course_key=course_key,
                registration=registration,
                payload=xapi.freeze(built),
                stored_at=timestamp,
            )
    except IntegrityError:
        return None  # the same event, recorded by a concurrent request
    if lrs_configured():
        transaction.on_commit(_schedule_delivery)
    return stored
