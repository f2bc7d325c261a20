"""At a real LRS (Ralph), a trainer's revocation is taken, is the trainer's statement, and is
found with the learner's other statements of the certificate by its registration (xAPI 1.0.3
Communication §2.1.3)."""

import json

import httpx

from certificates.events import statement_registration
from certificates.services import certificate_issue, certificate_revoke
from tests.factories import UserFactory, make_course
from tests.lrs import PASSWORD, USERNAME
from tracking import delivery
from tracking.services import agent_of


def verbs_found(lrs, **params) -> list[str]:
    """The verbs of the statements the LRS answers the query with."""
    response = httpx.get(
        f"{lrs.endpoint}/statements",
        params={"limit": 100, **params},
        auth=(USERNAME, PASSWORD),
        headers={"X-Experience-API-Version": "1.0.3"},
        timeout=30,
    ).raise_for_status()
    return sorted(s["verb"]["id"] for s in response.json()["statements"])


def test_the_lrs_shows_the_trainer_revoking_and_the_learners_certificate_together(db, lrs):
    learner, trainer = UserFactory(), UserFactory()
    course = make_course(modules=1, lessons_per_module=1, title="Non-punishment")
    certificate = certificate_issue(learner, course)
    certificate_revoke(certificate, trainer, "Issued in error")
    report = delivery.deliver_pending()
    assert (report.delivered, report.dead) == (2, 0)

    earned = "http://id.tincanapi.com/verb/earned"
    revoked = "https://w3id.org/xapi/dod-isd/verbs/revoked"
    as_agent = {"agent": json.dumps(json.loads(agent_of(learner).to_json()))}
    assert verbs_found(lrs, **as_agent) == [earned]  # the learner revoked nothing
    as_agent = {"agent": json.dumps(json.loads(agent_of(trainer).to_json()))}
    assert verbs_found(lrs, **as_agent) == [revoked]
    registration = str(statement_registration(certificate))
    assert verbs_found(lrs, registration=registration) == [earned, revoked]
