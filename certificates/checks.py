from django.conf import settings
from django.core.checks import Error, register


@register()
def signing_keys_present(app_configs, **kwargs):
    from .signing import keys_path

    if settings.CERTIFICATE_SIGNING_KEYS_AUTOCREATE or keys_path().exists():
        return []
    return [
        Error(
            f"Certificate signing keys not found at {keys_path()}.",
            hint="Set CERTIFICATE_SIGNING_KEYS_FILE, or create one: manage.py signing_keys rotate",
            id="certificates.E001",
        )
    ]
