"""Per-audience variants of lessons and blocks, and the catalogue filters."""

from courses import services
from courses.selectors import course_outline
from tests.factories import (
    AudienceFactory,
    TopicFactory,
    UserFactory,
    make_course,
    make_lesson,
    make_module,
)

VARIANT_BODY = [
    ("text", "<p>Shared core for everyone</p>"),
    (
        "audience_variant",
        {"audiences": ["police"], "content": [("text", "<p>Police-only scenario</p>")]},
    ),
    (
        "audience_variant",
        {"audiences": ["consular-staff"], "content": [("text", "<p>Consular-only scenario</p>")]},
    ),
]


def test_learner_sees_shared_core_and_only_their_own_variant(client, db):
    police = AudienceFactory(slug="police")
    consular = AudienceFactory(slug="consular-staff")
    course = make_course(modules=0)
    lesson = make_lesson(make_module(course), body=VARIANT_BODY)
    for audience, shown, hidden in [
        (police, "Police-only scenario", "Consular-only scenario"),
        (consular, "Consular-only scenario", "Police-only scenario"),
    ]:
        user = UserFactory(audience=audience)
        services.enrolment_create(user, course)
        client.force_login(user)
        html = client.get(lesson.url).content.decode()
        assert "Shared core for everyone" in html
        assert shown in html
        assert hidden not in html


def test_audience_restricted_lesson_is_left_out_of_other_roles_path(db):
    police = AudienceFactory(slug="police")
    consular = AudienceFactory(slug="consular-staff")
    course = make_course(modules=0)
    module = make_module(course)
    make_lesson(module, title="Shared lesson")
    police_only = make_lesson(module, title="Police interview lesson", audiences=[police])

    consular_user = UserFactory(audience=consular)
    police_user = UserFactory(audience=police)

    assert [e.page.title for e in course_outline(course, consular_user).lessons] == [
        "Shared lesson"
    ]
    assert course_outline(course, police_user).total == 2

    services.enrolment_create(consular_user, course)
    shared = course_outline(course, consular_user).lessons[0].page
    services.lesson_complete(consular_user, shared)
    assert course_outline(course, consular_user).percent == 100
    try:
        services.lesson_check_access(consular_user, police_only)
    except services.LessonNotForAudience as refusal:
        assert "not part of the path for your role" in str(refusal)
    else:
        raise AssertionError("a consular learner reached a police-only lesson")


def test_catalogue_filters_by_audience_and_topic(client, db):
    police = AudienceFactory(slug="police", name="Police")
    judges = AudienceFactory(slug="judges", name="Judges")
    identification = TopicFactory(slug="identification")
    non_punishment = TopicFactory(slug="non-punishment")
    make_course(title="Police identification", audiences=[police], topics=[identification])
    make_course(title="Judges and non-punishment", audiences=[judges], topics=[non_punishment])
    make_course(title="Everyone: basics", topics=[identification])
    catalogue_url = "/courses/"

    by_audience = client.get(catalogue_url, {"audience": "police"}).content.decode()
    assert "Police identification" in by_audience
    assert "Everyone: basics" in by_audience  # no audience set: open to all roles
    assert "Judges and non-punishment" not in by_audience

    by_topic = client.get(catalogue_url, {"topic": "non-punishment"}).content.decode()
    assert "Judges and non-punishment" in by_topic
    assert "Police identification" not in by_topic

    both = client.get(catalogue_url, {"audience": "judges", "topic": "identification"})
    assert "Everyone: basics" in both.content.decode()
    assert "Police identification" not in both.content.decode()


def test_unknown_filter_value_is_explained_not_an_error(client, db):
    make_course(title="Still listed")
    response = client.get("/courses/", {"audience": "astronauts"})
    assert response.status_code == 200
    assert "That filter does not exist" in response.content.decode()
    assert "Still listed" in response.content.decode()
