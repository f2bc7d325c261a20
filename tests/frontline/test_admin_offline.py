"""The Wagtail admin works on a closed network: it loads nothing from other hosts."""

import re

import pytest

from accounts import roles
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("role", [roles.TRAINERS, roles.ADMINISTRATORS])
def test_admin_pages_load_no_avatars_or_assets_from_other_hosts(client, role):
    client.force_login(UserFactory(role=role, email="trainer.avatar@example.org"))
    for url in ("/admin/", "/admin/pages/", "/admin/account/"):
        response = client.get(url)
        assert response.status_code == 200, url
        html = response.content.decode()
        assert "gravatar" not in html.lower(), url
        # What a page loads: src/srcset, stylesheets and the sidebar's avatar (links a person
        # may follow, such as Wagtail's user guide, are not loaded).
        loaded = re.findall(r'(?:src|srcset)="((?:https?:)?//[^"]+)"', html)
        loaded += re.findall(r'<link[^>]+href="((?:https?:)?//[^"]+)"', html)
        loaded += re.findall(r'"avatarUrl": "((?:https?:)?//[^"]+)"', html)
        assert [link for link in loaded if "127.0.0.1" not in link] == [], url
