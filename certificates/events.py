"""The xAPI statements of a certificate's life: earned, revoked, expired. Called by
``certificates.services`` inside the transaction that changes the certificate, so a statement
exists exactly when the change does. The event key ``<verb>:certificate:<code>`` fixes the
statement id, so recording twice keeps one.

**Who the actor is.** The actor is whoever did it:

- *earned*: the learner (their pseudonymous agent), the object the certificate, grouped under
  its course;
- *revoked*: the person who revoked it — a trainer or administrator, as their own pseudonymous
  agent (``tracking.services.agent_of``, the same pseudonyms as learners'); the platform when
  no person did;
- *expired*: the platform (``tracking.statements.platform_agent``), which expires certificates
  on their date by itself.

The object stays the certificate (every LRS, dashboard and ``activity`` query keeps finding
it), and the learner stays findable in three places of the statement:

- ``context.extensions["<site>/xapi/extensions/holder"]``: the learner's pseudonymous agent,
  the same JSON as their ``actor`` in every statement of theirs (``HOLDER_EXTENSION``);
- ``context.statement``: a StatementRef to the *earned* statement, whose actor is the learner
  (xAPI 1.0.3 §2.4.6, "another Statement to be considered as context");
- ``context.registration``: the registration of the certificate (below), which an LRS's
  ``registration`` query returns with the rest of the learner's run (or of the certificate).

Not chosen: a SubStatement (learner earned certificate) as the object would put the learner
where an LRS's ``related_agents`` query looks (xAPI 1.0.3 Communication §2.1.3), but Ralph
5.1.0's statement API refuses it with 422 "object.id: Field required" (its lax model wants an
``id`` a SubStatement must not have, §2.4.4.3), and a refused statement is a dead letter;
``context.instructor`` would make the learner their own instructor; ``context.team`` must be
a Group.

The statement stays the learner's record (``Statement.user``: their export and erasure)."""

from __future__ import annotations

import json

from tracking import statements as xapi
from tracking.services import agent_of, record

HOLDER_EXTENSION = "holder"


def statement_registration(certificate):
    """The registration every statement of this certificate carries.

    A certificate earned by completing a course carries its enrolment's registration, like
    every other statement of that run. A certificate issued without an enrolment (by hand in
    the admin — a classroom edition, an exam taken elsewhere) belongs to no online run: it
    has a registration of its own, uuid5 of its code (``statements.derived_registration``), so
    its earned, revoked and expired statements share one registration that no run has. It is
    deliberately *not* the learner's latest enrolment in the course: that run did not earn it,
    may still be open, and would then seem to end in a certificate twice. The certificate
    relates to the learner's runs through the learner (the actor) and the course
    (``grouping``), as any of their runs in the course does."""
    if certificate.registration is not None:
        return certificate.registration
    return xapi.derived_registration(f"certificate:{certificate.code}")


def _names(certificate):
    names = {"en": f"Certificate: {certificate.course_title}"}
    course_names = {"en": certificate.course_title}
    if certificate.course_title_sv:
        names["sv"] = f"Intyg: {certificate.course_title_sv}"
        # Both languages, so an LRS that keeps one name per activity keeps the Swedish too.
        course_names["sv"] = certificate.course_title_sv
    return names, course_names


def _certificate_event(certificate, verb_name: str, when, result=None, by=None):
    """earned: the learner earned the certificate. revoked / expired: ``by`` (a person, else
    the platform) did it, the holder in the context."""
    if certificate.holder is None:
        return  # the holder was erased: nobody to attribute it to
    names, course_names = _names(certificate)
    the_certificate = xapi.activity("certificate", certificate.code, names)
    agent = about = extensions = None
    if verb_name != "earned":
        agent = agent_of(by) if by is not None else xapi.platform_agent()
        about = xapi.statement_ref(f"earned:certificate:{certificate.code}")
        holder = json.loads(agent_of(certificate.holder).to_json())
        extensions = {xapi.extension_iri(HOLDER_EXTENSION): holder}
    record(
        user=certificate.holder,
        event_key=f"{verb_name}:certificate:{certificate.code}",
        verb_name=verb_name,
        obj=the_certificate,
        object_name=names["en"],
        timestamp=when,
        course_key=certificate.course_key,
        registration=statement_registration(certificate),
        grouping=[xapi.activity("course", certificate.course_key, course_names)],
        result=result,
        # Not an experience in a language (xAPI 1.0.3 §2.4.6: leave it out when unknown).
        language="en" if verb_name == "earned" else None,
        extensions=extensions,
        agent=agent,
        about=about,
    )


def certificate_earned(certificate):
    result = (
        xapi.score_result(certificate.score, 100, success=True, completion=True)
        if certificate.score is not None
        else xapi.Result(success=True, completion=True)
    )
    _certificate_event(certificate, "earned", certificate.issued_at, result)


def certificate_revoked(certificate, by=None):
    """``by``: who revoked it (the actor); None when no person did."""
    _certificate_event(certificate, "revoked", certificate.status_changed_at, by=by)


def certificate_expired(certificate):
    _certificate_event(certificate, "expired", certificate.status_changed_at)
