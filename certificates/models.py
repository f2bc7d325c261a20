"""Certificates and their audit trail.

A certificate is never deleted or overwritten: revoking, expiring or superseding it changes its
status and adds an entry to the audit log, so a revoked certificate answers "revoked" for ever
instead of looking forged. The names and titles on it are copies taken at issue, because that
is what was certified, whatever happens to the course page or the account later."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from frontline.storage import private_storage


class IssuedDocument(models.Model):
    """What a certificate and a readiness statement share: the code that answers on the
    verification page and API, and whose it is. The holder's name is a copy taken at issue;
    the link to the account goes (``SET_NULL``) when the holder is erased, the document and
    its code stay, so a verifier never meets a code that was valid and now looks forged."""

    code = models.CharField(_("code"), max_length=24, unique=True, editable=False)
    holder = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("holder"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="%(class)ss",
    )
    holder_name = models.CharField(_("holder's name"), max_length=200)
    issued_at = models.DateTimeField(_("issued"))

    class Meta:
        abstract = True


class Certificate(IssuedDocument):
    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")
        SUPERSEDED = "superseded", _("Superseded")

    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    course_key = models.UUIDField(_("course translation key"), editable=False)
    course_title = models.CharField(_("course"), max_length=255)
    course_title_sv = models.CharField(_("course (Swedish)"), max_length=255, blank=True)
    course_version = models.CharField(_("course version"), max_length=40)
    refresher_title = models.CharField(
        _("renewed through the refresher"), max_length=255, blank=True
    )
    registration = models.UUIDField(_("registration"), null=True, blank=True, editable=False)
    score = models.DecimalField(
        _("score (%)"), max_digits=5, decimal_places=2, null=True, blank=True
    )
    expires_at = models.DateTimeField(_("expires"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.VALID
    )
    status_changed_at = models.DateTimeField(_("status changed"))
    revocation_reason = models.CharField(
        _("public reason for revocation"), max_length=300, blank=True
    )
    superseded_by = models.ForeignKey(
        "self",
        verbose_name=_("superseded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="supersedes",
    )
    issuer_name = models.CharField(_("issuer"), max_length=200)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued manually by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issue_reason = models.TextField(_("reason for manual issue"), blank=True)
    credential = models.TextField(_("signed credential (VC-JWT)"), blank=True, editable=False)
    # The holder as the credential names them, copied at issue so that the credential can be
    # built again byte for byte: their DID when they had given one (credentialSubject.id), and
    # the salted hash of their e-mail address with its salt (an Open Badges IdentityObject).
    holder_did = models.CharField(_("holder's DID"), max_length=500, blank=True, editable=False)
    identity_salt = models.CharField(max_length=64, blank=True, editable=False)
    identity_hash = models.CharField(max_length=80, blank=True, editable=False)
    # Its entry in the revocation status lists: list number and bit, drawn at random within the
    # list at issue (services), never reused.
    status_list = models.PositiveBigIntegerField(_("status list"), editable=False)
    status_list_index = models.PositiveIntegerField(_("status list index"), editable=False)
    signing_kid = models.CharField(_("signing key id"), max_length=64, blank=True)
    # In the private storage: only the holder's download view hands it out.
    pdf = models.FileField(
        _("PDF"),
        upload_to="certificates/",
        storage=private_storage,
        blank=True,
        editable=False,
    )
    reminded_60_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_14_at = models.DateTimeField(null=True, blank=True, editable=False)

    # Wagtail's reference index tracks where content is used; a certificate is not content,
    # and indexing it would cost four queries on every save.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        permissions = [
            ("issue_certificate", "Can issue a certificate manually"),
            ("revoke_certificate", "Can revoke a certificate"),
        ]
        constraints = [
            # Issuing runs under the enrolment's row lock; this catches anything else.
            models.UniqueConstraint(
                fields=["holder", "course_key"],
                condition=Q(status="valid"),
                name="certificates_one_valid_per_course",
            ),
            # One certificate per bit: a verifier reads the bit as this certificate's status.
            models.UniqueConstraint(
                fields=["status_list", "status_list_index"],
                name="certificates_one_certificate_per_status_bit",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "expires_at"]),
            models.Index(fields=["course_key", "status"]),
        ]

    def __str__(self):
        return f"{self.code} · {self.holder_name} · {self.course_title}"

    @property
    def organisation_name(self) -> str:
        holder = self.holder
        return holder.organisation.name if holder and holder.organisation_id else ""

    @property
    def superseded_by_code(self) -> str:
        return self.superseded_by.code if self.superseded_by_id else ""

    @property
    def is_valid(self) -> bool:
        return self.status_on() == self.Status.VALID

    def status_on(self, moment=None) -> str:
        """The status at ``moment`` (now): a valid certificate past its date is expired even
        before the nightly task has marked it."""
        moment = moment or timezone.now()
        if self.status == self.Status.VALID and self.expires_at and self.expires_at <= moment:
            return self.Status.EXPIRED
        return self.status

    def title_in(self, language: str) -> str:
        return (
            self.course_title_sv
            if language == "sv" and self.course_title_sv
            else (self.course_title)
        )


class AuditEntry(models.Model):
    """Every lookup of a certificate and every change to one, for certifying bodies to read."""

    class Action(models.TextChoices):
        LOOKUP = "lookup", _("Looked up")
        ISSUED = "issued", _("Issued")
        REVOKED = "revoked", _("Revoked")
        EXPIRED = "expired", _("Expired")
        SUPERSEDED = "superseded", _("Superseded")
        REMINDED = "reminded", _("Expiry reminder sent")

    class Channel(models.TextChoices):
        PAGE = "page", _("Verification page")
        API = "api", _("API: by code")
        CREDENTIAL = "credential", _("API: signed credential")
        ADMIN = "admin", _("Administration")
        SYSTEM = "system", _("Automatic")

    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    action = models.CharField(_("action"), max_length=12, choices=Action.choices)
    channel = models.CharField(_("channel"), max_length=12, choices=Channel.choices)
    certificate = models.ForeignKey(
        Certificate,
        verbose_name=_("certificate"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_entries",
    )
    code_entered = models.CharField(_("code entered"), max_length=40, blank=True)
    outcome = models.CharField(_("outcome"), max_length=20, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reason = models.TextField(_("reason"), blank=True)
    # A keyed hash of the client's address: repeated probing from one place shows, without the
    # log holding anyone's IP address.
    client = models.CharField(_("client"), max_length=16, blank=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_action_display()} {self.code_entered}"
