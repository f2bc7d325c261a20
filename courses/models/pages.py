"""The course content model: catalogue → course → module → lesson.

``parent_page_types``/``subpage_types`` make the page tree enforce it. Learner-facing rules
(enrolment, sequencing, progress) live in ``courses.services`` and ``courses.selectors``;
the pages only hand over to them when they are served. A lesson is a step of its course:
``courses.gate`` decides who reads it, as it does for quizzes."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from ..blocks import LessonBodyBlock
from ..durations import lesson_minutes
from ..gate import StepPage
from .taxonomy import Audience, ForSomeAudiences, Topic


class CourseCataloguePage(Page):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import catalogue_listing

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_listing(self, request.GET, request.user))
        return context


class CoursePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        # A course can't require itself, directly, through the inline prerequisites.
        if self.instance.pk and "prerequisites" in self.formsets:
            for form in self.formsets["prerequisites"].forms:
                required = form.cleaned_data.get("required_course")
                if (
                    required
                    and required.pk == self.instance.pk
                    and not form.cleaned_data.get("DELETE")
                ):
                    form.add_error("required_course", _("A course cannot be its own prerequisite."))
        refreshed = cleaned.get("refresher_for")
        if refreshed and self.instance.pk and refreshed.pk == self.instance.pk:
            self.add_error("refresher_for", _("A course cannot be a refresher for itself."))
        if cleaned.get("issues_certificate") and self.is_publishing():
            self.check_certificate_rests_on_assessment(cleaned)
        return cleaned

    def is_publishing(self) -> bool:
        """Whether this save is on its way to the live site: *Publish*, *Submit to
        Subject-matter review* and *Resubmit* after changes were requested (the approval
        publishes what was submitted, without a form to check it then), and a reviewer's
        *Approve* from the editor. Drafts may be saved before the final assessment exists,
        since it is a page under the course and needs the course saved first."""
        data = self.data
        return bool(
            data.get("action-publish")
            or data.get("action-submit")
            or data.get("action-restart-workflow")
            or (
                data.get("action-workflow-action") and data.get("workflow-action-name") == "approve"
            )
        )

    def check_certificate_rests_on_assessment(self, cleaned) -> None:
        """A certificate says its holder passed a summative assessment: a course that issues
        one needs a live final assessment and a completion rule that requires it passed."""
        from ..selectors import live_final_assessments

        if cleaned.get("completion_rule") == CoursePage.COMPLETION_LESSONS:
            self.add_error(
                "completion_rule",
                _(
                    "A course that issues certificates must require its final assessment "
                    "passed: choose another completion rule, or untick “Completing it issues "
                    "a certificate”."
                ),
            )
        if not self.instance.pk or not live_final_assessments(self.instance):
            self.add_error(
                "issues_certificate",
                _(
                    "A course that issues certificates needs a published final assessment: "
                    "save the course as a draft, add a quiz directly under it (not under a "
                    "module), have the quiz published (submit it for review), then submit "
                    "the course — or untick “Completing it issues a certificate”."
                ),
            )


class CoursePage(Page):
    COMPLETION_ALL_QUIZZES_PASSED = "all_quizzes_passed"
    COMPLETION_FINAL_PASSED = "final_passed"
    COMPLETION_LESSONS = "lessons"
    COMPLETION_CHOICES = [
        (
            COMPLETION_ALL_QUIZZES_PASSED,
            _("Every lesson completed and every quiz (module quizzes and final) passed"),
        ),
        (
            COMPLETION_FINAL_PASSED,
            _("Every lesson completed and the final assessment passed (module quizzes optional)"),
        ),
        (COMPLETION_LESSONS, _("Every lesson completed (all quizzes are practice)")),
    ]

    summary = models.TextField(_("summary"), max_length=600)
    learning_outcomes = StreamField(
        [("outcome", blocks.CharBlock(label=_("Outcome"), max_length=300))],
        verbose_name=_("learning outcomes"),
        blank=True,
        help_text=_("What a learner can do after the course, one outcome per item."),
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audiences"), related_name="courses", blank=True
    )
    topics = ParentalManyToManyField(
        Topic, verbose_name=_("topics"), related_name="courses", blank=True
    )
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"),
        default=1,
        help_text=_(
            "Computed: the lessons of the audience with the most to read, plus the quizzes "
            "the completion rule requires; updated whenever one of them is saved."
        ),
    )
    version_label = models.CharField(
        _("version"),
        max_length=40,
        default="1.0",
        help_text=_("Shown to learners and recorded on certificates, e.g. 2026.1."),
    )
    issues_certificate = models.BooleanField(
        _("completing it issues a certificate"),
        default=True,
        help_text=_(
            "A certificate always rests on a summative assessment: the course needs a "
            "published final assessment (a quiz directly under the course) that its "
            "completion rule requires passed."
        ),
    )
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty if the certificate never expires; holders are reminded 60 and 14 "
            "days before it does."
        ),
    )
    refresher_for = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("refresher for"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="refreshers",
        help_text=_(
            "Make this a shorter refresher of another course: completing it renews that "
            "course's certificate (a new one supersedes the old). Add that course as a "
            "prerequisite so only its holders can take the refresher."
        ),
    )
    review_by = models.DateField(
        _("review by"),
        null=True,
        blank=True,
        help_text=_(
            "When the course's content must next be checked against its sources: laws, "
            "contacts and figures change. Trainers see it under Courses → Content due for "
            "review from 60 days before."
        ),
    )
    completion_rule = models.CharField(
        _("completion rule"),
        max_length=30,
        choices=COMPLETION_CHOICES,
        default=COMPLETION_ALL_QUIZZES_PASSED,
        help_text=_(
            "Quizzes count when they are passed, never when merely attempted: a failed quiz "
            "never completes a course."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("learning_outcomes"),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and what it is for"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("estimated_minutes", read_only=True),
                FieldPanel("version_label"),
                FieldPanel("completion_rule", widget=forms.RadioSelect),
                FieldPanel("refresher_for"),
            ],
            heading=_("Duration, version and completion"),
        ),
        MultiFieldPanel(
            [FieldPanel("issues_certificate"), FieldPanel("certificate_validity_months")],
            heading=_("Certificate"),
        ),
        FieldPanel("review_by"),
        InlinePanel("prerequisites", heading=_("Prerequisite courses"), label=_("Prerequisite")),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    base_form_class = CoursePageForm
    parent_page_types = ["courses.CourseCataloguePage"]
    subpage_types = ["courses.ModulePage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_overview

        context = super().get_context(request, *args, **kwargs)
        # A preview shows the draft's audiences and topics, not what the cache keeps.
        preview = getattr(request, "is_preview", False)
        context.update(course_overview(self, request.user, preview=preview))
        return context

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Its completion rule decides which quizzes count towards the total.
        from ..services import course_minutes_update

        course_minutes_update(self)


class CoursePrerequisite(Orderable):
    course = ParentalKey(CoursePage, related_name="prerequisites", on_delete=models.CASCADE)
    required_course = models.ForeignKey(
        CoursePage,
        verbose_name=_("required course"),
        related_name="required_by",
        on_delete=models.CASCADE,
    )

    panels = [PageChooserPanel("required_course", page_type="courses.CoursePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("prerequisite")
        constraints = [
            models.UniqueConstraint(
                fields=["course", "required_course"], name="courses_prerequisite_unique"
            )
        ]

    def clean(self):
        if self.course_id and self.course_id == self.required_course_id:
            raise ValidationError(_("A course cannot be its own prerequisite."))


class ModulePage(Page):
    summary = models.TextField(_("summary"), max_length=600, blank=True)

    content_panels = Page.content_panels + [FieldPanel("summary")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types = ["courses.LessonPage", "quizzes.QuizPage"]

    class Meta:
        verbose_name = _("module")

    def get_context(self, request, *args, **kwargs):
        from ..selectors import course_of, course_overview

        context = super().get_context(request, *args, **kwargs)
        course = course_of(self)
        context.update(course_overview(course, request.user))
        context["course"] = course
        return context


class LessonPage(StepPage, ForSomeAudiences, Page):
    estimated_minutes = models.PositiveIntegerField(
        _("estimated duration (minutes)"),
        default=1,
        help_text=_(
            "Computed when the lesson is saved: its words at a careful reading pace, each "
            "video's length and a moment for each image and download, for the audience with "
            "the most to read."
        ),
    )
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("estimated_minutes", read_only=True),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        InlinePanel(
            "sources",
            heading=_("Sources"),
            label=_("Source"),
            help_text=_(
                "Every work the lesson's facts come from, in the order learners read them at "
                "the lesson's end."
            ),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("body")]

    parent_page_types = ["courses.ModulePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("lesson")

    def visible_body(self, audience, show_all: bool, show_expert_checks: bool = False):
        """The body's blocks for this reader: shared blocks and the audience variants that
        match their role (every variant, labelled, for trainers and previews); the points an
        expert must still confirm only for those who may review them."""
        for block in self.body:
            if block.block_type == "expert_check" and not show_expert_checks:
                continue
            if (
                block.block_type != "audience_variant"
                or show_all
                or (audience is not None and audience.slug in block.value["audiences"])
            ):
                yield block

    def save(self, *args, **kwargs):
        # Stored, so outlines and dashboards read a number and never the body.
        self.estimated_minutes = lesson_minutes(self.body.get_prep_value())
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "estimated_minutes" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "estimated_minutes"]
        super().save(*args, **kwargs)
        from ..services import course_minutes_update

        course_minutes_update(self)

    # Served through the gate (courses.gate.StepPage).
    refused_template = "courses/lesson_unavailable.html"

    def check_access(self, user, course):
        from ..services import lesson_check_access

        return lesson_check_access(user, self, course)

    def opened(self, user, access):
        from ..services import lesson_open

        lesson_open(user, self, access)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Trainers and previews: every variant, labelled; learners: the ones for their role.
        from ..selectors import lesson_sources, may_see_expert_checks

        show_all = context["trainer_view"]
        # A learner's audience is read only when the lesson has a part for some audiences
        # (seen in the stored JSON, without decoding the body).
        audience = None
        if (
            not show_all
            and getattr(request.user, "audience_id", None) is not None
            and any(item["type"] == "audience_variant" for item in self.body.raw_data)
        ):
            audience = request.user.audience
        # Facts awaiting an expert are for trainers, reviewers and previews, never learners.
        show_checks = show_all or may_see_expert_checks(request.user, self)
        if show_all or show_checks:
            context["blocks"] = list(self.visible_body(audience, show_all, show_checks))
        else:  # a learner's reading: rendered once per role and language (lesson_body_tags)
            context["blocks"] = None
            context["learner_audience"] = audience
        context["show_variant_labels"] = show_all
        context["show_expert_checks"] = show_checks
        context["lesson_sources"] = lesson_sources(self)
        outline = context["outline"]
        # The breadcrumb's module: from the learner's outline, else (trainer view) the tree.
        module = outline.module_for(self) if outline else None
        if module is None and context["course"] is not None:
            module = self.get_parent()
        context["module"] = module
        return context
