"""Requirement sets: what a role must hold before duty, e.g. "Consular staff — before visa
duty" requires a valid certificate of the identification course, version 2026.1 or later,
with 30 days' grace after it expires. A set may instead be a *recommended path* (judges'):
shown to its audience with what is done, it never makes anyone "not ready" (decision 0015).
Authored by trainers as snippets."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from certificates.models import IssuedDocument
from courses.models.taxonomy import in_active_language


class RequirementSet(ClusterableModel):
    name = models.CharField(_("name (English)"), max_length=200)
    name_sv = models.CharField(_("name (Swedish)"), max_length=200, blank=True)
    audience = models.ForeignKey(
        "courses.Audience",
        verbose_name=_("applies to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="requirement_sets",
        help_text=_("The role it applies to; empty for everyone."),
    )
    recommended = models.BooleanField(
        _("recommended path, not required"),
        default=False,
        help_text=_(
            "Tick for a role whose training is recommended rather than a condition of duty "
            "(judges): its learners see the path and what they have done, but nobody is ever "
            "“not ready” or counted as a gap for it, and it gives no readiness statement."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("name_sv"),
        FieldPanel("audience"),
        FieldPanel("recommended"),
        InlinePanel(
            "requirements", heading=_("Required certificates"), label=_("Course"), min_num=1
        ),
    ]

    class Meta:
        verbose_name = _("requirement set")
        verbose_name_plural = _("requirement sets")
        ordering = ["name"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return in_active_language(self.name, self.name_sv)

    @property
    def needs_attention(self) -> str:
        """What a trainer must settle, for the admin listing: required courses that issue no
        certificate (kept by the migration of decision 0013), or nothing."""
        titles = [
            requirement.course.title
            for requirement in self.requirements.all()
            if requirement.course_issues_no_certificate
        ]
        if not titles:
            return ""
        return _("Requires courses that issue no certificate: %(courses)s") % {
            "courses": ", ".join(titles)
        }


class Requirement(Orderable):
    requirement_set = ParentalKey(
        RequirementSet, on_delete=models.CASCADE, related_name="requirements"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    minimum_version = models.CharField(
        _("minimum course version"),
        max_length=40,
        blank=True,
        help_text=_("e.g. 2026.1; empty accepts any version."),
    )
    grace_days = models.PositiveSmallIntegerField(_("grace period after expiry (days)"), default=0)

    panels = [FieldPanel("course"), FieldPanel("minimum_version"), FieldPanel("grace_days")]

    class Meta(Orderable.Meta):
        verbose_name = _("required certificate")

    def clean(self):
        # Only a certificate shows that its holder passed the course's assessment; a course
        # that issues none could never be met.
        if self.course_id and not self.course.issues_certificate:
            raise ValidationError(
                {
                    "course": _(
                        "“%(course)s” issues no certificate, so it cannot be required: "
                        "choose a course that ends in a final assessment and issues "
                        "certificates, or remove this row."
                    )
                    % {"course": self.course.title}
                }
            )

    @property
    def course_issues_no_certificate(self) -> bool:
        """Kept from before certificates rested on an assessment (decision 0013): flagged in
        the admin until a trainer removes the row or the course gets its assessment back."""
        return not self.course.issues_certificate


class ReadinessStatement(IssuedDocument):
    """A printable, verifiable "ready for duty" statement: at the moment it was printed the
    holder met every requirement of the set. Its code is a certificate code (same format and
    check character) and answers on the same verification page and API. It stays valid until
    the earliest certificate it relies on expires (or its grace period ends) and turns invalid
    if any of them is revoked."""

    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    requirement_set = models.ForeignKey(
        RequirementSet,
        verbose_name=_("requirement set"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="statements",
    )
    set_name = models.CharField(_("requirement set"), max_length=200)
    set_name_sv = models.CharField(_("requirement set (Swedish)"), max_length=200, blank=True)
    certificates = models.ManyToManyField(
        "certificates.Certificate", verbose_name=_("certificates"), related_name="+"
    )
    # What each requirement was met by, copied at issue: course titles, versions, codes, dates.
    items = models.JSONField(_("requirements met"), default=list)
    valid_until = models.DateTimeField(_("valid until"), null=True, blank=True)
    withdrawn_reason = models.CharField(
        _("public reason for withdrawal"), max_length=300, blank=True
    )
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("readiness statement")
        verbose_name_plural = _("readiness statements")
        ordering = ["-issued_at"]

    def __str__(self):
        return f"{self.code} · {self.holder_name} · {self.set_name}"

    @property
    def label(self) -> str:
        return in_active_language(self.set_name, self.set_name_sv)
