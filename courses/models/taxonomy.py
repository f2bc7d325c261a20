"""Audiences (professional roles) and topics: editable lists that trainers manage as snippets.

Each carries its label in both site languages; two short columns are simpler to edit and to
filter on than a translated snippet tree for a list of a dozen words."""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


def in_active_language(english: str, swedish: str) -> str:
    """The Swedish text when the page is in Swedish and it has one, else the English."""
    if (get_language() or "").startswith("sv") and swedish:
        return swedish
    return english


class BilingualLabel(models.Model):
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name (English)"), max_length=100)
    name_sv = models.CharField(_("name (Swedish)"), max_length=100, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_sv"),
        FieldPanel("slug"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("name_sv")]

    class Meta:
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return in_active_language(self.name, self.name_sv)


class Audience(index.Indexed, BilingualLabel):
    """A professional role a course or a piece of content is meant for."""

    class Meta(BilingualLabel.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class Topic(index.Indexed, BilingualLabel):
    class Meta(BilingualLabel.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


def audience_choices():
    """Choices for StreamField blocks; evaluated when the editor form is built."""
    return [(a.slug, a.name) for a in Audience.objects.all()]


class ForSomeAudiences(models.Model):
    """Content a trainer may reserve for some audiences: a lesson, a quiz question. Nobody
    chosen means everybody; a learner without a role sees everything rather than nothing."""

    audiences = ParentalManyToManyField(
        Audience,
        verbose_name=_("only for audiences"),
        related_name="+",
        blank=True,
        help_text=_("Leave empty for everybody."),
    )

    class Meta:
        abstract = True

    def is_for(self, audience) -> bool:
        """Whether a learner of ``audience`` (``None``: no role set) sees this. Reads the
        prefetched ``audiences`` when the caller prefetched them."""
        slugs = {a.slug for a in self.audiences.all()}
        return not slugs or audience is None or audience.slug in slugs
