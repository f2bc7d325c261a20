"""What courses hold about a learner, for their export (``accounts.privacy``): enrolments and
lesson progress. Erasure needs nothing of its own here: both go with the account."""

from .models import Enrolment, LessonProgress


def _when(moment):
    return moment.isoformat() if moment else None


def enrolments_export(user) -> list[dict]:
    return [
        {
            "course": e.course.title,
            "course_key": str(e.course_key),
            "registration": str(e.registration),
            "enrolled_at": _when(e.enrolled_at),
            "completed_at": _when(e.completed_at),
            "current_run_started_at": _when(e.run_started_at),
        }
        for e in Enrolment.objects.filter(user=user).select_related("course")
    ]


def lesson_progress_export(user) -> list[dict]:
    return [
        {
            "lesson": p.lesson.title,
            "lesson_key": str(p.lesson_key),
            "course_key": str(p.course_key),
            "first_opened_at": _when(p.first_opened_at),
            "completed_at": _when(p.completed_at),
        }
        for p in LessonProgress.objects.filter(user=user).select_related("lesson")
    ]
