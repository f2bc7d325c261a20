from django.core.management.base import BaseCommand

from certificates import signing


class Command(BaseCommand):
    help = (
        "Manage the certificate signing keys: `rotate` adds a key and signs with it from now "
        "on (older certificates keep verifying); `ensure` creates a first key if there is none; "
        "`show` prints the published JWKS."
    )

    # It is how a missing key file (a failing system check) gets created.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rotate", "ensure", "show"])

    def handle(self, action, **options):
        path = signing.keys_path()
        if action == "rotate" or (action == "ensure" and not path.exists()):
            kid = signing.rotate(path)
            self.stdout.write(f"Signing with new key {kid} ({path}).")
        elif action == "ensure":
            self.stdout.write(f"Signing keys present ({path}).")
        else:
            import json

            self.stdout.write(json.dumps(signing.keyset().public_jwks(), indent=2))
