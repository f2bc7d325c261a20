"""What the platform holds about a person, app by app: the contract between the apps that hold
it and the person's export and erasure (``accounts.privacy``), which know none of them.

Each app registers, in its ``wagtail_hooks.py``, a function returning one ``LearnerData``::

    @hooks.register(LEARNER_DATA)
    def learner_certificates():
        return LearnerData(order=40, section="certificates", export=..., erase=...)

It lives here, at the bottom, so that every app can use it (tracking included, which knows
nothing of accounts)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

# The Wagtail hook each app registers its ``LearnerData`` with.
LEARNER_DATA = "learner_data"


@dataclass(frozen=True)
class LearnerData:
    """One app's part of a person's data.

    ``order`` places it: the export's sections follow it, and so does erasure (what others rely
    on, such as a certificate, is revoked before the records that led to it are forgotten).
    ``section`` names its part of the export, ``export(user)`` returns it as JSON-ready data;
    without a section the app exports nothing. ``erase(user, by)`` runs in the erasure's
    transaction, before the account is deleted (``by``: the administrator acting, None when
    the person erases themselves) and may return counts for the erasure's summary."""

    order: int
    section: str = ""
    export: Callable[[Any], Any] | None = None
    erase: Callable[[Any, Any], dict[str, int] | None] | None = None
