"""Verifying a code costs the same few queries however many certificates are stored."""

from certificates import services
from tests.factories import UserFactory

from .conftest import complete

# Measured: the lookup and its audit entry; the page's site, settings and catalogue link come
# from the shared cache.
API_QUERIES = 2
PAGE_QUERIES = 2


def test_verification_does_not_grow_with_certificates(
    client, django_assert_num_queries, assessed_course, learner
):
    certificate = complete(learner, assessed_course)
    for _ in range(20):
        services.certificate_issue(UserFactory(), assessed_course)
    client.get(f"/verify/{certificate.code}/")  # warm the site and locale caches
    with django_assert_num_queries(API_QUERIES):
        assert client.get(f"/api/v1/certificates/{certificate.code}").status_code == 200
    with django_assert_num_queries(PAGE_QUERIES):
        assert client.get(f"/verify/{certificate.code}/").status_code == 200
