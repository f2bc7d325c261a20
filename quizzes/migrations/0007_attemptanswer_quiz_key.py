"""The quiz report and course analytics at 100,000 attempts (issue 17): each answer carries its
attempt's quiz key, so that the report groups a quiz's answers on an index of their own instead
of joining every attempt (existing answers take it from their attempt in one UPDATE); the
attempts' two report indexes hold every column the totals read."""

from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def copy_quiz_keys(apps, schema_editor):
    AttemptAnswer = apps.get_model("quizzes", "AttemptAnswer")
    QuizAttempt = apps.get_model("quizzes", "QuizAttempt")
    AttemptAnswer.objects.filter(quiz_key__isnull=True).update(
        quiz_key=Subquery(
            QuizAttempt.objects.filter(pk=OuterRef("attempt_id")).values("quiz_key")[:1]
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("quizzes", "0006_branching_case_always_asked"),
    ]

    operations = [
        migrations.AddField(
            model_name="attemptanswer",
            name="quiz_key",
            field=models.UUIDField(
                editable=False, null=True, help_text="Its attempt's quiz translation key."
            ),
        ),
        migrations.RunPython(copy_quiz_keys, migrations.RunPython.noop, elidable=True),
        migrations.AlterField(
            model_name="attemptanswer",
            name="quiz_key",
            field=models.UUIDField(editable=False, help_text="Its attempt's quiz translation key."),
        ),
        migrations.RemoveIndex(model_name="quizattempt", name="quizzes_qui_quiz_ke_796339_idx"),
        migrations.RemoveIndex(model_name="quizattempt", name="quizzes_qui_course__e2166c_idx"),
        migrations.AddIndex(
            model_name="quizattempt",
            index=models.Index(
                fields=["quiz_key", "submitted_at", "percent", "user", "passed"],
                name="quizzes_attempt_report",
            ),
        ),
        migrations.AddIndex(
            model_name="quizattempt",
            index=models.Index(
                fields=["course_key", "quiz_key", "percent", "submitted_at", "user", "passed"],
                name="quizzes_attempt_analytics",
            ),
        ),
        migrations.AddIndex(
            model_name="attemptanswer",
            index=models.Index(
                fields=["quiz_key", "question_pk", "is_correct"],
                name="quizzes_answer_report",
            ),
        ),
    ]
