"""Who learns: a user signs in with an e-mail address and belongs to an organisation and an
audience (their professional role), which decides the content variants they see."""

from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


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


class Organisation(models.Model):
    class Kind(models.TextChoices):
        CONSULATE = "consulate", _("Embassy or consulate")
        POLICE = "police", _("Police region")
        MIGRATION = "migration", _("Migration office")
        COURT = "court", _("Court or prosecution authority")
        SOCIAL_SERVICES = "social_services", _("Social services")
        NGO = "ngo", _("Non-governmental organisation")
        OTHER = "other", _("Other")

    name = models.CharField(_("name"), max_length=200, unique=True)
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices, default=Kind.OTHER)
    # Managers see their members' readiness, completion and expiry dates, and invite members.
    managers = models.ManyToManyField(
        "accounts.User",
        verbose_name=_("managers"),
        blank=True,
        related_name="managed_organisations",
        help_text=_("They see this organisation's members' progress and can invite members."),
    )
    # Membership is never self-declared: it comes from an invitation, an administrator or a
    # manager, or a verified e-mail address at one of these domains.
    email_domains = models.TextField(
        _("e-mail domains"),
        blank=True,
        help_text=_(
            "One domain per line (e.g. gov.example). People who verify an e-mail address at one "
            "of these domains join this organisation."
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def domains(self) -> list[str]:
        """The e-mail domains, lower case, one per line of ``email_domains``."""
        return [line.strip().lower() for line in self.email_domains.splitlines() if line.strip()]

    def clean(self):
        """Each domain is a domain name, not a public mail service (anyone can have an address
        there), and belongs to this organisation only; kept one per line, lower case."""
        domains, problems = [], []
        for line in self.email_domains.splitlines():
            domain = line.strip().lower().removeprefix("@")
            if not domain or domain in domains:
                continue
            if not _is_domain_name(domain):
                problems.append(_("“%(domain)s” is not a domain name.") % {"domain": domain})
            elif domain in PUBLIC_MAIL_DOMAINS:
                problems.append(
                    _("Anyone can have an address at “%(domain)s”: it cannot admit members.")
                    % {"domain": domain}
                )
            domains.append(domain)
        for other in Organisation.objects.exclude(pk=self.pk).exclude(email_domains=""):
            for domain in sorted(set(domains) & set(other.domains)):
                problems.append(
                    _("“%(domain)s” already belongs to %(organisation)s.")
                    % {"domain": domain, "organisation": other.name}
                )
        if problems:
            raise ValidationError({"email_domains": problems})
        self.email_domains = "\n".join(domains)


def _is_domain_name(domain: str) -> bool:
    try:
        DomainNameValidator(accept_idna=False)(domain)
    except ValidationError:
        return False
    return "." in domain


# Mail services where anyone can open an address: a domain like these never admits members.
PUBLIC_MAIL_DOMAINS = frozenset(
    {
        "aol.com",
        "gmail.com",
        "gmx.com",
        "gmx.net",
        "googlemail.com",
        "hotmail.com",
        "hotmail.se",
        "icloud.com",
        "live.com",
        "live.se",
        "mail.com",
        "mail.ru",
        "me.com",
        "msn.com",
        "outlook.com",
        "outlook.se",
        "proton.me",
        "protonmail.com",
        "ukr.net",
        "yahoo.com",
        "yahoo.se",
        "yandex.ru",
    }
)


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
        Organisation,
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
    def verified_organisation(self) -> Organisation | None:
        """The organisation, when the membership came from an invitation, an administrator or
        manager, or a verified address; a self-declared one is left out (what readiness
        statements and certificate registers print)."""
        if self.organisation_id is None or not self.membership_confirmed:
            return None
        return self.organisation
