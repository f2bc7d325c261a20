"""The xAPI statements of a certificate's life: earned, revoked, expired. Called by
``certificates.services`` inside the transaction that changes the certificate, so a statement
exists exactly when the change does.

The object is the certificate (its code as the activity key), grouped under its course; the
event key ``<verb>:certificate:<code>`` fixes the statement id, so recording twice keeps one."""

from __future__ import annotations

from tracking import statements as xapi
from tracking.services import record


def _certificate_event(certificate, verb_name: str, when, result=None):
    """earned / revoked / expired: the object is the certificate, grouped under its course."""
    if certificate.holder is None:
        return  # the holder was erased: nobody to attribute it to
    names = {"en": f"Certificate: {certificate.course_title}"}
    course_names = {"en": certificate.course_title}
    if certificate.course_title_sv:
        names["sv"] = f"Intyg: {certificate.course_title_sv}"
        # Both languages, so an LRS that keeps one name per activity keeps the Swedish too.
        course_names["sv"] = certificate.course_title_sv
    record(
        user=certificate.holder,
        event_key=f"{verb_name}:certificate:{certificate.code}",
        verb_name=verb_name,
        obj=xapi.activity("certificate", certificate.code, names),
        object_name=names["en"],
        timestamp=when,
        course_key=certificate.course_key,
        registration=certificate.registration,
        grouping=[xapi.activity("course", certificate.course_key, course_names)],
        result=result,
    )


def certificate_earned(certificate):
    result = (
        xapi.score_result(certificate.score, 100, success=True, completion=True)
        if certificate.score is not None
        else xapi.Result(success=True, completion=True)
    )
    _certificate_event(certificate, "earned", certificate.issued_at, result)


def certificate_revoked(certificate):
    _certificate_event(certificate, "revoked", certificate.status_changed_at)


def certificate_expired(certificate):
    _certificate_event(certificate, "expired", certificate.status_changed_at)
