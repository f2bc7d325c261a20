"""Record learning events as statements in the outbox, inside the caller's transaction.

Each event has a stable key (``registered:<registration>``, ``completed:<registration>:<lesson>``
…); the statement id is uuid5 of it, so recording the same event twice keeps one statement,
and a retry re-sends the JSON frozen here."""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction

from frontline.tasks import enqueue_once_on_commit

from . import statements as xapi
from .models import LearnerPseudonym, Statement


def pseudonym_for(user):
    # Kept on the user object: one grading records dozens of statements for the same learner.
    cached = getattr(user, "_xapi_pseudonym", None)
    if cached is None:
        cached = LearnerPseudonym.objects.get_or_create(user=user)[0].pseudonym
        user._xapi_pseudonym = cached
    return cached


def agent_of(user):
    """A person as an xAPI agent: their pseudonymous account, made the same way for a trainer
    as for a learner (``LearnerPseudonym``), so a statement names who did it without naming
    them. Erasing the person deletes the pseudonym, and with it the link back to them."""
    return xapi.actor(pseudonym_for(user))


def lrs_configured() -> bool:
    return bool(getattr(settings, "LRS_ENDPOINT", ""))


DELIVERY_QUEUED = "tracking:delivery-queued"


def _schedule_delivery():
    """After this transaction commits, make sure a delivery run is on its way (one queued run
    serves every event recorded before it starts)."""
    from .tasks import deliver_statements

    enqueue_once_on_commit(DELIVERY_QUEUED, deliver_statements)


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
    extensions=None,
    agent=None,
    about=None,
    object_id: str | None = None,
) -> Statement | None:
    """Store the statement for this event unless it is already stored; returns it when new.
    ``extensions`` are the context's extensions (IRI → JSON value, see
    ``statements.extension_iri``).

    ``user`` is whose record it is (their export, their erasure); the actor is ``user``'s
    pseudonymous agent unless ``agent`` says who else did it (a trainer, the platform).
    ``about`` is a statement this one refers to (``statements.statement_ref``);
    ``object_id`` is the activity listed in the admin when the object is not one itself.

    Must run inside the transaction of the event: if the event rolls back, so does this."""
    statement_id = xapi.statement_id(event_key)
    built = xapi.build(
        event_key=event_key,
        pseudonym=None if agent is not None else pseudonym_for(user),
        verb_name=verb_name,
        obj=obj,
        timestamp=timestamp,
        registration=registration,
        parent=parent,
        grouping=grouping,
        result=result,
        language=language,
        extensions=extensions,
        agent=agent,
        about=about,
    )
    if object_id is None:
        object_id = obj.id if hasattr(obj, "id") else ""
    try:
        with transaction.atomic():
            stored = Statement.objects.create(
                id=statement_id,
                user=user,
                verb=verb_name,
                object_id=object_id,
                object_name=object_name[:300],
                course_key=course_key,
                registration=registration,
                payload=xapi.freeze(built),
                stored_at=timestamp,
            )
    except IntegrityError:
        return None  # the same event, already recorded (a repeat or a concurrent request)
    if lrs_configured():
        _schedule_delivery()
    return stored


def forget_learner(user) -> int:
    """Erase a learner from the learning records: statements already delivered are voided at
    the LRS (voiding statements queued for delivery, carrying only the pseudonym), and every
    local statement of theirs is deleted. Returns the number of voiding statements queued."""
    from django.utils import timezone

    now = timezone.now()
    with transaction.atomic():
        record_of = LearnerPseudonym.objects.filter(user=user).first()
        delivered = list(
            Statement.objects.filter(user=user, state=Statement.State.DELIVERED)
            .exclude(verb="voided")
            .values_list("pk", "registration")
        )
        voids = []
        if record_of is not None:
            for statement_pk, registration in delivered:
                built = xapi.voiding(record_of.pseudonym, statement_pk, now)
                voids.append(
                    Statement(
                        id=built.id,
                        user=None,
                        verb="voided",
                        object_id=str(statement_pk),
                        object_name="",
                        registration=registration,
                        payload=xapi.freeze(built),
                        stored_at=now,
                    )
                )
        Statement.objects.bulk_create(voids, batch_size=1000, ignore_conflicts=True)
        Statement.objects.filter(user=user).delete()
        LearnerPseudonym.objects.filter(user=user).delete()
        user.__dict__.pop("_xapi_pseudonym", None)
        if voids and lrs_configured():
            _schedule_delivery()
    return len(voids)
