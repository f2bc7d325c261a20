"""Guessing passwords: sign-in is locked out by django-axes after ``AXES_FAILURE_LIMIT`` failures
for one address from one client; a password typed to confirm something else (erasing the
account) counts towards the same lock-out, so it is no side door for guessing."""

from django.contrib.auth.signals import user_login_failed

from axes.handlers.proxy import AxesProxyHandler


def axes_username(request, credentials) -> str | None:
    """The address a sign-in was tried for, as django-axes counts failures: lower-cased, so
    OFFICER@example.org and officer@example.org share one count."""
    value = (credentials or {}).get("username") or request.POST.get("username")
    return value.strip().lower() if value else None


def _credentials(user) -> dict:
    return {"username": user.email}


def password_locked(request, user) -> bool:
    """Whether password checks for ``user`` from this client are paused (sign-in lock-out)."""
    return AxesProxyHandler.is_locked(request, _credentials(user))


def password_failed(request, user) -> bool:
    """Count a wrong password for ``user`` as a failed sign-in; True if that locked them out.

    The calling view explains the lock-out in its own words, so the flag that makes axes'
    middleware answer with the sign-in lock-out page instead is cleared."""
    user_login_failed.send(sender=__name__, credentials=_credentials(user), request=request)
    locked = bool(getattr(request, "axes_locked_out", False))
    request.axes_locked_out = False
    return locked
