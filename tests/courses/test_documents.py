"""A trainer uploads a handout for a lesson. Signed-in people download it; an anonymous visitor
who has the link is sent to sign in first — in every collection, new ones too, since the
"sign-in" restriction sits on the root collection they all inherit. The file is served by
Wagtail's view, never from /media/documents/."""

from django.conf import settings
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest

HANDOUT = b"Indicators of trafficking: a checklist for first contact."


def upload(collection=None):
    Document = get_document_model()
    document = Document(
        title="Indicator checklist", collection=collection or Collection.get_first_root_node()
    )
    document.file.save("indicator-checklist.txt", ContentFile(HANDOUT), save=False)
    document.save()
    return document


@pytest.fixture
def handout(db):
    return upload()


def test_an_anonymous_visitor_is_sent_to_sign_in(client, handout):
    response = client.get(handout.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")
    assert handout.url in response["Location"]


def test_a_signed_in_learner_downloads_it_through_the_view(learner_client, handout):
    response = learner_client.get(handout.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == HANDOUT
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


def test_a_new_collection_needs_sign_in_too(client, learner, db):
    root = Collection.get_first_root_node()
    handouts = root.add_child(instance=Collection(name="Handouts for police"))
    document = upload(handouts)
    assert client.get(document.url).status_code == 302
    client.force_login(learner)
    assert client.get(document.url).status_code == 200


def test_the_root_collection_carries_the_sign_in_restriction(db):
    root = Collection.get_first_root_node()
    assert CollectionViewRestriction.objects.filter(
        collection=root, restriction_type=CollectionViewRestriction.LOGIN
    ).exists()


def test_the_file_is_not_served_from_the_media_folder(client, handout):
    assert client.get(f"{settings.MEDIA_URL}{handout.file.name}").status_code == 404
