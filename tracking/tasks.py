from frontline.tasks import background_task, task_started

from .delivery import deliver_pending
from .services import DELIVERY_QUEUED


@background_task
def deliver_statements() -> dict:
    """Send what is pending (idempotent: statements are claimed, ids are fixed, one run at a
    time). Queued after recorded events commit and run every minute by beat as a sweep."""
    task_started(DELIVERY_QUEUED)
    report = deliver_pending()
    return vars(report)
