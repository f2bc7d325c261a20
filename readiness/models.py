"""Requirement sets: what a role must hold before duty, e.g. "Consular staff — before visa
duty" requires a valid certificate of the identification course, version 2026.1 or later,
with 30 days' grace after it expires. Authored by trainers as snippets."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

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

    panels = [
        FieldPanel("name"),
        FieldPanel("name_sv"),
        FieldPanel("audience"),
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
