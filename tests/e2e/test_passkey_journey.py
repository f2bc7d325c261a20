"""Nora adds a passkey and signs in with it (decision 0018): Chromium's virtual authenticator
(the DevTools protocol's WebAuthn domain) stands for her laptop's, so the browser,
django-otp-webauthn's JavaScript and the server run the real WebAuthn ceremonies."""

from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

from tests.factories import UserFactory
from tests.two_factor import code_for

from .conftest import JOURNEY, PASSWORD, axe_violations

pytestmark = JOURNEY


def test_a_passkey_added_on_the_profile_passes_the_second_step(visit, settings, live_server):
    # The live server's own origin (a port of its own each run) is the one passkeys sign for.
    settings.OTP_WEBAUTHN_RP_ID = "localhost"
    settings.OTP_WEBAUTHN_ALLOWED_ORIGINS = [live_server.url]
    nora = UserFactory(email="nora@embassy.example", password=PASSWORD)
    tab = visit()  # with the site's Content Security Policy: the package's scripts must pass it
    devtools = tab.context.new_cdp_session(tab.page)
    devtools.send("WebAuthn.enable")
    devtools.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )

    # Two-step sign-in on, with an authenticator app first: the way back if the passkey is lost.
    tab.sign_in(nora.email)
    tab.go("/accounts/two-factor/set-up/")
    tab.page.locator("input[name=code]").fill(
        code_for(TOTPDevice.objects.get(user=nora, confirmed=False))
    )
    tab.page.locator("main form button[type=submit]").click()
    tab.page.wait_for_url("**/two-factor/recovery-codes/")

    tab.go("/accounts/profile/")
    tab.page.locator("#passkey-register-button").click()
    tab.page.locator("#passkey-register-status-message").get_by_text("success").wait_for()
    tab.shot("passkey-added")
    assert WebAuthnCredential.objects.filter(user=nora, confirmed=True).count() == 1

    tab.page.locator("header form[action$='/logout/'] button").click()
    tab.page.wait_for_load_state()
    tab.go("/accounts/login/")
    tab.page.locator("input[name=username]").fill(nora.email)
    tab.page.locator("input[name=password]").fill(PASSWORD)
    tab.page.locator("main form button[type=submit]").click()
    tab.page.wait_for_url("**/accounts/two-factor/")
    tab.page.locator("#passkey-verification-button").wait_for()
    tab.shot("second-step")
    tab.page.locator("#passkey-verification-button").click()
    tab.page.wait_for_url("**/dashboard/")
    tab.shot("signed-in-with-the-passkey")
    credential = WebAuthnCredential.objects.get(user=nora)
    assert credential.last_used_at is not None

    # The second step with its passkey button, checked by axe-core (injected inline, so in a
    # browser that sets the policy aside), in Swedish.
    checked = visit(bypass_csp=True)
    checked.go("/sv/accounts/login/")
    checked.page.locator("input[name=username]").fill(nora.email)
    checked.page.locator("input[name=password]").fill(PASSWORD)
    checked.page.locator("main form button[type=submit]").click()
    checked.page.wait_for_url("**/sv/accounts/two-factor/")
    checked.page.locator("#passkey-verification-button").wait_for()
    checked.shot("second-step-in-swedish")
    assert axe_violations(checked.page) == []
