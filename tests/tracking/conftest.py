import pytest

from tests.lrs import PASSWORD, USERNAME, Ralph, ralph_python


@pytest.fixture(scope="session")
def ralph_python_path():
    return ralph_python()


@pytest.fixture(scope="session")
def ralph(ralph_python_path):
    """One real Ralph LRS for the session, on a free loopback port."""
    server = Ralph(ralph_python_path).start()
    yield server
    server.destroy()


@pytest.fixture
def lrs(settings, ralph):
    settings.LRS_ENDPOINT = ralph.endpoint
    settings.LRS_USERNAME = USERNAME
    settings.LRS_PASSWORD = PASSWORD
    return ralph
