"""Where a lesson's facts come from, and the facts that go out of date.

A ``Source`` is a work a lesson cites (a convention, a handbook, a web page, a seed document),
kept once as a snippet and cited by many lessons through ``LessonSource`` rows, each with an
optional pinpoint ("art. 26", "module 5"). A ``ReferenceFact`` is a short dated fact — a
helpline, a statistic, a legal reference, a contact — that lessons show through a block, so
the date and the source travel with the fact wherever it is used and one edit corrects every
lesson. Like audiences and topics, each carries its text in both site languages: two columns
are simpler to keep in step than a translated snippet tree for a line of text."""

from urllib.parse import urlsplit

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from .taxonomy import in_active_language


class Source(index.Indexed, models.Model):
    """A work lessons cite: title, publisher, year and, when it is public, a link."""

    title = models.CharField(_("title (English)"), max_length=500)
    title_sv = models.CharField(
        _("title (Swedish)"),
        max_length=500,
        blank=True,
        help_text=_("Only if the work has a Swedish title; the English one is shown otherwise."),
    )
    publisher = models.CharField(_("publisher (English)"), max_length=300)
    publisher_sv = models.CharField(_("publisher (Swedish)"), max_length=300, blank=True)
    year = models.CharField(
        _("year (English)"),
        max_length=60,
        help_text=_("As text: “2011”, “c. 2011”, “read December 2026”."),
    )
    year_sv = models.CharField(_("year (Swedish)"), max_length=60, blank=True)
    url = models.URLField(_("link"), max_length=500, blank=True)
    link_text = models.CharField(
        _("link text"),
        max_length=120,
        blank=True,
        help_text=_("What the link says, e.g. “EUR-Lex”; the site's address when empty."),
    )

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("title_sv")]),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("publisher_sv")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("year_sv")]),
        FieldRowPanel([FieldPanel("url"), FieldPanel("link_text")]),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("title_sv"),
        index.SearchField("publisher"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["title"]
        constraints = [
            # One snippet per work, so a lesson that cites it reuses it (and seed_demo finds it).
            models.UniqueConstraint(
                fields=["title", "publisher", "year"], name="courses_source_unique_work"
            )
        ]

    def __str__(self):
        return f"{self.title}. {self.publisher}, {self.year}"

    @property
    def shown_title(self) -> str:
        return in_active_language(self.title, self.title_sv)

    @property
    def shown_publisher(self) -> str:
        return in_active_language(self.publisher, self.publisher_sv)

    @property
    def shown_year(self) -> str:
        return in_active_language(self.year, self.year_sv)

    @property
    def link_label(self) -> str:
        return self.link_text or urlsplit(self.url).netloc


class LessonSource(Orderable):
    """A lesson cites a source, in the order the trainer lists them."""

    page = ParentalKey("courses.LessonPage", related_name="sources", on_delete=models.CASCADE)
    source = models.ForeignKey(
        Source, verbose_name=_("source"), related_name="citations", on_delete=models.PROTECT
    )
    pinpoint = models.CharField(
        _("pinpoint"),
        max_length=200,
        blank=True,
        help_text=_("The part cited, if not the whole work: “art. 26”, “module 5”, “pp. 12–14”."),
    )

    panels = [FieldPanel("source"), FieldPanel("pinpoint")]

    class Meta(Orderable.Meta):
        verbose_name = _("source")
        verbose_name_plural = _("sources")


class ReferenceFact(index.Indexed, models.Model):
    """A short fact that goes out of date — a helpline, a statistic, a legal reference, a
    contact — with the day it was last checked and where it comes from."""

    HELPLINE = "helpline"
    STATISTIC = "statistic"
    LEGAL_REFERENCE = "legal_reference"
    CONTACT = "contact"
    KIND_CHOICES = [
        (HELPLINE, _("Helpline")),
        (STATISTIC, _("Statistic")),
        (LEGAL_REFERENCE, _("Legal reference")),
        (CONTACT, _("Contact")),
    ]
    FEATURES = ["bold", "italic", "link"]

    label = models.CharField(_("label (English)"), max_length=200)
    label_sv = models.CharField(_("label (Swedish)"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    fact = RichTextField(_("fact (English)"), features=FEATURES)
    fact_sv = RichTextField(_("fact (Swedish)"), features=FEATURES, blank=True)
    as_of = models.DateField(
        _("as of"),
        help_text=_(
            "When the fact was last checked against its source. Shown to learners as the month "
            "and year; the trainers' review page lists facts checked too long ago."
        ),
    )
    source = models.ForeignKey(
        Source,
        verbose_name=_("source"),
        related_name="reference_facts",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text=_("Where the fact can be checked. Leave empty only while an expert finds one."),
    )
    note = models.TextField(_("note (English)"), blank=True)
    note_sv = models.TextField(_("note (Swedish)"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("label"), FieldPanel("label_sv")]),
        FieldPanel("kind"),
        FieldPanel("fact"),
        FieldPanel("fact_sv"),
        MultiFieldPanel([FieldPanel("as_of"), FieldPanel("source")], heading=_("Checked")),
        FieldRowPanel([FieldPanel("note"), FieldPanel("note_sv")]),
    ]
    search_fields = [
        index.SearchField("label"),
        index.SearchField("label_sv"),
        index.SearchField("fact"),
        index.AutocompleteField("label"),
    ]

    class Meta:
        verbose_name = _("reference fact")
        verbose_name_plural = _("reference facts")
        ordering = ["label"]

    def __str__(self):
        return self.label

    @property
    def shown_label(self) -> str:
        return in_active_language(self.label, self.label_sv)

    @property
    def shown_fact(self) -> str:
        return in_active_language(self.fact, self.fact_sv)

    @property
    def shown_note(self) -> str:
        return in_active_language(self.note, self.note_sv)
