"""The statement outbox, which is also the embedded learning record store.

A statement is written here in the same transaction as the event it records, with its id fixed
from the event and its JSON frozen; delivery to an external LRS re-sends exactly that JSON."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class LearnerPseudonym(models.Model):
    """The opaque name a learner has in every statement: no e-mail, no name, nothing that
    points back to the person outside this database."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="xapi_pseudonym"
    )
    pseudonym = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    # Learner records, not content: kept out of Wagtail's reference index, which would
    # otherwise add four queries to every save.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("learner pseudonym")
        verbose_name_plural = _("learner pseudonyms")

    def __str__(self):
        return str(self.pseudonym)


KEPT_HERE = _("Kept in the platform's record store")


class Statement(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be delivered")
        DELIVERED = "delivered", _("Delivered")
        DEAD = "dead", _("Refused by the LRS")

    id = models.UUIDField(primary_key=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="xapi_statements",
    )
    verb = models.CharField(_("verb"), max_length=40, db_index=True)
    object_id = models.CharField(_("activity"), max_length=500)
    object_name = models.CharField(_("activity name"), max_length=300, blank=True)
    course_key = models.UUIDField(_("course"), null=True, blank=True, db_index=True)
    registration = models.UUIDField(_("registration"), null=True, blank=True)
    payload = models.JSONField(_("statement"), help_text=_("Frozen when recorded; sent as is."))
    stored_at = models.DateTimeField(_("recorded at"), default=timezone.now, db_index=True)
    state = models.CharField(
        _("delivery"), max_length=12, choices=State.choices, default=State.PENDING
    )
    delivery_attempts = models.PositiveIntegerField(_("delivery attempts"), default=0)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    delivered_at = models.DateTimeField(_("delivered at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)

    # Learner records, not content: kept out of Wagtail's reference index, which would
    # otherwise add four queries to every save.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("learning record")
        verbose_name_plural = _("learning records")
        ordering = ["-stored_at"]
        indexes = [
            models.Index(fields=["state", "stored_at"]),
            models.Index(fields=["user", "stored_at"]),
        ]

    def __str__(self):
        return f"{self.verb} {self.object_name or self.object_id}"

    @staticmethod
    def state_choices() -> list[tuple[str, str]]:
        """The delivery states as people read them: without an LRS nothing waits, a pending
        statement is simply kept in the platform's own record store."""
        if settings.LRS_ENDPOINT:
            return list(Statement.State.choices)
        return [
            (value, KEPT_HERE if value == Statement.State.PENDING else label)
            for value, label in Statement.State.choices
        ]

    def get_state_display(self) -> str:
        return dict(self.state_choices()).get(self.state, self.state)


class DeliveryPause(models.Model):
    """Set when the LRS refuses our credentials (401/403): delivery stops until an
    administrator fixes the configuration and resumes it. One row at most."""

    paused_at = models.DateTimeField(default=timezone.now)
    reason = models.TextField()

    class Meta:
        verbose_name = _("delivery pause")
        verbose_name_plural = _("delivery pauses")

    def __str__(self):
        return self.reason[:80]


class DeliveryState(models.Model):
    """One row: who is delivering now, and whether the LRS is resting.

    ``run_lease_until``/``run_token``: at most one delivery run at a time, whatever the number
    of workers (a lease, so a worker killed mid-run frees it when the lease ends).
    ``consecutive_failures``/``open_until``: the circuit breaker. After a few runs in a row find
    the LRS down (network error, 429, 5xx) it opens: runs do not call the LRS until
    ``open_until``, then one run probes it; a success closes the breaker and drains the backlog.
    Statements themselves carry no back-off, so nothing waits longer than the LRS does."""

    run_lease_until = models.DateTimeField(null=True, blank=True)
    run_token = models.CharField(max_length=32, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    open_until = models.DateTimeField(_("LRS resting until"), null=True, blank=True)
    last_failure = models.TextField(_("last failure"), blank=True)
    last_failure_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery state")
        verbose_name_plural = _("delivery state")

    def __str__(self):
        return f"delivery state ({self.consecutive_failures} failures)"
