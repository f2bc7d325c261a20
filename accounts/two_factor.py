"""Two-factor sign-in: after the password, a code from an authenticator app or a recovery code.

Codes come from django-otp (docs/decisions/0018): an authenticator app holds a TOTP secret
(RFC 6238: a six-digit code every 30 seconds, computed from the secret and the time; the key
URI format apps read from the QR code is Google Authenticator's ``otpauth://totp/…``), kept on a
``TOTPDevice``; recovery codes are django-otp static tokens on a ``StaticDevice``, each removed
when used, so a code signs in once. A TOTP code is accepted once too: the device remembers the
last time step it accepted (``last_t``) and takes only later ones.

Who must have it is ``roles.requires_two_factor``; learners may turn it on. Wrong codes are
counted per account, authenticator and recovery codes together (``attempt_failed``)."""

from base64 import b32encode

from django.conf import settings
from django.db import transaction

import segno
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from frontline import ratelimit

from .models import AgencyVerification

RECOVERY_CODE_COUNT = 10
AUTHENTICATOR_NAME = "Authenticator app"
RECOVERY_NAME = "Recovery codes"


def is_enabled(user) -> bool:
    """Whether ``user`` signs in with a second step: a confirmed authenticator app."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def is_verified(request) -> bool:
    """Whether this session passed the second step (django-otp's ``OTPMiddleware``)."""
    user = request.user
    return user.is_authenticated and getattr(user, "is_verified", lambda: False)()


def agency_device(user) -> AgencyVerification:
    """What marks a session verified when the person's agency vouched for their second
    factor (``views.sign_in_complete``)."""
    device, _created = AgencyVerification.objects.get_or_create(
        user=user, defaults={"name": "Agency sign-in", "confirmed": True}
    )
    return device


def device_start(user) -> TOTPDevice:
    """The authenticator being set up: a new secret, the same one across reloads of the set-up
    page (its QR code stays valid while the person scans it), unused until confirmed."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=AUTHENTICATOR_NAME, confirmed=False)
    return device


def authenticator_add(user, key_hex: str, name: str = AUTHENTICATOR_NAME) -> TOTPDevice:
    """A confirmed authenticator with a secret known beforehand — the demo accounts' published
    one — unless the person already has one."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=name, key=key_hex, confirmed=True)
    return device


def secret_text(device: TOTPDevice) -> str:
    """The secret as authenticator apps take it typed in: base32, in groups of four."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_svg(device: TOTPDevice) -> str:
    """The set-up QR code (the ``otpauth://`` URI), drawn here as inline SVG: the secret never
    goes to another service to be drawn."""
    return segno.make(device.config_url, error="m").svg_inline(scale=4, border=2)


@transaction.atomic
def device_confirm(user, code: str) -> tuple[TOTPDevice, list[str]] | None:
    """Confirm the authenticator being set up with its first code; then it is the person's only
    authenticator and they get a fresh set of recovery codes. None if the code is wrong."""
    device = (
        TOTPDevice.objects.select_for_update()
        .filter(user=user, confirmed=False)
        .order_by("-pk")
        .first()
    )
    if device is None or not device.verify_token(code):
        return None
    TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return device, recovery_codes_renew(user)


@transaction.atomic
def recovery_codes_renew(user) -> list[str]:
    """Ten new recovery codes; the old ones stop working. Returned once, to be shown once."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=RECOVERY_NAME)
    codes = []
    while len(codes) < RECOVERY_CODE_COUNT:
        code = StaticToken.random_token()
        if code not in codes:
            codes.append(code)
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


def authenticator_code_verify(user, code: str) -> TOTPDevice | None:
    """The confirmed authenticator that accepts ``code`` now (and never again), or None."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
        if device is not None and device.verify_token(code):
            return device
    return None


def recovery_code_use(user, code: str) -> StaticDevice | None:
    """Use up ``code`` if it is one of the person's unused recovery codes. Typed codes may
    carry spaces, dashes or capitals."""
    code = "".join(code.split()).replace("-", "").lower()
    if not code or not is_enabled(user):
        return None
    with transaction.atomic():
        device = StaticDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
        if device is not None and device.verify_token(code):
            return device
    return None


@transaction.atomic
def disable(user) -> None:
    """Turn two-step sign-in off: the authenticator and the recovery codes are forgotten."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def _who(user) -> str:
    return f"user-{user.pk}"


def attempts_wait(user) -> int | None:
    """Seconds before ``user`` may try another code, if they have used up their wrong tries."""
    count, left = ratelimit.seen("two-factor", _who(user), settings.TWO_FACTOR_ATTEMPT_WINDOW)
    return left if count >= settings.TWO_FACTOR_ATTEMPT_LIMIT else None


def attempt_failed(user) -> int | None:
    """Count a wrong code for ``user``; seconds to wait if that used up their tries.

    Counted per account, not per client, so spreading guesses over many addresses gains
    nothing: a six-digit code has a million values, and five tries in fifteen minutes leave a
    guesser about one chance in seven hundred a day (three codes are valid at a time)."""
    count, left = ratelimit.hit("two-factor", _who(user), settings.TWO_FACTOR_ATTEMPT_WINDOW)
    return left if count >= settings.TWO_FACTOR_ATTEMPT_LIMIT else None
