"""StreamField blocks for lesson content.

Every block renders semantic, accessible HTML from its own template in
``templates/courses/blocks/``. ``AudienceVariantBlock`` wraps other blocks so a shared lesson
core can carry scenarios meant for one professional role only."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

from . import branching
from .cases import case_screen
from .models.taxonomy import audience_choices


class FigureBlock(blocks.StructBlock):
    """An image that always carries a text alternative written for this lesson."""

    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe what the image shows for people who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/figure.html"


class VideoBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    video = EmbedBlock(label=_("Video URL"), help_text=_("YouTube, Vimeo or another oEmbed URL."))
    duration = blocks.IntegerBlock(
        label=_("Length (minutes)"),
        min_value=1,
        help_text=_("How long the video plays, rounded up; counted in the lesson's duration."),
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        features=["bold", "italic", "ol", "ul", "link"],
        help_text=_("A text version of the video, for accessibility and low bandwidth."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class CalloutBlock(blocks.StructBlock):
    KIND_CHOICES = [
        ("info", _("Information")),
        ("warning", _("Warning")),
        ("content_warning", _("Content warning (distressing material)")),
    ]
    kind = blocks.ChoiceBlock(label=_("Kind"), choices=KIND_CHOICES, default="info")
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Call-out")
        template = "courses/blocks/callout.html"


class IndicatorGroupBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Group heading"), max_length=150)
    indicators = blocks.ListBlock(
        blocks.CharBlock(label=_("Indicator"), max_length=300), label=_("Indicators"), min_num=1
    )


class IndicatorChecklistBlock(blocks.StructBlock):
    """Grouped indicators a professional ticks through during an interview or a check.

    Ticks stay in the learner's browser: it is a working aid, not a test."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    intro = blocks.TextBlock(label=_("Introduction"), required=False)
    groups = blocks.ListBlock(IndicatorGroupBlock(), label=_("Groups"), min_num=1)

    class Meta:
        icon = "tasks"
        label = _("Indicator checklist")
        template = "courses/blocks/indicator_checklist.html"


class ScenarioChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Choice"), max_length=300)
    feedback = blocks.TextBlock(label=_("Feedback"))
    is_recommended = blocks.BooleanBlock(
        label=_("Recommended course of action"), required=False, default=False
    )


class CaseScenarioBlock(blocks.StructBlock):
    """A short situation, a question and choices with feedback; formative, never graded."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    situation = blocks.RichTextBlock(label=_("Situation"), features=["bold", "italic", "ul"])
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    choices = blocks.ListBlock(ScenarioChoiceBlock(), label=_("Choices"), min_num=2)

    class Meta:
        icon = "help"
        label = _("Case scenario")
        template = "courses/blocks/case_scenario.html"

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["is_recommended"] for choice in value["choices"]):
            raise StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(
                        _("Mark at least one choice as the recommended course of action.")
                    )
                }
            )
        return value


class BranchingChoiceBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Choice"), max_length=300)
    leads_to = blocks.CharBlock(
        label=_("Leads to"),
        max_length=60,
        help_text=_("The key of the situation or ending this choice leads to."),
    )
    consequence = blocks.TextBlock(
        label=_("Consequence"), help_text=_("What happens next: shown once the learner has chosen.")
    )
    points = blocks.IntegerBlock(label=_("Points"), min_value=0, default=0, required=False)
    critical = blocks.BooleanBlock(
        label=_("Critical error"),
        required=False,
        help_text=_(
            "Fails the case whatever the points: for a choice that puts someone in danger, "
            "such as confronting a suspected trafficker."
        ),
    )
    remediation = blocks.TextBlock(
        label=_("Remediation"),
        required=False,
        help_text=_("For a critical error: what to do instead, and why."),
    )


class SituationBlock(blocks.StructBlock):
    key = blocks.CharBlock(
        label=_("Key"),
        max_length=60,
        help_text=_(
            "A short name choices lead to, e.g. “private-talk”. The first situation starts."
        ),
    )
    text = blocks.RichTextBlock(label=_("Situation"), features=["bold", "italic", "ul"])
    image = ImageChooserBlock(label=_("Image"), required=False)
    image_alt = blocks.CharBlock(label=_("Alt text"), max_length=250, required=False)
    choices = blocks.ListBlock(BranchingChoiceBlock(), label=_("Choices"), min_num=2)


class EndingBlock(blocks.StructBlock):
    key = blocks.CharBlock(label=_("Key"), max_length=60)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    debrief = blocks.RichTextBlock(label=_("Debrief"), features=["bold", "italic", "ul", "link"])


class BranchingCaseBlock(blocks.StructBlock):
    """A case the learner walks through, committing to a choice at each situation before
    reading its consequence; the rules of a case (every choice leads somewhere, no loop, no
    unreachable part, critical errors) are in ``courses.branching``."""

    title = blocks.CharBlock(label=_("Title"), max_length=200)
    intro = blocks.RichTextBlock(
        label=_("Introduction"), features=["bold", "italic"], required=False
    )
    situations = blocks.ListBlock(SituationBlock(), label=_("Situations"), min_num=1)
    endings = blocks.ListBlock(EndingBlock(), label=_("Endings"), min_num=1)

    class Meta:
        icon = "resubmit"
        label = _("Branching case")
        template = "courses/blocks/branching_case.html"

    def get_context(self, value, parent_context=None):
        # The player: where the reader stands in the case, from the lesson's context (the
        # page, the gate's access, the session) and the block's id the lesson passes down.
        context = super().get_context(value, parent_context)
        parent = parent_context or {}
        context["case"] = case_screen(value, parent.get("block_id"), parent)
        return context

    def clean(self, value):
        value = super().clean(value)
        found = branching.problems(value)
        if found:
            raise StructBlockValidationError(
                non_block_errors=[ValidationError(str(problem)) for problem in found]
            )
        return value


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Downloadable document")
        template = "courses/blocks/download.html"


class KeyTakeawaysBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120, default=_("Key takeaways"))
    points = blocks.ListBlock(
        blocks.CharBlock(label=_("Point"), max_length=300), label=_("Points"), min_num=1
    )

    class Meta:
        icon = "list-ul"
        label = _("Key takeaways")
        template = "courses/blocks/key_takeaways.html"


class ReferenceFactChooserBlock(SnippetChooserBlock):
    """A reference fact, read with its source: the facts of a block cost two queries however
    many there are."""

    def __init__(self, **kwargs):
        super().__init__("courses.ReferenceFact", **kwargs)

    def bulk_to_python(self, values):
        facts = super().bulk_to_python(values)
        prefetch_related_objects([fact for fact in facts if fact is not None], "source")
        return facts


class ReferenceFactsBlock(blocks.StructBlock):
    """Dated facts — a helpline, a statistic, a legal reference, a contact — kept once as
    snippets and shown wherever used with the date they were checked and their source, so a
    correction reaches every lesson and nobody reads an old number as current."""

    title = blocks.CharBlock(
        label=_("Title"), max_length=200, required=False, help_text=_("E.g. “Reference card”.")
    )
    facts = blocks.ListBlock(
        ReferenceFactChooserBlock(label=_("Fact")), label=_("Facts"), min_num=1
    )
    note = blocks.RichTextBlock(
        label=_("Note"), features=["bold", "italic", "link"], required=False
    )

    class Meta:
        icon = "calendar-alt"
        label = _("Reference facts")
        template = "courses/blocks/reference_facts.html"


class ExpertCheckBlock(blocks.StructBlock):
    """The statements of the lesson a subject-matter expert must still confirm (each marked
    ``[CHECK]`` where it is made). Shown to trainers, reviewers and previews only: a learner
    never reads an unconfirmed fact flagged as doubtful, nor this list."""

    points = blocks.ListBlock(
        blocks.TextBlock(label=_("Point to confirm")), label=_("Points to confirm"), min_num=1
    )

    class Meta:
        icon = "help"
        label = _("Expert check (reviewers only)")
        template = "courses/blocks/expert_check.html"


class ContentStreamBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        label=_("Text"),
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"],
        template="courses/blocks/text.html",
    )
    figure = FigureBlock()
    video = VideoBlock()
    callout = CalloutBlock()
    indicator_checklist = IndicatorChecklistBlock()
    case_scenario = CaseScenarioBlock()
    branching_case = BranchingCaseBlock()
    download = DownloadBlock()
    key_takeaways = KeyTakeawaysBlock()
    reference_facts = ReferenceFactsBlock()
    expert_check = ExpertCheckBlock()


class AudienceVariantBlock(blocks.StructBlock):
    """Content shown only to learners of the chosen audiences."""

    audiences = blocks.MultipleChoiceBlock(
        label=_("Shown to"),
        choices=audience_choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Learners of other roles do not see this part of the lesson."),
    )
    content = ContentStreamBlock(label=_("Content"))

    class Meta:
        icon = "group"
        label = _("Audience-specific content")
        template = "courses/blocks/audience_variant.html"


class LessonBodyBlock(ContentStreamBlock):
    audience_variant = AudienceVariantBlock()
