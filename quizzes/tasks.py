from frontline.tasks import background_task

from . import services


@background_task
def close_overdue_attempts() -> int:
    """Grade attempts whose time ran out unsubmitted (idempotent: each is graded once)."""
    return services.close_overdue_attempts()
