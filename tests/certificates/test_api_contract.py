"""A certifying body's developer builds against the OpenAPI document alone: every response it
documents is the response the API gives, body and all, and every error under /api/ — an unknown
path, a method an endpoint does not take, a server error — is JSON of the documented shape."""

import json
from urllib.parse import quote

from django.test import Client
from django.urls import reverse

import pytest
from jsonschema import Draft202012Validator

from certificates import codes, credentials, data_integrity
from certificates.views import OPENAPI_FILE
from readiness.models import Requirement, RequirementSet
from readiness.services import statement_issue

SPEC = json.loads(OPENAPI_FILE.read_text())
ERROR = {"$ref": "#/components/schemas/Error"}


def validator(schema) -> Draft202012Validator:
    """A JSON Schema validator for a schema of the document (its $refs resolve against it)."""
    return Draft202012Validator(
        {**schema, "components": SPEC["components"]},
        format_checker=Draft202012Validator.FORMAT_CHECKER,
    )


def assert_documented(response, path: str, method: str, status: str):
    """The response has the documented status, a documented media type and a body valid
    against the documented schema."""
    assert response.status_code == int(status), response.content[:300]
    content = SPEC["paths"][path][method]["responses"][status]["content"]
    media_type = response["Content-Type"].split(";")[0]
    assert media_type in content, f"{media_type} is not documented for {status}"
    readable_as_json = media_type.endswith("json") or media_type == "application/vc"
    body = json.loads(response.content) if readable_as_json else response.content.decode()
    validator(content[media_type]["schema"]).validate(body)


def assert_json_error(response, status: int):
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    validator(ERROR).validate(response.json())
    assert response.json()["error"]


def certificate_url(code: str) -> str:
    return reverse("certificates_api:certificate", args=[code])


def verify(client, body, content_type="application/json"):
    return client.post(reverse("certificates_api:verify"), body, content_type=content_type)


def status_list_url(number: str) -> str:
    return "/api/v1/status-lists/" + quote(number, safe="")


# One story per documented response: the requests that must produce it ----------------------


def a_certificate_and_a_readiness_statement(client, certificate, settings):
    duty = RequirementSet.objects.create(name="Before visa duty")
    Requirement.objects.create(requirement_set=duty, course=certificate.course)
    statement = statement_issue(certificate.holder, duty.pk)
    return [
        client.get(certificate_url(certificate.code)),
        client.get(certificate_url(statement.code)),
    ]


def a_typo_and_text_that_is_no_code(client, certificate, settings):
    typo = certificate.code[:-1] + ("0" if certificate.code[-1] != "0" else "1")
    return [client.get(certificate_url(text)) for text in (typo, "0", "\x00", "FA-NOT-A-CODE")]


def a_code_nobody_holds(client, certificate, settings):
    return [client.get(certificate_url(codes.generate()))]


def one_lookup_too_many(client, certificate, settings):
    settings.CERTIFICATE_LOOKUP_LIMIT = 1
    client.get(certificate_url(certificate.code))
    return [client.get(certificate_url(certificate.code))]


def a_genuine_credential_as_json_and_as_a_jwt(client, certificate, settings):
    secured = data_integrity.certificate_credential(certificate)
    tampered = {**secured, "name": "Someone else's certificate"}
    return [
        verify(client, json.dumps({"credential": certificate.credential})),
        verify(client, certificate.credential, "application/vc+jwt"),
        verify(client, "not.a.jws", "application/vc+jwt"),
        verify(client, json.dumps(secured), "application/vc"),
        verify(client, json.dumps({"credential": secured})),
        verify(client, json.dumps(tampered)),
    ]


def no_credential(client, certificate, settings):
    secured = data_integrity.certificate_credential(certificate)
    (proof,) = secured["proof"]
    return [
        verify(client, json.dumps({"credential": ""})),
        verify(client, json.dumps({"token": certificate.credential})),
        verify(client, "credential=x", "application/x-www-form-urlencoded"),
        verify(client, "", "application/vc+jwt"),
        verify(client, b"\xff\xfe", "application/vc+jwt"),  # not UTF-8: a JWS is ASCII
        verify(client, json.dumps({"credential": {"@context": [credentials.VC_CONTEXT]}})),
        verify(client, json.dumps({**secured, "@context": ["https://example.org/ctx"]})),
        verify(client, json.dumps({**secured, "proof": {**proof, "cryptosuite": "x"}})),
        verify(client, json.dumps({**secured, "proof": {**proof, "proofValue": "z0"}})),
        verify(client, "[]", "application/vc"),
    ]


def one_check_too_many(client, certificate, settings):
    settings.CERTIFICATE_LOOKUP_LIMIT = 1
    verify(client, json.dumps({"credential": certificate.credential}))
    return [verify(client, json.dumps({"credential": certificate.credential}))]


def the_first_list_and_the_last(client, certificate, settings):
    return [
        client.get(status_list_url("0")),
        client.get(status_list_url(str(credentials.MAX_STATUS_LIST_NUMBER))),
        client.get(status_list_url("0"), HTTP_ACCEPT="application/vc"),
        client.get(status_list_url("0") + "?format=ldp"),
    ]


def numbers_that_are_no_list(client, certificate, settings):
    too_big = str(credentials.MAX_STATUS_LIST_NUMBER + 1)
    return [client.get(status_list_url(n)) for n in ("abc", "-1", "1e5", "²", too_big, "9" * 30)]


def the_issuer(client, certificate, settings):
    return [client.get(reverse("certificates_api:issuer"))]


def the_keys(client, certificate, settings):
    return [client.get(reverse("certificates_api:jwks"))]


def the_did_document(client, certificate, settings):
    return [client.get(reverse("certificates_api:did"))]


EXAMPLES = {
    ("/api/v1/certificates/{code}", "get", "200"): a_certificate_and_a_readiness_statement,
    ("/api/v1/certificates/{code}", "get", "400"): a_typo_and_text_that_is_no_code,
    ("/api/v1/certificates/{code}", "get", "404"): a_code_nobody_holds,
    ("/api/v1/certificates/{code}", "get", "429"): one_lookup_too_many,
    ("/api/v1/verify", "post", "200"): a_genuine_credential_as_json_and_as_a_jwt,
    ("/api/v1/verify", "post", "400"): no_credential,
    ("/api/v1/verify", "post", "429"): one_check_too_many,
    ("/api/v1/status-lists/{list_number}", "get", "200"): the_first_list_and_the_last,
    ("/api/v1/status-lists/{list_number}", "get", "400"): numbers_that_are_no_list,
    ("/api/v1/issuer", "get", "200"): the_issuer,
    ("/.well-known/jwks.json", "get", "200"): the_keys,
    ("/.well-known/did.json", "get", "200"): the_did_document,
}

DOCUMENTED = sorted(
    (path, method, status)
    for path, operations in SPEC["paths"].items()
    for method, operation in operations.items()
    for status in operation["responses"]
)


def test_every_documented_response_has_a_story_here():
    assert sorted(EXAMPLES) == DOCUMENTED


@pytest.mark.parametrize(("path", "method", "status"), DOCUMENTED)
def test_every_documented_response_is_what_the_api_answers(
    client, certificate, settings, path, method, status
):
    for response in EXAMPLES[path, method, status](client, certificate, settings):
        assert_documented(response, path, method, status)


# Behaviour and schema agree ------------------------------------------------------------------


def _parameter_schema(path: str, name: str) -> dict:
    operation = SPEC["paths"][path]["get"]
    return next(p["schema"] for p in operation["parameters"] if p["name"] == name)


def test_the_published_code_pattern_is_the_one_the_api_reads_codes_with():
    assert _parameter_schema("/api/v1/certificates/{code}", "code") == {
        "type": "string",
        "maxLength": codes.MAX_INPUT_LENGTH,
        "pattern": codes.PATTERN,
    }


CODE_LIKE = [
    "{code}",
    "{lower}",
    "{spaced}",  # every character apart, FA too
    "\u00a0{code}\u2003",  # no-break and em spaces copied from a PDF
    "{body}",  # without FA
    "{body_o}",  # O typed for 0, l for 1
    "{code}" + " " * 25,  # longer than 40 characters
    "\x1c{code}",  # a control character Python counts as whitespace, JavaScript does not
    "\x00",
    "0",
    "ı" * 15,  # dotless i, which Python upper-cases to I
    "FA-UUUUU-UUUUU-UUUUU",
    "F-A {body}",
]


def test_the_api_refuses_as_malformed_exactly_what_the_schema_refuses(
    client, certificate, settings
):
    settings.CERTIFICATE_LOOKUP_LIMIT = 1000
    code = certificate.code
    body = code.replace("-", "")[2:]
    parameter = validator(_parameter_schema("/api/v1/certificates/{code}", "code"))
    for template in CODE_LIKE:
        text = template.format(
            code=code,
            lower=code.lower(),
            spaced=" ".join(code.replace("-", "")),
            body=body,
            body_o=body.replace("0", "O").replace("1", "l"),
        )
        response = client.get(certificate_url(text))
        if parameter.is_valid(text):
            assert response.status_code == 200, repr(text)
        else:
            assert response.status_code == 400, repr(text)
            assert response.json()["status"] == "malformed", repr(text)


def test_an_empty_credential_is_refused_as_the_schema_says(client, db):
    body = SPEC["paths"]["/api/v1/verify"]["post"]["requestBody"]["content"]
    assert not validator(body["application/json"]["schema"]).is_valid({"credential": ""})
    assert_json_error(verify(client, json.dumps({"credential": ""})), 400)


def test_a_status_list_number_is_read_as_the_schema_says(client, db):
    schema = _parameter_schema("/api/v1/status-lists/{list_number}", "list_number")
    assert schema["maximum"] == credentials.MAX_STATUS_LIST_NUMBER
    assert client.get(status_list_url("12")).status_code == 200
    response = client.get(status_list_url("twelve"))
    assert_json_error(response, 400)
    assert "whole number" in response.json()["error"]


# Errors are JSON on every API path -----------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    ["/api/v1/nothing", "/api/v1/nothing/", "/api/v2/certificates/x", "/api/", "/.well-known/x"],
)
def test_an_api_path_that_names_no_endpoint_is_a_json_404(client, db, path):
    for method in ("get", "post", "delete"):
        assert_json_error(getattr(client, method)(path), 404)


def test_pages_still_answer_html_404(client, db):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("QUERY", "/api/v1/certificates/{code}"),
        ("POST", "/api/v1/certificates/{code}"),
        ("PUT", "/api/v1/certificates/{code}"),
        ("DELETE", "/api/v1/certificates/{code}"),
        ("GET", "/api/v1/verify"),
        ("QUERY", "/api/v1/verify"),
        ("POST", "/api/v1/status-lists/0"),
        ("POST", "/api/v1/issuer"),
        ("PATCH", "/.well-known/jwks.json"),
        ("POST", "/api/v1/openapi.json"),
    ],
)
def test_a_method_an_endpoint_does_not_take_is_a_json_405_with_allow(certificate, method, url):
    # A real client, CSRF checks on: the QUERY method used to meet the CSRF page (403).
    client = Client(enforce_csrf_checks=True)
    client.force_login(certificate.holder)
    response = client.generic(method, url.format(code=certificate.code))
    assert_json_error(response, 405)
    assert response["Allow"] == ("POST" if url == "/api/v1/verify" else "GET")


def test_a_server_error_on_the_api_is_json(db, monkeypatch):
    def broken():
        raise RuntimeError("the issuer profile broke")

    monkeypatch.setattr(credentials, "issuer_profile", broken)
    response = Client(raise_request_exception=False).get(reverse("certificates_api:issuer"))
    assert_json_error(response, 500)
    assert "broke" not in response.json()["error"]


def test_a_request_too_large_to_read_is_a_json_400(client, db, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = verify(client, json.dumps({"credential": "x" * 2000}))
    assert_json_error(response, 400)
