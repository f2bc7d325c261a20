import pytest

from courses import services

from .factories import AudienceFactory, UserFactory, lessons_of, make_course


@pytest.fixture(autouse=True)
def _media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def learner(db):
    return UserFactory(audience=AudienceFactory(slug="consular-staff", name="Consular staff"))


@pytest.fixture
def course(db):
    """A published course: 2 modules × 2 lessons."""
    return make_course(modules=2, lessons_per_module=2)


@pytest.fixture
def enrolled(learner, course):
    services.enrolment_create(learner, course)
    return learner


@pytest.fixture
def lessons(course):
    return lessons_of(course)


@pytest.fixture
def learner_client(client, learner):
    client.force_login(learner)
    return client
