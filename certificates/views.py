"""Verification for anyone (page and API), and the holder's downloads. Views stay thin: the
rules are in ``services``."""

import json
import re
from pathlib import Path

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from frontline.api import api_view, json_error
from frontline.http import personal

from . import codes, credentials, did, ratelimit, serialisers, signing, verification
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
        token = body
    else:
        try:
            data = json.loads(body)
        except ValueError:
            return json_error(400, 'Send {"credential": "<VC-JWT>"} as JSON.')
        token = data.get("credential") if isinstance(data, dict) else None
    if not isinstance(token, str) or not token:
        return json_error(400, 'Send {"credential": "<VC-JWT>"} as JSON.')
    return JsonResponse(verification.credential_check(token, request))


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
    token = credentials.status_list_credential(int(list_number))
    return HttpResponse(token, content_type="application/vc+jwt")


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
    document = did.did_document(signing.keyset().public_keys(), [credentials.issuer_id()])
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
