from django.core.management.base import BaseCommand, CommandError

from accounts import privacy
from accounts.models import User


class Command(BaseCommand):
    help = (
        "Erase a learner on request (GDPR art. 17), as the learner can from 'Your data': the "
        "account and its records are deleted, statements voided at the LRS, certificates "
        "revoked as 'Holder erased'. --export writes their data (art. 15) to a JSON file first."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--by", required=True, help="e-mail of the administrator acting")
        parser.add_argument("--export", metavar="FILE", help="save the learner's data here first")

    def handle(self, email, by, export=None, **options):
        learner = User.objects.filter(email__iexact=email).first()
        admin = User.objects.filter(email__iexact=by, is_superuser=True).first()
        if learner is None:
            raise CommandError(f"No account has the address {email}.")
        if admin is None:
            raise CommandError(f"{by} is not an administrator.")
        if export:
            import json

            with open(export, "w", encoding="utf-8") as handle:
                json.dump(privacy.learner_data(learner), handle, ensure_ascii=False, indent=2)
            self.stdout.write(f"Data of {email} saved to {export}.")
        done = privacy.learner_erase(learner, by=admin)
        self.stdout.write(
            f"Erased {email}: {done['certificates_revoked']} certificate(s) revoked, "
            f"{done['statements_voided']} delivered statement(s) voided."
        )
