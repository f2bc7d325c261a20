"""HTTP helpers shared by the apps."""

from django.views.decorators.cache import never_cache


def personal(view):
    """For a view whose response holds one person's data (their export, certificate,
    credential, readiness statement, an organisation's member list): neither the browser nor a
    proxy may keep a copy (``Cache-Control: max-age=0, no-cache, no-store, must-revalidate,
    private``). The admin's own views get the same from Wagtail."""
    return never_cache(view)
