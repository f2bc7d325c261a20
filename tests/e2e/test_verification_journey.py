"""Journey 2: a certifying body verifies a certificate's code (valid); a trainer revokes it in
the admin; the certifying body checks again and sees it revoked, with the date and reason."""

import re

from certificates.models import Certificate

from .conftest import JOURNEY

pytestmark = JOURNEY


def test_a_certifying_body_sees_a_revocation(demo, visit):
    certificate = Certificate.objects.get(holder__email="police@example.org")

    verifier = visit()
    page = verifier.go("/verify/")
    verifier.shot("verify-form")
    # Typed the way people copy codes: lower case, spaces instead of dashes.
    page.get_by_label("Certificate code").fill(certificate.code.lower().replace("-", " "))
    page.get_by_role("button", name="Verify").click()
    page.wait_for_load_state()
    verifier.shot("valid")
    assert page.get_by_role("heading", name=re.compile("Valid certificate")).is_visible()
    assert "Jonas Berg" in page.content()

    trainer = visit()
    trainer.sign_in("trainer@example.org")
    admin = trainer.page
    admin.goto(trainer.base_url + f"/admin/certificates_admin/inspect/{certificate.pk}/")
    trainer.shot("inspect")
    admin.goto(trainer.base_url + f"/admin/certificates/{certificate.pk}/revoke/")
    admin.get_by_label("Public reason").fill("Completed under another person's account")
    trainer.shot("revoke-form")
    admin.get_by_role("button", name="Revoke certificate").click()
    admin.wait_for_load_state()
    trainer.shot("revoked-in-admin")
    assert "revoked" in admin.content()

    page.reload()
    verifier.shot("revoked")
    assert page.get_by_role("heading", name=re.compile("Revoked certificate")).is_visible()
    assert "Completed under another person's account" in page.content()
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
