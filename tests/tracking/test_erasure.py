"""Erasing a learner voids their delivered statements at the LRS and deletes the local ones."""

from courses import services as course_services
from tests.factories import UserFactory, lessons_of, make_course
from tracking import delivery
from tracking.models import LearnerPseudonym, Statement
from tracking.services import forget_learner


def test_erasure_voids_delivered_statements_and_deletes_local_ones(db, lrs):
    course = make_course(modules=1, lessons_per_module=2)
    learner, other = UserFactory(), UserFactory()
    for user in (learner, other):
        course_services.enrolment_create(user, course)
        course_services.lesson_complete(user, lessons_of(course)[0])
    delivery.deliver_pending()
    delivered = {
        str(pk) for pk in Statement.objects.filter(user=learner).values_list("pk", flat=True)
    }
    pseudonym = str(learner.xapi_pseudonym.pseudonym)
    # One more event, not yet delivered: it is simply deleted.
    course_services.lesson_complete(learner, lessons_of(course)[1])

    queued = forget_learner(learner)

    assert queued == len(delivered)
    assert not Statement.objects.filter(user=learner).exists()
    assert not LearnerPseudonym.objects.filter(user=learner).exists()
    voids = Statement.objects.filter(verb="voided")
    assert {v.payload["object"]["id"] for v in voids} == delivered
    assert {v.payload["object"]["objectType"] for v in voids} == {"StatementRef"}
    assert {v.payload["actor"]["account"]["name"] for v in voids} == {pseudonym}
    assert Statement.objects.filter(user=other).exists()  # others untouched
    delivery.deliver_pending()
    assert {str(v.pk) for v in voids} <= set(lrs.stored_ids())
    assert lrs.validate([v.payload for v in voids]) == []
