"""The two validators every recorded statement passes at the end of the session (tests/
conftest.py) are real checks: each takes the platform's statements and refuses broken ones,
down to a context rule of xAPI 1.0.3."""

import copy

from courses import services as course_services
from tests.lrs import Ralph, learning_locker_errors
from tracking.models import Statement


def test_both_validators_take_ours_and_refuse_broken_ones(learner, course, ralph_python_path):
    course_services.enrolment_create(learner, course)
    ours = Statement.objects.get(verb="registered").payload
    ralph = Ralph(ralph_python_path)
    assert ralph.validate([ours]) == [] and learning_locker_errors([ours]) == []

    not_an_iri = copy.deepcopy(ours)
    not_an_iri["verb"]["id"] = "registered"
    assert len(ralph.validate([not_an_iri])) == 1
    assert "statement.verb.id" in learning_locker_errors([not_an_iri])[0]

    # "platform" only with an Activity as the object (xAPI 1.0.3 Data §2.4.6).
    platform_on_a_reference = copy.deepcopy(ours)
    platform_on_a_reference["object"] = {"objectType": "StatementRef", "id": ours["id"]}
    assert "ContextPropWarning" in learning_locker_errors([platform_on_a_reference])[0]
    assert "platform" in ralph.validate([platform_on_a_reference])[0]
