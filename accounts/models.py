"""Who learns: a user signs in with an e-mail address and belongs to an organisation and an
audience (their professional role), which decides the content variants they see."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.crypto import constant_time_compare, get_random_string, salted_hmac
from django.utils.translation import gettext_lazy as _

from django_otp.models import Device

from .dids import MAX_LENGTH as DID_MAX_LENGTH
from .dids import validate_did


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    class OrganisationSource(models.TextChoices):
        """How the person came to be a member of their organisation."""

        STAFF = "", _("Added by an administrator or manager")
        INVITATION = "invitation", _("Accepted an invitation")
        EMAIL_DOMAIN = "email_domain", _("Verified an e-mail address at the organisation")
        # Chosen by the person themselves, before memberships were verified (2026-12): kept,
        # but never printed on a readiness statement until a manager confirms it.
        DECLARED = "declared", _("Chose it themselves (not confirmed)")

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="members",
    )
    organisation_source = models.CharField(
        _("membership from"),
        max_length=20,
        choices=OrganisationSource.choices,
        default=OrganisationSource.STAFF,
        blank=True,
    )
    audience = models.ForeignKey(
        "courses.Audience",
        verbose_name=_("role"),
        help_text=_("Your professional role decides which scenarios and lessons you see."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # An IANA zone name (Europe/Kyiv); blank means the site's zone. Times a learner reads
    # (next attempt, deadlines, expiry) are shown in it.
    time_zone = models.CharField(_("time zone"), max_length=64, blank=True)
    # The learner's own decentralised identifier, when they have a wallet: certificates issued
    # afterwards name them by it (``credentialSubject.id``); see accounts.dids.
    did = models.CharField(
        _("DID"), max_length=DID_MAX_LENGTH, blank=True, validators=[validate_did]
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    @property
    def membership_confirmed(self) -> bool:
        return self.organisation_source != self.OrganisationSource.DECLARED

    @property
    def verified_organisation(self):
        """The organisation, when the membership came from an invitation, an administrator or
        manager, or a verified address; a self-declared one is left out (what readiness
        statements and certificate registers print)."""
        if self.organisation_id is None or not self.membership_confirmed:
            return None
        return self.organisation


# Two-step sign-in's recovery codes (accounts.two_factor) -------------------------------------
RECOVERY_CODE_SALT = "accounts.RecoveryCode"


def recovery_code_digest(code: str, salt: str, secret: str | None = None) -> str:
    """A recovery code as it is kept: HMAC-SHA256 keyed with the site's secret key, salted per
    code. Someone who reads the database (a backup, SQL in the admin) learns no code, and with
    only forty bits in a code a plain hash would fall to a brute-force search in minutes; the
    key, from the environment, is not in the database. A password hasher (PBKDF2) would also
    do, but costs half a second a code: ten to make, and ten to check a wrong one."""
    return salted_hmac(
        RECOVERY_CODE_SALT, f"{salt}:{code}", secret=secret, algorithm="sha256"
    ).hexdigest()


class RecoveryCodeDevice(Device):
    """A person's recovery codes, as a django-otp device: a session verified by one is verified
    as by the authenticator (``django_otp.login``). Replaces django-otp's ``StaticDevice``,
    which keeps its tokens in plain text."""

    class Meta:
        verbose_name = _("recovery codes")
        verbose_name_plural = _("recovery codes")

    def verify_token(self, token) -> bool:
        """Use up ``token`` if it is one of the unused codes: every code is compared, in
        constant time, whichever matches; the one that does is deleted, so it works once.
        Called inside a transaction with the device locked (``two_factor.recovery_code_use``)."""
        token = str(token)
        secrets = [settings.SECRET_KEY, *settings.SECRET_KEY_FALLBACKS]
        match = None
        for kept in self.codes.all():
            for secret in secrets:
                digest = recovery_code_digest(token, kept.salt, secret)
                if constant_time_compare(digest, kept.digest) and match is None:
                    match = kept
        if match is None:
            return False
        match.delete()
        return True


class RecoveryCode(models.Model):
    """One unused recovery code, kept as its digest (``recovery_code_digest``), never itself."""

    device = models.ForeignKey(RecoveryCodeDevice, related_name="codes", on_delete=models.CASCADE)
    salt = models.CharField(max_length=32)
    digest = models.CharField(max_length=64)

    def __str__(self):
        return f"Recovery code {self.pk} of {self.device}"

    @classmethod
    def for_code(cls, device, code: str) -> "RecoveryCode":
        salt = get_random_string(22)
        return cls(device=device, salt=salt, digest=recovery_code_digest(code, salt))
