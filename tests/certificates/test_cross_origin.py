"""A certifying body's web page on its own origin reads what any verifier may read — the
certificate record, the issuer, its keys (JWKS, DID document), status lists, the API
description — straight from the browser (issue 18, item 10): every answer, errors included,
allows any origin, credentials never (the browser sends no cookie, and nothing answered depends
on one). Checking a presented credential (POST) stays same-origin."""

import pytest

PUBLIC = [
    "/api/v1/certificates/{code}",
    "/api/v1/issuer",
    "/.well-known/jwks.json",
    "/.well-known/did.json",
    "/api/v1/status-lists/0",
    "/api/v1/openapi.json",
]
ELSEWHERE = "https://verifier.example.net"


@pytest.mark.parametrize("url", PUBLIC)
def test_a_page_on_another_origin_reads_the_public_endpoints(client, certificate, url):
    response = client.get(url.format(code=certificate.code), HTTP_ORIGIN=ELSEWHERE)
    assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response


def test_a_preflight_is_answered_with_what_may_be_sent(client, certificate):
    response = client.options(
        f"/api/v1/certificates/{certificate.code}",
        HTTP_ORIGIN=ELSEWHERE,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="accept",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert response["Access-Control-Allow-Methods"] == "GET"
    assert response["Access-Control-Allow-Headers"] == "Accept"
    assert int(response["Access-Control-Max-Age"]) > 0


def test_errors_are_readable_too_so_the_page_can_say_what_went_wrong(client, db):
    unknown = client.get("/api/v1/certificates/FA-00000-00000-00000", HTTP_ORIGIN=ELSEWHERE)
    assert unknown.status_code in (400, 404)
    assert unknown["Access-Control-Allow-Origin"] == "*"
    refused = client.post("/api/v1/issuer", HTTP_ORIGIN=ELSEWHERE)
    assert refused.status_code == 405 and refused["Access-Control-Allow-Origin"] == "*"


def test_checking_a_credential_stays_same_origin(client, certificate):
    response = client.post(
        "/api/v1/verify",
        {"credential": certificate.credential},
        content_type="application/json",
        HTTP_ORIGIN=ELSEWHERE,
    )
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
