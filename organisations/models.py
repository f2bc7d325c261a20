"""Organisations and the invitations into them. An organisation's managers see their members'
readiness, completion and expiry dates; a manager invites a colleague by e-mail, and the
one-time link lets them create an account (or sign in with the invited address) and join.
Members are users (``accounts.User.organisation``)."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import DomainNameValidator, RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable


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
        return domain_lines(self.email_domains)

    def clean(self):
        """Each domain is a domain name, not a public mail service (anyone can have an address
        there), and belongs to this organisation only; kept one per line, lower case."""
        domains, problems = email_domains_read(
            self.email_domains,
            _("Anyone can have an address at “%(domain)s”: it cannot admit members."),
        )
        for other in Organisation.objects.exclude(pk=self.pk).exclude(email_domains=""):
            for domain in sorted(set(domains) & set(other.domains)):
                problems.append(
                    _("“%(domain)s” already belongs to %(organisation)s.")
                    % {"domain": domain, "organisation": other.name}
                )
        if problems:
            raise ValidationError({"email_domains": problems})
        self.email_domains = "\n".join(domains)


def domain_lines(text: str) -> list[str]:
    """The domains of an ``email_domains`` field as kept: one per line, lower case."""
    return [line.strip().lower() for line in text.splitlines() if line.strip()]


def email_domains_read(text: str, public_message) -> tuple[list[str], list[str]]:
    """The domains an administrator typed (one per line, lower case, a leading "@" dropped,
    each once) and what is wrong with them: not a domain name, or a public mail service where
    anyone can have an address (``public_message``, with ``%(domain)s``)."""
    domains, problems = [], []
    for line in text.splitlines():
        domain = line.strip().lower().removeprefix("@")
        if not domain or domain in domains:
            continue
        if not _is_domain_name(domain):
            problems.append(_("“%(domain)s” is not a domain name.") % {"domain": domain})
        elif domain in PUBLIC_MAIL_DOMAINS:
            problems.append(public_message % {"domain": domain})
        domains.append(domain)
    return domains, problems


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


class AgencyIdentityProvider(ClusterableModel):
    """An agency's own sign-in service, connected to its organisation: people it signs in
    join the organisation (docs/decisions/0018). Two protocols: OpenID Connect (an issuer, a
    client ID and secret) and SAML 2.0 (the identity provider's metadata)."""

    class Protocol(models.TextChoices):
        OIDC = "oidc", _("OpenID Connect")
        SAML = "saml", _("SAML 2.0")

    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="identity_providers",
    )
    name = models.CharField(
        _("name on the sign-in page"),
        max_length=200,
        help_text=_("What people read on “Sign in with your agency”, e.g. the agency's name."),
    )
    protocol = models.CharField(
        _("protocol"), max_length=16, choices=Protocol.choices, default=Protocol.OIDC
    )
    issuer = models.URLField(
        _("issuer"),
        max_length=500,
        blank=True,
        help_text=_(
            "The provider's issuer URL, exactly as its discovery document "
            "(/.well-known/openid-configuration) names it."
        ),
    )
    client_id = models.CharField(_("client ID"), max_length=255, blank=True)
    # The secret itself is never stored here (nor in backups of the database): the server's
    # environment holds it, under this name (docs/decisions/0018).
    client_secret_env = models.CharField(
        _("client secret: environment variable"),
        max_length=100,
        blank=True,
        validators=[
            RegexValidator(
                r"^[A-Z][A-Z0-9_]*$",
                _("Capital letters, digits and underscores, e.g. AGENCY_EMBASSY_OIDC_SECRET."),
            )
        ],
        help_text=_(
            "The name of the environment variable that holds the client secret on the server, "
            "e.g. AGENCY_EMBASSY_OIDC_SECRET."
        ),
    )
    # SAML 2.0: the identity provider's metadata, pasted or fetched from its address when the
    # provider is saved (so that sign-in does not depend on that address being up).
    saml_metadata_url = models.URLField(
        _("SAML metadata URL"),
        max_length=500,
        blank=True,
        help_text=_(
            "Where the agency publishes its identity provider's metadata. Fetched when you "
            "save; or leave empty and paste the metadata below."
        ),
    )
    saml_metadata_xml = models.TextField(
        _("SAML metadata (XML)"),
        blank=True,
        help_text=_("The identity provider's metadata, as the agency gave it."),
    )
    email_domains = models.TextField(
        _("e-mail domains it vouches for"),
        help_text=_(
            "One domain per line. Only people whose address is at one of these domains can "
            "sign in through this provider."
        ),
    )
    role_claim = models.CharField(
        _("role claim"),
        max_length=100,
        blank=True,
        help_text=_(
            "The claim that carries the person's role (e.g. roles). Leave empty if the "
            "provider does not send one: people then choose their role once."
        ),
    )
    addresses_confirmed = models.BooleanField(
        _("the agency's addresses are confirmed"),
        default=False,
        help_text=_(
            "SAML sends no word on whether an address is confirmed. Tick this when the agency's "
            "directory, not the person, sets the address: then an account already here with "
            "that address is linked to the person at their first agency sign-in. Otherwise "
            "such an account is left alone and the person is told why. (OpenID Connect "
            "providers say it themselves: email_verified.)"
        ),
    )
    trust_mfa = models.BooleanField(
        _("trust the agency's second factor"),
        default=False,
        help_text=_(
            "When the agency says a sign-in used more than a password (OpenID Connect's amr "
            "claim: mfa, or a password with a one-time code, key or biometric; SAML's "
            "authentication context: a multi-factor class), staff skip this platform's own "
            "second step. Leave off unless the agency requires it of them."
        ),
    )
    enabled = models.BooleanField(
        _("enabled"),
        default=True,
        help_text=_("Shown on the sign-in page and accepted there."),
    )
    # The discovery document as last fetched (endpoints, keys' address).
    metadata = models.JSONField(default=dict, blank=True, editable=False)
    metadata_fetched_at = models.DateTimeField(null=True, blank=True, editable=False)
    # What went wrong at the last failed sign-in that was the configuration's fault (a
    # refused client secret, an unreachable provider): for the administrator, not the learner.
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    last_error_at = models.DateTimeField(_("last error at"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["name"]
        verbose_name = _("agency identity provider")
        verbose_name_plural = _("agency identity providers")

    def __str__(self):
        return self.name

    @property
    def domains(self) -> list[str]:
        return domain_lines(self.email_domains)

    def clean(self):
        """The domains are domain names, not public mail services, and vouched for by no
        other organisation's provider; kept one per line, lower case."""
        domains, problems = email_domains_read(
            self.email_domains,
            _("Anyone can have an address at “%(domain)s”: an agency cannot vouch for it."),
        )
        others = AgencyIdentityProvider.objects.exclude(pk=self.pk)
        if self.organisation_id:
            others = others.exclude(organisation_id=self.organisation_id)
        for other in others.select_related("organisation"):
            for domain in sorted(set(domains) & set(other.domains)):
                problems.append(
                    _("“%(domain)s” is already vouched for by %(provider)s (%(organisation)s).")
                    % {"domain": domain, "provider": other.name, "organisation": other.organisation}
                )
        if not domains and not problems:
            problems.append(_("Name at least one domain."))
        errors = {"email_domains": problems} if problems else {}
        if self.protocol == self.Protocol.OIDC:
            for name in ("issuer", "client_id", "client_secret_env"):
                if not getattr(self, name).strip():
                    errors[name] = _("Required for OpenID Connect.")
        elif not self.saml_metadata_url.strip() and not self.saml_metadata_xml.strip():
            errors["saml_metadata_xml"] = _(
                "Paste the identity provider's metadata, or give the address it is published at."
            )
        if errors:
            raise ValidationError(errors)
        self.email_domains = "\n".join(domains)
        self.issuer = self.issuer.strip()


class AgencyRoleMapping(Orderable):
    """A value of the provider's role claim and the role (audience) it gives here."""

    provider = ParentalKey(
        AgencyIdentityProvider, on_delete=models.CASCADE, related_name="role_mappings"
    )
    value = models.CharField(
        _("claim value"), max_length=200, help_text=_("As the provider sends it, e.g. consular.")
    )
    audience = models.ForeignKey(
        "courses.Audience", verbose_name=_("role here"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(Orderable.Meta):
        verbose_name = _("role mapping")
        verbose_name_plural = _("role mappings")

    def __str__(self):
        return f"{self.value} → {self.audience}"


class AgencyAccount(models.Model):
    """Who a provider's subject (``sub``) is here: the link made at their first sign-in.

    The subject, not the e-mail address, identifies the person at later sign-ins, so an
    address changed at the agency follows them."""

    provider = models.ForeignKey(
        AgencyIdentityProvider, on_delete=models.CASCADE, related_name="accounts"
    )
    subject = models.CharField(max_length=255)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="agency_accounts"
    )
    linked_at = models.DateTimeField(default=timezone.now)
    last_sign_in_at = models.DateTimeField(null=True, blank=True)
    # The person's role came from the provider's role mapping at their last sign-in: the agency
    # decides it, so the profile shows it without letting them change it.
    sets_role = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("agency account")
        verbose_name_plural = _("agency accounts")
        constraints = [
            models.UniqueConstraint(
                fields=["provider", "subject"], name="organisations_agency_account_subject"
            ),
            models.UniqueConstraint(
                fields=["provider", "user"], name="organisations_agency_account_user"
            ),
        ]

    def __str__(self):
        return f"{self.user} @ {self.provider}"
