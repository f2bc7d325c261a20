from celery import shared_task

from .delivery import deliver_pending


@shared_task(ignore_result=True)
def deliver_statements() -> dict:
    """Send what is pending (idempotent: statements are claimed, ids are fixed). Queued after
    each recorded event's commit and run every minute by beat as a sweep."""
    report = deliver_pending()
    return vars(report)
