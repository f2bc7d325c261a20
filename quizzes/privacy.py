"""What quizzes hold about a learner, for their export (``accounts.privacy``): their attempts
and answers. Erasure needs nothing of its own here: attempts go with the account."""

from .models import AttemptAnswer, QuizAttempt
from .selectors import review_visibility


def _when(moment):
    return moment.isoformat() if moment else None


def _attempt_answers(user) -> dict[int, list]:
    """Each attempt's answers, with the points they earned and whether they were right only
    where the learner's review shows it (a quiz may show feedback only once passed): the export
    never tells more than the quiz's own pages do."""
    attempts = {a.pk: a for a in QuizAttempt.objects.filter(user=user)}
    shown = {pk: review_visibility(a).feedback for pk, a in attempts.items() if a.is_submitted}
    answers: dict[int, list] = {}
    for answer in AttemptAnswer.objects.filter(attempt__user=user).order_by("position"):
        # While an attempt is open, only answers checked as the learner went (immediate
        # feedback) have shown their result.
        feedback = shown.get(answer.attempt_id, answer.checked_at is not None)
        answers.setdefault(answer.attempt_id, []).append(
            {
                "position": answer.position,
                "question": answer.asked.get("prompt") if isinstance(answer.asked, dict) else None,
                "response": answer.response,
                "points": answer.points,
                "score": str(answer.score) if feedback and answer.score is not None else None,
                "correct": answer.is_correct if feedback else None,
                "saved_at": _when(answer.saved_at),
            }
        )
    return answers


def quiz_attempts_export(user) -> list[dict]:
    """The learner's attempts, oldest first. Answer keys are left out, and per-question results
    follow the quiz's review settings: a quiz may keep its correct answers (or all feedback
    until passed) hidden even after submission."""
    answers = _attempt_answers(user)
    return [
        {
            "quiz": a.quiz_title,
            "quiz_key": str(a.quiz_key),
            "number": a.number,
            "started_at": _when(a.started_at),
            "submitted_at": _when(a.submitted_at),
            "score": str(a.score) if a.score is not None else None,
            "max_score": a.max_score,
            "percent": str(a.percent) if a.percent is not None else None,
            "passed": a.passed,
            "answers": answers.get(a.pk, []),
        }
        for a in QuizAttempt.objects.filter(user=user).order_by("started_at")
    ]
