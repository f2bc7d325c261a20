"""A learner with a digital wallet gives their DID on the profile, so that the certificates
they earn afterwards name them by it; anything that is not a DID is refused with a message."""

import json

import pytest

KEY_DID = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"


def save_profile(client, **fields):
    return client.post("/accounts/profile/", {"first_name": "Åsa", "last_name": "Ö", **fields})


@pytest.mark.parametrize(
    "did",
    [KEY_DID, "did:web:academy.example:learners:asa", "did:example:abc%20def", "did:ion:1._-a"],
)
def test_a_learner_gives_their_did_on_the_profile(learner_client, learner, did):
    page = learner_client.get("/accounts/profile/").content.decode()
    assert 'name="did"' in page and "digital wallet" in page
    assert save_profile(learner_client, did=f"  {did} ").status_code == 302
    learner.refresh_from_db()
    assert learner.did == did
    # It is theirs: in the export of their data.
    export = json.loads(learner_client.get("/accounts/my-data/export.json").content)
    assert export["profile"]["did"] == did


@pytest.mark.parametrize(
    "not_a_did",
    [
        "did:example",  # no identifier
        "did:key:",  # empty identifier
        "DID:key:abc",  # the scheme is lower case
        "did:Key:abc",  # so is the method
        "did:key:abc#key-1",  # a DID URL names a key, not a person
        "did:key:a b",
        "did:key:abc%2",  # a broken escape
        "https://academy.example/asa",
    ],
)
def test_what_is_not_a_did_is_refused_with_a_message(learner_client, learner, not_a_did):
    learner.did = KEY_DID
    learner.save()
    response = save_profile(learner_client, did=not_a_did)
    assert response.status_code == 400
    assert "That is not a DID." in response.content.decode()
    learner.refresh_from_db()
    assert learner.did == KEY_DID


def test_a_did_longer_than_the_field_is_refused_with_a_message(learner_client):
    response = save_profile(learner_client, did="did:key:" + "a" * 500)
    assert response.status_code == 400
    assert "at most 500 characters" in response.content.decode()


def test_the_refusal_is_in_swedish_on_the_swedish_site(learner_client):
    response = learner_client.post(
        "/sv/accounts/profile/", {"first_name": "Åsa", "last_name": "Ö", "did": "did:nope"}
    )
    assert response.status_code == 400
    assert "Det är inte en DID." in response.content.decode()


def test_a_learner_may_leave_it_empty(learner_client, learner):
    learner.did = KEY_DID
    learner.save()
    assert save_profile(learner_client, did="").status_code == 302
    learner.refresh_from_db()
    assert learner.did == ""
