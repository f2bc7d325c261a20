"""Two-factor sign-in: after the password, a code from an authenticator app or a recovery code.

Codes come from django-otp (docs/decisions/0018): an authenticator app holds a TOTP secret
(RFC 6238: a six-digit code every 30 seconds, computed from the secret and the time; the key
URI format apps read from the QR code is Google Authenticator's ``otpauth://totp/…``), kept on a
``TOTPDevice``; recovery codes are kept only as keyed digests on our own django-otp device
(``models.RecoveryCodeDevice``), each removed when used, so a code signs in once. A TOTP code
is accepted once too: the device remembers the last time step it accepted (``last_t``) and
takes only later ones.

Who must have it is ``roles.requires_two_factor``; learners may turn it on. Wrong codes are
counted per account, authenticator and recovery codes together (``attempt_failed``)."""

from base64 import b32encode

from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.contrib.sessions.models import Session
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log

import segno
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from frontline import ratelimit

from .models import RecoveryCode, RecoveryCodeDevice

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
    """Ten new recovery codes; the old ones stop working. Returned once, to be shown once:
    only their digests are kept."""
    RecoveryCodeDevice.objects.filter(user=user).delete()
    device = RecoveryCodeDevice.objects.create(user=user, name=RECOVERY_NAME)
    codes = []
    while len(codes) < RECOVERY_CODE_COUNT:
        # Eight base32 characters (40 random bits), as django-otp's static tokens.
        code = StaticToken.random_token()
        if code not in codes:
            codes.append(code)
    RecoveryCode.objects.bulk_create(RecoveryCode.for_code(device, code) for code in codes)
    return codes


def recovery_codes_left(user) -> int:
    return RecoveryCode.objects.filter(device__user=user, device__confirmed=True).count()


def authenticator_code_verify(user, code: str) -> TOTPDevice | None:
    """The confirmed authenticator that accepts ``code`` now (and never again), or None."""
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
        if device is not None and device.verify_token(code):
            return device
    return None


def recovery_code_use(user, code: str) -> RecoveryCodeDevice | None:
    """Use up ``code`` if it is one of the person's unused recovery codes. Typed codes may
    carry spaces, dashes or capitals."""
    code = "".join(code.split()).replace("-", "").lower()
    if not code or not is_enabled(user):
        return None
    with transaction.atomic():
        device = (
            RecoveryCodeDevice.objects.select_for_update().filter(user=user, confirmed=True).first()
        )
        if device is not None and device.verify_token(code):
            return device
    return None


def passkeys_count(user) -> int:
    """The person's passkeys (accounts.passkeys): a second step beside the authenticator."""
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).count()


def passkeys_here(request) -> bool:
    """Whether passkeys work at the address this page was asked for: they belong to the site's
    domain (``OTP_WEBAUTHN_RP_ID``), so not at the demo's http://127.0.0.1:8000, say."""
    host, domain = request.get_host().rsplit(":", 1)[0], settings.OTP_WEBAUTHN_RP_ID
    return host == domain or host.endswith("." + domain)


@transaction.atomic
def disable(user) -> None:
    """Turn two-step sign-in off: the authenticator, the passkeys and the recovery codes are
    forgotten."""
    TOTPDevice.objects.filter(user=user).delete()
    WebAuthnCredential.objects.filter(user=user).delete()
    RecoveryCodeDevice.objects.filter(user=user).delete()


# An administrator resets a lost phone ----------------------------------------------------------
RESET_ACTION = "accounts.two_factor_reset"
# The key a half-way sign-in keeps in the session (views.PENDING): who typed the right password.
PENDING_SESSION_KEY = "two_factor_pending"


def reset_allowed(actor, person) -> bool:
    """Whether ``actor`` may reset ``person``'s second step from the admin: whoever may change
    accounts there (``accounts.change_user``: administrators and superusers — they can already
    set a person's password and address), never their own (their phone is what proves it is
    them), and a superuser's only by a superuser — Wagtail's own rule for deleting a user.
    Managers of an organisation cannot: a reset opens an account to whoever has its password,
    so it stays with the few who administer accounts."""
    if not actor.is_authenticated or actor.pk == person.pk:
        return False
    if person.is_superuser and not actor.is_superuser:
        return False
    return actor.has_perm("accounts.change_user")


def sessions_end(user) -> int:
    """End every session of ``user``, signed in or half-way through signing in (right
    password, no code yet); how many were ended. Sessions are kept in the database by user
    only inside their signed data, so each live one is read: a reset is rare, and ten thousand
    sessions take about a second (docs/decisions/0018)."""
    ended = []
    for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator():
        data = session.get_decoded()
        pending = data.get(PENDING_SESSION_KEY)
        if data.get(SESSION_KEY) == str(user.pk) or (
            isinstance(pending, dict) and pending.get("user") == user.pk
        ):
            ended.append(session.session_key)
    Session.objects.filter(session_key__in=ended).delete()
    return len(ended)


@transaction.atomic
def reset(person, by) -> int:
    """``person`` lost their phone: their authenticators, passkeys and recovery codes go and
    their sessions end, so they set up two-step sign-in again at their next sign-in (staff
    must; learners may). Logged on the person's history in the admin, with who did it, and
    e-mailed to the person. Returns how many sessions were ended."""
    disable(person)
    ended = sessions_end(person)
    log(instance=person, action=RESET_ACTION, user=by)
    transaction.on_commit(lambda: _reset_notice_send(person, by))
    return ended


def _reset_notice_send(person, by) -> None:
    """The person hears of it, in Swedish and English (an account has no language of its own):
    if they did not ask for it, someone may be taking over their account."""
    parts, subjects = [], []
    for language in ("sv", "en"):
        with translation.override(language):
            subjects.append(_("Your two-step sign-in was reset"))
            parts.append(
                render_to_string(
                    "accounts/two_factor_reset_email.txt",
                    {"person": person, "by": by, "site": settings.WAGTAILADMIN_BASE_URL},
                ).strip()
            )
    send_mail(" / ".join(subjects), "\n\n---\n\n".join(parts), None, [person.email])


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
