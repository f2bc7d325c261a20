"""Organisations and the invitations into them. An organisation's managers see their members'
readiness, completion and expiry dates; a manager invites a colleague by e-mail, and the
one-time link lets them create an account (or sign in with the invited address) and join.
Members are users (``accounts.User.organisation``)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


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
        settings.AUTH_USER_MODEL,
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


class InvitationQuerySet(models.QuerySet):
    def open(self, now=None):
        """Neither accepted nor cancelled, and the link still valid."""
        return self.filter(
            accepted_at__isnull=True,
            cancelled_at__isnull=True,
            expires_at__gt=now or timezone.now(),
        )


class Invitation(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField(_("e-mail address"))
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    audience = models.ForeignKey(
        "courses.Audience",
        verbose_name=_("role"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Only a hash of the link's token is stored: the database alone cannot be used to join.
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("invited"), default=timezone.now)
    expires_at = models.DateTimeField(_("link valid until"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["organisation", "email"])]

    def __str__(self):
        return f"{self.email} → {self.organisation}"
