"""From My certificates a learner adds a valid certificate to their LinkedIn profile, downloads
it for a digital wallet and copies its verification link; nobody shares anyone else's."""

import html
import json
import re
from urllib.parse import parse_qs, urlsplit

from django.urls import reverse
from django.utils import timezone

import pytest

from certificates import services, sharing
from certificates.verification import verify_url
from tests.factories import UserFactory


@pytest.fixture
def issued(learner, assessed_course):
    learner.first_name, learner.last_name = "Åsa", "Öberg"
    learner.save()
    return services.certificate_issue(learner, assessed_course)


def links(page: str) -> list[str]:
    return [html.unescape(href) for href in re.findall(r'href="([^"]+)"', page)]


def test_the_linkedin_link_carries_the_certificate_url_encoded(learner_client, issued):
    page = learner_client.get("/dashboard/").content.decode()
    (add,) = [href for href in links(page) if href.startswith("https://www.linkedin.com/")]
    url = urlsplit(add)
    assert (url.netloc, url.path) == ("www.linkedin.com", "/profile/add")
    issued_on = timezone.localtime(issued.issued_at)
    expires_on = timezone.localtime(issued.expires_at)
    assert parse_qs(url.query) == {
        "startTask": ["CERTIFICATION_NAME"],
        "name": ["Identifying victims"],
        "organizationName": [issued.issuer_name],
        "issueYear": [str(issued_on.year)],
        "issueMonth": [str(issued_on.month)],
        "expirationYear": [str(expires_on.year)],
        "expirationMonth": [str(expires_on.month)],
        "certUrl": [verify_url(issued)],
        "certId": [issued.code],
    }
    # Encoded, not pasted: the verify URL's ":" and "/" and the name's space are escaped.
    assert "name=Identifying%20victims" in url.query
    assert "certUrl=http%3A%2F%2F" in url.query or "certUrl=https%3A%2F%2F" in url.query


def test_the_linkedin_name_is_in_the_language_of_the_page(issued):
    issued.course_title_sv = "Identifiera offer"
    url = sharing.linkedin_add_to_profile_url(issued, "sv")
    assert "name=Identifiera%20offer" in url
    assert "expirationYear" in url
    issued.expires_at = None
    assert "expiration" not in sharing.linkedin_add_to_profile_url(issued, "en")


def test_the_wallet_file_is_the_signed_credential_enveloped(client, learner_client, issued):
    page = learner_client.get("/dashboard/").content.decode()
    wallet = reverse("certificates:wallet", args=[issued.code])
    assert f'href="{wallet}" download' in page
    response = learner_client.get(wallet)
    assert response.status_code == 200
    assert response["Content-Disposition"] == (
        f'attachment; filename="certificate-{issued.code}-wallet.json"'
    )
    assert "no-store" in response["Cache-Control"]
    envelope = response.json()
    assert envelope["type"] == "EnvelopedVerifiableCredential"
    assert envelope["@context"] == "https://www.w3.org/ns/credentials/v2"
    media_type, token = envelope["id"].split(",", 1)
    assert media_type == "data:application/vc+jwt" and token == issued.credential
    report = client.post(
        reverse("certificates_api:verify"),
        data=json.dumps({"credential": token}),
        content_type="application/json",
    ).json()
    assert report["verified"] is True


def test_the_verify_link_is_visible_and_its_copy_button_accessible(learner_client, issued):
    page = learner_client.get("/dashboard/").content.decode()
    field = f"verify-link-{issued.code}"
    # Without JavaScript: a labelled, read-only field holding the link, to select and copy.
    assert f'<label for="{field}">' in page
    assert (
        f'<input type="url" id="{field}" value="{verify_url(issued)}" readonly data-copy-source>'
    ) in page
    # With it: a real button (shown by the script), named with the course, and a live region.
    button = re.search(r"<button [^>]*data-copy-button[^>]*>(.*?)</button>", page, re.S)
    assert 'type="button"' in button.group(0) and "hidden" in button.group(0)
    assert "Copy link" in button.group(1) and "Identifying victims" in button.group(1)
    assert re.search(
        r'role="status" aria-live="polite" data-copy-status data-copied="Copied"', page
    )
    # The site's Content Security Policy allows no inline script: the script is a file.
    scripts = re.findall(r"<script\b[^>]*>", page)
    assert '<script src="/static/js/copy-link.js" defer>' in scripts
    assert all("src=" in script for script in scripts)


def test_sharing_speaks_swedish(learner_client, issued):
    page = learner_client.get("/sv/dashboard/").content.decode()
    for text in ("Dela certifikatet", "Lägg till i din LinkedIn-profil", "Kopiera länken"):
        assert text in page
    assert 'data-copied="Kopierad"' in page


def test_a_revoked_certificate_is_not_offered_for_sharing(learner_client, issued):
    services.certificate_revoke(issued, UserFactory(), "Issued in error")
    page = learner_client.get("/dashboard/").content.decode()
    assert issued.code in page  # still listed, with its status
    assert "linkedin.com" not in page and "data-copy-link" not in page


def test_a_learner_cannot_share_another_learners_certificate(client, issued):
    other = UserFactory()
    client.force_login(other)
    page = client.get("/dashboard/").content.decode()
    assert issued.code not in page
    assert client.get(reverse("certificates:wallet", args=[issued.code])).status_code == 404
    assert client.get(reverse("certificates:wallet", args=["not-a-code"])).status_code == 404
