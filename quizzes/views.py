"""Thin learner views for quizzes: parse the request, call one service, render or redirect."""

from __future__ import annotations

import re

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from courses.selectors import course_outline
from courses.services import LearningRuleError, NotEnrolled

from . import selectors, services
from .form_fields import TamperedAnswer
from .models import QuizAttempt, QuizPage
from .presentation import Reveal, question_views

# "choose-q12": commit to the choice selected in question 12 (a branching case). ASCII digits,
# no more than an id can have.
CHOOSE_ACTION = re.compile(r"choose-q([0-9]{1,18})")


def _refused(request, quiz, refusal, status=403):
    context = {
        "page": quiz,
        "reason": str(refusal),
        "blocking": getattr(refusal, "blocking", None),
    }
    return TemplateResponse(request, "quizzes/refused.html", context, status=status)


@require_POST
@login_required
def start_attempt(request, quiz_id: int):
    quiz = get_object_or_404(QuizPage.objects.live(), pk=quiz_id)
    try:
        attempt, _created = services.attempt_start(request.user, quiz)
    except NotEnrolled as refusal:
        messages.info(request, str(refusal))
        return redirect(selectors.course_of_quiz(quiz).url)
    except LearningRuleError as refusal:
        return _refused(request, quiz, refusal)
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


def _own_attempt(request, attempt_id: int) -> QuizAttempt:
    # Another learner's attempt is as absent as a missing one.
    return get_object_or_404(
        QuizAttempt.objects.select_related("quiz"), pk=attempt_id, user=request.user
    )


def _wants_json(request) -> bool:
    return request.headers.get("X-Requested-With") == "fetch"


def _bad_request(request, attempt, message):
    if _wants_json(request):
        return JsonResponse({"error": message}, status=400)
    return TemplateResponse(
        request,
        "quizzes/bad_answer.html",
        {"attempt": attempt, "reason": message},
        status=400,
    )


@require_http_methods(["GET", "POST"])
@login_required
def attempt(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if attempt.is_submitted:
        if request.method == "POST" and _wants_json(request):
            return JsonResponse(
                {"error": _("This attempt has already been submitted.")}, status=409
            )
        action = request.POST.get("action", "") if request.method == "POST" else ""
        if action == "submit":
            messages.info(request, _("This attempt had already been submitted."))
        elif CHOOSE_ACTION.fullmatch(action):
            messages.error(
                request,
                _("This attempt has already been submitted: no more choices can be made."),
            )
        return redirect("quizzes:review", attempt_id=attempt.pk)
    if request.method == "POST":
        return _attempt_post(request, attempt)
    if services.attempt_close_if_overdue(request.user, attempt.pk):
        messages.warning(request, str(services.time_up_message()))
        return redirect("quizzes:review", attempt_id=attempt.pk)
    in_progress = selectors.attempt_in_progress(attempt)
    context = {
        "attempt": attempt,
        "time_left_label": in_progress.time_left_label,
        "page": attempt.quiz,
        "questions": question_views(in_progress.answers, in_progress.reveal_for),
        "seconds_left": in_progress.seconds_left,
        "immediate": in_progress.immediate,
        "answered": in_progress.answered,
    }
    return TemplateResponse(request, "quizzes/attempt.html", context)


def _attempt_post(request, attempt):
    action = request.POST.get("action", "save")
    user = request.user
    try:
        if action == "submit":
            outcome = services.attempt_submit(user, attempt.pk, request.POST)
            if outcome.attempt.graded_from_saved:
                messages.warning(
                    request,
                    _(
                        "The time limit had passed: your attempt was graded with the answers "
                        "saved before it ended."
                    ),
                )
            if outcome.course_completed:
                messages.success(request, _("You have completed the course. Well done."))
            return redirect("quizzes:review", attempt_id=attempt.pk)
        choose = CHOOSE_ACTION.fullmatch(action)
        if choose:
            question_pk = int(choose.group(1))
            services.attempt_choose(user, attempt.pk, question_pk, request.POST)
            url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
            return redirect(f"{url}#question-{question_pk}-now")
        if action.startswith("check-"):
            try:
                question_pk = int(action.removeprefix("check-"))
            except ValueError:
                return _bad_request(request, attempt, _("Unknown action."))
            services.attempt_check_question(user, attempt.pk, question_pk, request.POST)
            url = reverse("quizzes:attempt", kwargs={"attempt_id": attempt.pk})
            return redirect(f"{url}#question-{question_pk}")
        if action != "save":
            return _bad_request(request, attempt, _("Unknown action."))
        saved = services.attempt_save(user, attempt.pk, request.POST)
    except TamperedAnswer as error:
        return _bad_request(request, attempt, str(error))
    except services.TimeUp as time_up:
        if _wants_json(request):
            return JsonResponse(
                {"error": str(time_up), "review": reverse("quizzes:review", args=[attempt.pk])},
                status=409,
            )
        messages.warning(request, str(time_up))
        return redirect("quizzes:review", attempt_id=attempt.pk)
    except services.AttemptClosed:
        return redirect("quizzes:review", attempt_id=attempt.pk)
    except LearningRuleError as error:
        return _bad_request(request, attempt, str(error))
    if _wants_json(request):
        return JsonResponse({"saved_at": saved.last_saved_at.isoformat()})
    messages.success(request, _("Your answers are saved."))
    return redirect("quizzes:attempt", attempt_id=attempt.pk)


@login_required
def review(request, attempt_id: int):
    attempt = _own_attempt(request, attempt_id)
    if not attempt.is_submitted:
        return redirect("quizzes:attempt", attempt_id=attempt.pk)
    visibility = selectors.review_visibility(attempt)
    reveal = Reveal(feedback=visibility.feedback, correct_answers=visibility.correct_answers)
    answers = list(attempt.answers.all())
    questions = question_views(answers, lambda answer: reveal)
    next_step = course_completed = retry = None
    if attempt.passed and attempt.quiz is not None:
        outline = course_outline(selectors.course_of_quiz(attempt.quiz), request.user)
        next_step, course_completed = outline.next_step, outline.is_completed
    elif not attempt.passed:
        retry = services.retry_for(request.user, attempt)
    context = {
        "attempt": attempt,
        "page": attempt.quiz,
        "next_step": next_step,
        # A pass that completed the course: its certificate, readiness and My learning.
        "course_completed": course_completed,
        "retry": retry,
        # Only what the review already shows: no list of misses while feedback is withheld.
        "missed": [q for q in questions if q.answer.revealed and not q.answer.is_correct],
        "visibility": visibility,
        "questions": questions,
        "critical_errors": selectors.critical_errors(attempt, answers),
    }
    return TemplateResponse(request, "quizzes/review.html", context)
