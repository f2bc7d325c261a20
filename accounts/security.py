def axes_username(request, credentials) -> str | None:
    """The address a sign-in was tried for, as django-axes counts failures: lower-cased, so
    OFFICER@example.org and officer@example.org share one count."""
    value = (credentials or {}).get("username") or request.POST.get("username")
    return value.strip().lower() if value else None
