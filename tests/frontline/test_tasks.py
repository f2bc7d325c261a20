"""Every background task is declared one way, and what beat and the routes name exists.

An operator reads task names in the worker logs and in settings; a task declared another way
(no acks_late: a killed worker loses it; a result stored nobody reads) or a beat entry naming a
task that was renamed would fail silently in production, not in a test."""

from django.conf import settings

from celery import current_app

import certificates.tasks
import quizzes.tasks
import tracking.tasks

OUR_APPS = ("certificates.", "quizzes.", "tracking.", "frontline.")
WORKER_QUEUES = {"default", "documents", "mail", "statements"}  # scripts/serve-prod.sh


def our_tasks():
    return {name: task for name, task in current_app.tasks.items() if name.startswith(OUR_APPS)}


def test_every_task_is_declared_the_house_way():
    tasks = our_tasks()
    assert set(tasks) == {
        "certificates.tasks.render_certificate_pdf",
        "certificates.tasks.render_missing_pdfs",
        "certificates.tasks.expire_and_remind",
        "quizzes.tasks.close_overdue_attempts",
        "tracking.tasks.deliver_statements",
    }
    for name, task in tasks.items():
        assert name == f"{task.run.__module__}.{task.run.__name__}"
        assert task.acks_late and task.reject_on_worker_lost, name
        assert task.ignore_result, name
        assert task.__doc__, f"{name} says why it is idempotent"
    # Only the render may fail for a passing reason; the sweeps' retry is their next beat.
    assert certificates.tasks.render_certificate_pdf.max_retries == 6
    assert certificates.tasks.render_certificate_pdf.autoretry_for == (Exception,)
    assert not getattr(tracking.tasks.deliver_statements, "autoretry_for", ())
    assert not getattr(quizzes.tasks.close_overdue_attempts, "autoretry_for", ())


def test_beat_and_the_routes_name_tasks_that_exist_and_queues_a_worker_reads():
    tasks = our_tasks()
    for entry in settings.CELERY_BEAT_SCHEDULE.values():
        assert entry["task"] in tasks
    router = current_app.amqp.router
    for name in tasks:
        route = router.route({}, name)
        queue = route["queue"].name if "queue" in route else settings.CELERY_TASK_DEFAULT_QUEUE
        assert queue in WORKER_QUEUES, (name, queue)
    assert router.route({}, "tracking.tasks.deliver_statements")["queue"].name == "statements"
    assert router.route({}, "certificates.tasks.render_certificate_pdf")["queue"].name == (
        "documents"
    )
