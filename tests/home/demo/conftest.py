import pytest

from tests.conftest import seeded


@pytest.fixture(scope="package")
def seeded_demo(django_db_setup, django_db_blocker):
    """The whole curriculum's demo, seeded once for every module of this package: each test
    runs in a savepoint inside one transaction, rolled back when the package is done. Seeding
    it takes a minute or more; once here instead of once per module."""
    yield from seeded(django_db_blocker)
