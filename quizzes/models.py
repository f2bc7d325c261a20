"""Quizzes: the quiz page with its questions, and learners' attempts.

A ``QuizPage`` sits under a module (a module quiz) or directly under a course (a final
assessment). Its questions are ``QuizQuestion`` rows edited inline on the page and saved with
it as one cluster, like the fields of a Wagtail form page.

An attempt freezes what it drew: each ``AttemptAnswer`` keeps the question as shown (``asked``)
and the answer key in force (``key``) when the attempt started. Grading reads only those, so
editing or deleting a published question never changes a past grade."""

from __future__ import annotations

import random
from datetime import timedelta

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page

from taggit.models import TaggedItemBase

from courses.gate import StepPage
from courses.models import ForSomeAudiences

from . import durations, kinds
from .presentation import Reveal, answer_view

# A submit that arrives this long after the time limit is still graded with what it carries:
# the countdown submits at zero and the request needs time to travel.
SUBMIT_GRACE_SECONDS = 30


class QuizDrawTag(TaggedItemBase):
    content_object = ParentalKey(
        "quizzes.QuizPage", related_name="tagged_draws", on_delete=models.CASCADE
    )


class QuizPageForm(WagtailAdminPageForm):
    """Rules across the quiz's settings and its inline questions."""

    def clean(self):
        cleaned = super().clean()
        questions = self.formsets.get("questions")
        if questions is None:
            return cleaned
        # The question formset is validated after clean(); validate its forms now so the count
        # is of the questions that will be kept (as wagtail.contrib.forms does for its fields).
        for form in questions.forms:
            form.is_valid()
        kept_forms = [
            form
            for form in questions.forms
            if (form.instance.pk or form.has_changed())
            and not getattr(form, "cleaned_data", {}).get("DELETE", False)
        ]
        kept = len(kept_forms)
        always = sum(
            1 for form in kept_forms if getattr(form, "cleaned_data", {}).get("always_asked")
        )
        draw_count = cleaned.get("draw_count")
        if cleaned.get("draw_from") == QuizPage.DRAW_FROM_COURSE_TAGS:
            if not cleaned.get("draw_tags"):
                self.add_error("draw_tags", _("Give the tags to draw questions by."))
            if not draw_count:
                self.add_error("draw_count", _("Say how many tagged questions to draw."))
        elif kept == 0:
            self.add_error(None, _("Add at least one question."))
        elif draw_count and draw_count > kept:
            self.add_error("draw_count", _("Only %(n)d questions to draw from.") % {"n": kept})
        elif draw_count and always > draw_count:
            # Always-asked questions count towards the draw: more of them than an attempt
            # asks would make the draw ask more than it says, or leave one out.
            self.add_error(
                "draw_count",
                _(
                    "%(always)d questions are always asked, more than the %(n)d asked per "
                    "attempt: draw at least %(always)d, or ask fewer of them always."
                )
                % {"always": always, "n": draw_count},
            )
        return cleaned


class QuizPage(StepPage, Page):
    FEEDBACK_IMMEDIATE = "immediate"
    FEEDBACK_AFTER_SUBMISSION = "after_submission"
    FEEDBACK_AFTER_PASSING = "after_passing"
    FEEDBACK_CHOICES = [
        (FEEDBACK_IMMEDIATE, _("Immediately, question by question (each checked answer is final)")),
        (FEEDBACK_AFTER_SUBMISSION, _("After the attempt is submitted")),
        (FEEDBACK_AFTER_PASSING, _("Only once the learner has passed")),
    ]
    DRAW_FROM_QUIZ = "quiz"
    DRAW_FROM_COURSE_TAGS = "course_tags"
    DRAW_FROM_CHOICES = [
        (DRAW_FROM_QUIZ, _("This quiz's questions")),
        (DRAW_FROM_COURSE_TAGS, _("Questions with these tags in any quiz of the course")),
    ]

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link", "ul"])
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=80, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    max_attempts = models.PositiveSmallIntegerField(
        _("attempts allowed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for unlimited attempts."),
    )
    cooldown_minutes = models.PositiveIntegerField(_("wait between attempts (minutes)"), default=0)
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for no time limit. Enforced on the server."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=False)
    shuffle_options = models.BooleanField(_("shuffle options"), default=True)
    draw_count = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Draw this many questions at random for each attempt; empty: all of them."),
    )
    draw_from = models.CharField(
        _("draw questions from"), max_length=20, choices=DRAW_FROM_CHOICES, default=DRAW_FROM_QUIZ
    )
    draw_tags = ClusterTaggableManager(
        verbose_name=_("draw by tags"), through=QuizDrawTag, blank=True
    )
    feedback_mode = models.CharField(
        _("feedback"), max_length=20, choices=FEEDBACK_CHOICES, default=FEEDBACK_AFTER_SUBMISSION
    )
    show_correct_answers = models.BooleanField(_("show correct answers at review"), default=True)
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated duration (minutes)"),
        default=1,
        help_text=_(
            "Computed when the quiz is saved, from the questions an attempt asks and their "
            "kinds, at most the time limit; shown in the course outline and on learners' "
            "dashboards."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("questions", heading=_("Questions"), label=_("Question"), min_num=0),
    ]
    settings_panels = Page.settings_panels
    grading_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("pass_mark"), FieldPanel("max_attempts")]),
                FieldRowPanel([FieldPanel("cooldown_minutes"), FieldPanel("time_limit_minutes")]),
                FieldPanel("estimated_minutes", read_only=True),
            ],
            heading=_("Passing and attempts"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                FieldPanel("draw_count"),
                FieldPanel("draw_from"),
                FieldPanel("draw_tags"),
            ],
            heading=_("Which questions, in what order"),
        ),
        MultiFieldPanel(
            [FieldPanel("feedback_mode"), FieldPanel("show_correct_answers")],
            heading=_("Feedback and review"),
        ),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Questions")),
            ObjectList(grading_panels, heading=_("Grading")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
        ]
    )
    base_form_class = QuizPageForm
    parent_page_types = ["courses.ModulePage", "courses.CoursePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    @property
    def expected_minutes(self) -> int:
        """The time a learner should set aside for an attempt: the stored estimate, computed on
        save (``compute_estimated_minutes``), so a list of quizzes costs no extra query."""
        return self.estimated_minutes

    def compute_estimated_minutes(self) -> int:
        """From the questions an attempt asks and their kinds (``quizzes.durations``): the
        page's own questions as they are being saved (the cluster in memory), or, when the
        quiz draws from the course's tagged questions, ``draw_count`` of an unlisted kind."""
        questions = [
            (
                question.answer.get_prep_value(),
                frozenset(audience.pk for audience in question.audiences.all()),
                question.always_asked,
            )
            for question in self.questions.all()
        ]
        return durations.quiz_minutes(
            questions,
            self.draw_count,
            self.time_limit_minutes,
            pool_unknown=self.draw_from == self.DRAW_FROM_COURSE_TAGS,
        )

    def save(self, *args, **kwargs):
        self.estimated_minutes = self.compute_estimated_minutes()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "estimated_minutes" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "estimated_minutes"]
        super().save(*args, **kwargs)
        # The course's total counts this quiz (when live and required by its rule).
        from courses.services import course_minutes_update

        course_minutes_update(self)

    @property
    def is_final_assessment(self) -> bool:
        from courses.models import CoursePage

        return self.get_parent().specific_class is CoursePage

    # Served through the course's gate (courses.gate.StepPage). An editor enrolled in the
    # course takes the quiz as learners do; the trainer view is for editors who are not.
    refused_template = "quizzes/refused.html"
    preview_template = "quizzes/preview.html"
    trainer_view_when_enrolled = False

    def check_access(self, user, course):
        from .services import quiz_check_access

        return quiz_check_access(user, self, course)

    def get_context(self, request, *args, **kwargs):
        """The quiz's front page: its rules, and for a learner their attempts and a start or
        resume button; the preview: every question with its answer key."""
        context = super().get_context(request, *args, **kwargs)
        access = context["access"]
        # The breadcrumb's module: from the learner's outline, else (trainer view) the tree;
        # none for a final assessment, which sits directly under its course.
        module = access.outline.module_for(self) if access.outline else None
        if module is None and access.course is not None and self.depth > access.course.depth + 1:
            module = self.get_parent()
        context["module"] = module
        if access.is_preview:
            context["questions"] = self.preview_questions()
        elif access.enrolment is not None:
            context.update(self._attempts_context(request.user, access.enrolment))
        return context

    def _attempts_context(self, user, enrolment) -> dict:
        from . import selectors, services

        submitted, current = selectors.attempts_at(user, self, enrolment.run_started_at)
        # Only an attempt whose time has run out is locked and closed (a read otherwise).
        overdue = current is not None and current.submit_by and current.submit_by < timezone.now()
        if overdue and services.attempt_close_if_overdue(user, current.pk):
            # Closed as overdue: now among the submitted attempts.
            submitted, current = selectors.attempts_at(user, self, enrolment.run_started_at)
        return {
            "attempts": submitted,
            "open_attempt": current,
            "refusal": None if current else services.start_refusal(self, submitted),
            "attempts_left": (
                max(0, self.max_attempts - len(submitted)) if self.max_attempts else None
            ),
            "best": max((a.percent for a in submitted), default=None),
            "has_passed": any(a.passed for a in submitted),
        }

    def preview_questions(self) -> list[dict]:
        """The questions as a learner sees them, each with its answer key, so a trainer can
        check the quiz before publishing (Wagtail's preview, only reachable from the admin)."""
        rng = random.Random(0)
        reveal = Reveal(feedback=True, correct_answers=True)
        questions = []
        for number, question in enumerate(self.questions.all(), start=1):
            if not question.answer:
                continue
            asked, key = question.snapshot(rng, self.shuffle_options)
            questions.append(
                {
                    "number": number,
                    "points": question.points,
                    "tags": list(question.tags.names()) if question.pk else [],
                    "explanation": question.explanation,
                    "answer": answer_view(f"preview{number}", asked, None, key, reveal),
                }
            )
        return questions


class QuestionTag(TaggedItemBase):
    content_object = ParentalKey(
        "quizzes.QuizQuestion", related_name="tagged_items", on_delete=models.CASCADE
    )


class QuizQuestion(ForSomeAudiences, ClusterableModel, Orderable):
    """One question of a quiz, edited inline on the quiz page.

    Wagtail can nest inline panels, but the kinds of question need different children (options
    with a correctness flag, pairs, steps, accepted answers) and a scenario nests a further level
    of sub-questions with their own options. A one-block StreamField holds each kind's own
    editor inline on the question, keeps ids on options across edits, and is saved in the page's
    revisions with the rest of the quiz. Its blocks are the kinds of question
    (``quizzes.kinds``), named as the kinds are."""

    quiz = ParentalKey(QuizPage, related_name="questions", on_delete=models.CASCADE)
    prompt = models.TextField(_("question"), max_length=1000)
    answer = StreamField(
        kinds.answer_block(),
        verbose_name=_("answer"),
        help_text=_("Choose the kind of question and give its answer key."),
    )
    points = models.PositiveSmallIntegerField(
        _("points"), default=1, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        max_length=2000,
        help_text=_("Why the answer is what it is; shown as feedback at review."),
    )
    always_asked = models.BooleanField(
        _("always asked"),
        default=False,
        help_text=_(
            "Asked in every attempt when the quiz draws its questions, and counted in the "
            "questions per attempt: for a case every learner must face."
        ),
    )
    tags = ClusterTaggableManager(
        verbose_name=_("tags"),
        through=QuestionTag,
        blank=True,
        help_text=_("Topic or indicator, e.g. debt-bondage; used in reports and for drawing."),
    )

    panels = [
        FieldPanel("prompt"),
        FieldPanel("answer"),
        FieldRowPanel([FieldPanel("points"), FieldPanel("tags")]),
        FieldPanel("always_asked"),
        FieldPanel("explanation"),
        FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.prompt[:80]

    @property
    def kind(self) -> str:
        return self.answer[0].block_type if self.answer else ""

    def snapshot(self, rng, shuffle_options: bool) -> tuple[dict, dict]:
        """What this question shows (no correctness, no explanation) and its answer key."""
        block = self.answer[0]
        asked, key = kinds.get(block.block_type).snapshot(block.value, rng, shuffle_options)
        asked = {"prompt": self.prompt, **asked}
        key = {**key, "explanation": self.explanation}
        return asked, key

    def clean(self):
        if len(self.answer) != 1:
            raise ValidationError({"answer": _("Choose exactly one kind of answer.")})


class QuizAttempt(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts"
    )
    quiz = models.ForeignKey(
        QuizPage, null=True, on_delete=models.SET_NULL, related_name="attempts"
    )
    quiz_key = models.UUIDField(_("quiz translation key"), editable=False)
    course_key = models.UUIDField(_("course translation key"), editable=False)
    quiz_title = models.CharField(_("quiz"), max_length=255)
    number = models.PositiveSmallIntegerField(_("attempt number"))
    started_at = models.DateTimeField(_("started at"))
    deadline = models.DateTimeField(_("time limit ends"), null=True, blank=True)
    last_saved_at = models.DateTimeField(_("answers last saved"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    graded_from_saved = models.BooleanField(
        _("graded from saved answers"),
        default=False,
        help_text=_("The time limit had passed: graded with what was saved before it ended."),
    )
    # The quiz's grading and review settings when the attempt started.
    pass_mark = models.PositiveSmallIntegerField(_("pass mark (%)"))
    feedback_mode = models.CharField(_("feedback"), max_length=20)
    show_correct_answers = models.BooleanField(_("show correct answers"))
    score = models.DecimalField(_("score"), max_digits=7, decimal_places=2, null=True)
    max_score = models.PositiveIntegerField(_("maximum score"))
    percent = models.DecimalField(_("score (%)"), max_digits=5, decimal_places=2, null=True)
    passed = models.BooleanField(_("passed"), null=True)

    # Learner records, not content: kept out of Wagtail's reference index, which would
    # otherwise add four queries to every save.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")
        ordering = ["-started_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "quiz_key", "number"], name="quizzes_attempt_number_unique"
            ),
            # At most one attempt in progress per learner and quiz: two "Start" clicks in two
            # tabs cannot open two attempts.
            models.UniqueConstraint(
                fields=["user", "quiz_key"],
                condition=Q(submitted_at__isnull=True),
                name="quizzes_one_open_attempt",
            ),
        ]
        indexes = [
            # The quiz report's and course analytics' totals read their figures from these
            # indexes alone, never from the attempts' rows.
            models.Index(
                fields=["quiz_key", "submitted_at", "percent", "user", "passed"],
                name="quizzes_attempt_report",
            ),
            models.Index(fields=["user", "course_key"]),
            models.Index(
                fields=["course_key", "quiz_key", "percent", "submitted_at", "user", "passed"],
                name="quizzes_attempt_analytics",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.quiz_title} #{self.number}"

    @property
    def is_submitted(self) -> bool:
        return self.submitted_at is not None

    @property
    def submit_by(self):
        """Latest moment a submit is still graded with the answers it carries."""
        if self.deadline is None:
            return None
        return self.deadline + timedelta(seconds=SUBMIT_GRACE_SECONDS)


class AttemptAnswer(models.Model):
    attempt = models.ForeignKey(QuizAttempt, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField()
    question = models.ForeignKey(
        QuizQuestion, null=True, on_delete=models.SET_NULL, related_name="answers"
    )
    question_pk = models.PositiveBigIntegerField(
        help_text="The question's id when drawn; kept if the question is deleted later."
    )
    # A copy of its attempt's (which never changes), so that a quiz report counts a quiz's
    # answers on their own index instead of joining 100,000 attempts (quizzes.reports).
    quiz_key = models.UUIDField(editable=False, help_text="Its attempt's quiz translation key.")
    asked = models.JSONField(help_text="The question as shown: no correctness, no explanation.")
    key = models.JSONField(help_text="The answer key in force when the attempt started.")
    points = models.PositiveSmallIntegerField()
    response = models.JSONField(null=True, blank=True)
    saved_at = models.DateTimeField(null=True, blank=True)
    checked_at = models.DateTimeField(
        null=True, blank=True, help_text="Checked on its own (immediate feedback): final."
    )
    score = models.DecimalField(max_digits=7, decimal_places=2, null=True)
    is_correct = models.BooleanField(null=True)

    # Learner records, not content: kept out of Wagtail's reference index, which would
    # otherwise add four queries to every save.
    wagtail_reference_index_ignore = True

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["attempt", "position"]
        constraints = [
            models.UniqueConstraint(fields=["attempt", "position"], name="quizzes_answer_position"),
            models.UniqueConstraint(
                fields=["attempt", "question_pk"], name="quizzes_answer_question"
            ),
        ]
        indexes = [
            models.Index(fields=["question_pk", "is_correct"]),
            # The quiz report's difficulty per question, read from the index alone.
            models.Index(
                fields=["quiz_key", "question_pk", "is_correct"],
                name="quizzes_answer_report",
            ),
        ]

    def __str__(self):
        return f"{self.attempt} · {self.position}"

    def save(self, *args, **kwargs):
        # bulk_create (attempt_start) sets the copy itself; one answer saved on its own takes
        # it from its attempt.
        if self.quiz_key is None:
            self.quiz_key = self.attempt.quiz_key
        super().save(*args, **kwargs)
