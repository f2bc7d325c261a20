"""Print the code an authenticator app holding the demo's published key shows now, for trying
the demo's staff accounts without a phone. It knows only that public key (seed_demo), never a
real person's secret."""

import time

from django.core.management.base import BaseCommand

from django_otp.oath import TOTP

from .seed_demo import DEMO_AUTHENTICATOR_HEX


class Command(BaseCommand):
    help = "Print the current sign-in code of the demo staff accounts' authenticator."

    def handle(self, *args, **options):
        totp = TOTP(bytes.fromhex(DEMO_AUTHENTICATOR_HEX))
        left = totp.step - int(time.time() - totp.t0) % totp.step
        self.stdout.write(f"{totp.token():06d}  (valid for {left} more seconds)")
