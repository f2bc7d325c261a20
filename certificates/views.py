"""Verification for anyone (page and API), and the holder's downloads. Views stay thin: the
rules are in ``services``."""

import json
import re
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from frontline.api import api_view, json_error
from frontline.http import personal

from . import (
    codes,
    credentials,
    data_integrity,
    did,
    ratelimit,
    serialisers,
    signing,
    verification,
)
from .models import AuditEntry, Certificate
from .pdf import certificate_pdf_ensure

OPENAPI_FILE = Path(__file__).with_name("openapi.json")
STATUS_LIST_NUMBER = re.compile(r"[0-9]{1,15}")


def _limited_page(request, wait: int):
    response = TemplateResponse(
        request, "certificates/verify.html", {"wait_minutes": max(wait // 60, 1)}, status=429
    )
    response["Retry-After"] = str(wait)
    return response


@require_GET
def verify_form(request):
    entered = request.GET.get("code", "").strip()
    context = {"entered": entered}
    if entered:
        try:
            return redirect("certificates:verify-code", code=codes.normalise(entered))
        except codes.InvalidCode as error:
            context["error"] = (
                _("This code has a typing error: check each character and try again.")
                if error.is_typo
                else _("That is not a certificate code. Codes look like FA-7K3Q9-XWDM2-PA5CT.")
            )
            status = 400
    else:
        status = 200
    return TemplateResponse(request, "certificates/verify.html", context, status=status)


@require_GET
def verify_code(request, code):
    wait = ratelimit.retry_after(request, "lookup")
    if wait:
        return _limited_page(request, wait)
    lookup = verification.certificate_look_up(code, request, AuditEntry.Channel.PAGE)
    status = {"not_found": 404, "malformed": 400, "typo": 400}.get(lookup.outcome, 200)
    return TemplateResponse(
        request,
        "certificates/verify.html",
        {"lookup": lookup, "entered": lookup.code, "certificate": lookup.certificate},
        status=status,
    )


def _too_many(wait: int, what: str) -> JsonResponse:
    response = json_error(429, f"Too many {what} from this address; try again later.")
    response["Retry-After"] = str(wait)
    return response


@api_view("GET", public=True)
def api_certificate(request, code):
    wait = ratelimit.retry_after(request, "lookup")
    if wait:
        return _too_many(wait, "lookups")
    lookup = verification.certificate_look_up(code, request, AuditEntry.Channel.API)
    if lookup.outcome in ("malformed", "typo"):
        message = {
            "typo": "The code's check character does not match: it was mistyped.",
            "malformed": "Not a certificate code (FA- and 15 characters of Crockford base32).",
        }[lookup.outcome]
        return json_error(400, message, status=lookup.outcome)
    if lookup.outcome == "not_found":
        return json_error(
            404, "No certificate has this code.", code=lookup.code, status="not_found"
        )
    return JsonResponse(serialisers.public_record(lookup))


# A credential secured with a Data Integrity proof, posted as it is (VC Data Model 2.0 registers
# application/vc; the others are what linked-data tools send).
DATA_INTEGRITY_TYPES = ("application/vc", "application/vc+ld+json", "application/ld+json")
VERIFY_HELP = (
    'Send {"credential": "<VC-JWT>"} or {"credential": {<credential with a Data Integrity '
    "proof>}} as JSON, or the credential itself as application/vc."
)


@api_view("POST")
def api_verify(request):
    wait = ratelimit.retry_after(request, "credential")
    if wait:
        return _too_many(wait, "checks")
    content_type = request.content_type or ""
    try:
        body = request.body.decode("utf-8").strip()
    except UnicodeDecodeError:
        return json_error(400, "The request body is not UTF-8 text.")
    if content_type in ("application/vc+jwt", "application/jwt", "text/plain"):
        credential = body
    else:
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):  # not JSON, or nested deeper than it can read
            return json_error(400, VERIFY_HELP)
        if content_type in DATA_INTEGRITY_TYPES or (
            isinstance(data, dict) and ("proof" in data or "@context" in data)
        ):
            credential = data  # the secured credential itself
        else:
            credential = data.get("credential") if isinstance(data, dict) else None
    if isinstance(credential, dict):
        try:
            report = verification.credential_check_data_integrity(credential, request)
        except data_integrity.ProofUnreadable as error:
            return json_error(400, f"Not a Data Integrity credential we can check: {error}.")
        return JsonResponse(report)
    if not isinstance(credential, str) or not credential:
        return json_error(400, VERIFY_HELP)
    return JsonResponse(verification.credential_check(credential, request))


# The status list's representations: the VC-JWT (the default, what a request without Accept or
# with */* gets, as before) and the same list with a Data Integrity proof (decision 0019).
STATUS_LIST_TYPES = ("application/vc+jwt", "application/jwt", *DATA_INTEGRITY_TYPES)


def _wants_data_integrity(request) -> bool:
    if request.GET.get("format") == "ldp":
        return True
    if "HTTP_ACCEPT" not in request.META:
        return False
    return request.get_preferred_type(STATUS_LIST_TYPES) in DATA_INTEGRITY_TYPES


@api_view("GET", public=True)
# As long as the list credential is valid (its validUntil): credentials.STATUS_LIST_CACHE_SECONDS.
@cache_control(public=True, max_age=credentials.STATUS_LIST_CACHE_SECONDS)
def status_list(request, list_number):
    if not STATUS_LIST_NUMBER.fullmatch(list_number) or (
        int(list_number) > credentials.MAX_STATUS_LIST_NUMBER
    ):
        return json_error(
            400,
            "A status list number is a whole number from 0 to "
            f"{credentials.MAX_STATUS_LIST_NUMBER}.",
        )
    if _wants_data_integrity(request):
        secured = data_integrity.status_list_credential(int(list_number))
        response = JsonResponse(secured, content_type="application/vc")
    else:
        token = credentials.status_list_credential(int(list_number))
        response = HttpResponse(token, content_type="application/vc+jwt")
    patch_vary_headers(response, ["Accept"])
    return response


@api_view("GET", public=True)
@cache_control(public=True, max_age=3600)
def issuer(request):
    return JsonResponse(credentials.issuer_profile())


@api_view("GET", public=True)
@cache_control(public=True, max_age=300)
def jwks(request):
    return JsonResponse(signing.keyset().public_jwks())


@api_view("GET", public=True)
@cache_control(public=True, max_age=300)
def did_document(request):
    """The issuer's ``did:web`` DID document: every signing key, for a verifier to resolve a
    credential's ``kid`` (``certificates.did``)."""
    document = did.did_document(signing.keyset().public_keys(), [credentials.issuer_profile_url()])
    return JsonResponse(document)


@api_view("GET", public=True)
def openapi(request):
    return HttpResponse(OPENAPI_FILE.read_bytes(), content_type="application/json")


def _own_certificate(request, code) -> Certificate:
    try:
        code = codes.normalise(code)
    except codes.InvalidCode as error:
        raise Http404 from error
    return get_object_or_404(Certificate, code=code, holder=request.user)


@personal
@login_required
@require_GET
def download_pdf(request, code):
    certificate = certificate_pdf_ensure(_own_certificate(request, code))
    return FileResponse(
        certificate.pdf.open("rb"),
        as_attachment=True,
        filename=f"certificate-{certificate.code}.pdf",
        content_type="application/pdf",
    )


@personal
@login_required
@require_GET
def download_wallet_credential(request, code):
    """The signed credential as a JSON file a digital wallet imports (an enveloped VC-JWT)."""
    certificate = _own_certificate(request, code)
    if not certificate.credential:
        raise Http404  # erased with its holder's data
    response = JsonResponse(
        credentials.enveloped_credential(certificate), json_dumps_params={"indent": 2}
    )
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.code}-wallet.json"'
    )
    return response


@personal
@login_required
@require_GET
def download_credential(request, code, kind):
    if kind not in ("jwt", "json"):
        raise Http404
    certificate = _own_certificate(request, code)
    if kind == "jwt":
        response = HttpResponse(certificate.credential, content_type="application/vc+jwt")
    else:
        claims, _kid = signing.verify(certificate.credential)
        response = JsonResponse(claims, json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.code}.{kind}"'
    )
    return response


def _data_integrity_download(certificate) -> JsonResponse:
    secured = data_integrity.certificate_credential(certificate)
    if secured is None:
        raise Http404  # erased with its holder's data
    response = JsonResponse(
        secured,
        content_type="application/vc",
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    response["Content-Disposition"] = (
        f'attachment; filename="certificate-{certificate.code}-data-integrity.json"'
    )
    return response


@personal
@login_required
@require_GET
def download_data_integrity_credential(request, code):
    """The holder's credential with a Data Integrity proof (eddsa-rdfc-2022), as JSON."""
    return _data_integrity_download(_own_certificate(request, code))


@require_GET
def verify_data_integrity_credential(request, code):
    """The same file from the public verification page: the API record carries it too."""
    wait = ratelimit.retry_after(request, "lookup")
    if wait:
        return _limited_page(request, wait)
    lookup = verification.certificate_look_up(code, request, AuditEntry.Channel.PAGE)
    if lookup.certificate is None:
        raise Http404
    return _data_integrity_download(lookup.certificate)
