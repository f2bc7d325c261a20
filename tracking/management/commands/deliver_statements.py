from django.core.management.base import BaseCommand, CommandError

from tracking.delivery import deliver_pending, is_paused, resume_delivery
from tracking.models import Statement


class Command(BaseCommand):
    help = "Send pending learning records to the configured LRS now (drains the outbox)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=None)
        parser.add_argument(
            "--resume", action="store_true", help="Lift a pause set by a 401/403 first."
        )

    def handle(self, *args, batch_size=None, resume=False, **options):
        from django.conf import settings

        if not settings.LRS_ENDPOINT:
            raise CommandError("No LRS configured (LRS_ENDPOINT is empty): nothing to send to.")
        if resume:
            resume_delivery()
        if is_paused():
            raise CommandError("Delivery is paused after the LRS refused our credentials.")
        report = deliver_pending(batch_size=batch_size)
        pending = Statement.objects.filter(state=Statement.State.PENDING).count()
        self.stdout.write(
            f"delivered {report.delivered}, refused {report.dead}, deferred {report.deferred} "
            f"in {report.requests} request(s); {pending} still pending"
            + (" — delivery paused" if report.paused else "")
        )
