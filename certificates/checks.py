from ipaddress import ip_address
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register


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


def _is_ip_address(host: str) -> bool:
    try:
        ip_address(host)
    except ValueError:
        return False
    return True


@register(Tags.security, deploy=True)
def issuer_did_resolvable(app_configs, **kwargs):
    """The issuer's did:web DID names the site's host; a verifier resolves it at
    ``https://<host>/.well-known/did.json``. The did:web method spec requires HTTPS and a
    domain name ("MUST NOT include IP addresses"); this site serves the document at the
    domain's root, so an address with a path would name a DID nobody can resolve. Only under
    ``check --deploy``: development runs on http://127.0.0.1."""
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    problems = []
    if address.scheme != "https":
        problems.append("it is not https")
    if address.hostname and _is_ip_address(address.hostname):
        problems.append("its host is an IP address")
    if address.path.strip("/"):
        problems.append("it has a path")
    if not problems:
        return []
    return [
        Warning(
            f"Verifiers cannot resolve the issuer's did:web keys from SITE_BASE_URL "
            f"{settings.WAGTAILADMIN_BASE_URL!r}: {', '.join(problems)}.",
            hint="Set SITE_BASE_URL to the site's https:// address on its own domain.",
            id="certificates.W001",
        )
    ]
