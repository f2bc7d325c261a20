"""Build xAPI statements with tincan and freeze them to the JSON that is stored and sent.

tincan 1.0.0 is used for the model and its serialisation, around three known faults: every
serialised statement carries ``"version": "1.0.3"`` (xAPI 1.0.3 says an activity provider that
sets it must use 1.0.0, so it is left out), a naive datetime is written without a time zone
(every timestamp here is aware UTC), and durations are re-formatted (given as timedeltas)."""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime, timedelta

from tincan import (
    Activity,
    ActivityDefinition,
    ActivityList,
    Agent,
    AgentAccount,
    Context,
    ContextActivities,
    Extensions,
    InteractionComponent,
    InteractionComponentList,
    LanguageMap,
    Result,
    Score,
    Statement,
    StatementRef,
    Verb,
)

from frontline.site import base_url

ADL = "http://adlnet.gov/expapi/verbs/"
VERBS = {
    "registered": (ADL + "registered", "registered", "registrerade sig"),
    "launched": (ADL + "launched", "launched", "startade"),
    "experienced": (ADL + "experienced", "experienced", "tog del av"),
    "progressed": (ADL + "progressed", "progressed", "gjorde framsteg i"),
    "completed": (ADL + "completed", "completed", "slutförde"),
    "attempted": (ADL + "attempted", "attempted", "påbörjade"),
    "answered": (ADL + "answered", "answered", "besvarade"),
    "passed": (ADL + "passed", "passed", "blev godkänd på"),
    "failed": (ADL + "failed", "failed", "blev underkänd på"),
    "earned": ("http://id.tincanapi.com/verb/earned", "earned", "erhöll"),
    "revoked": ("https://w3id.org/xapi/dod-isd/verbs/revoked", "revoked", "återkallade"),
    "expired": ("http://id.tincanapi.com/verb/expired", "expired", "löpte ut"),
    "voided": (ADL + "voided", "voided", "ogiltigförklarade"),
}
ACTIVITY_TYPES = {
    "course": "http://adlnet.gov/expapi/activities/course",
    "module": "http://adlnet.gov/expapi/activities/module",
    "lesson": "http://adlnet.gov/expapi/activities/lesson",
    "assessment": "http://adlnet.gov/expapi/activities/assessment",
    "interaction": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "simulation": "http://adlnet.gov/expapi/activities/simulation",
    "certificate": "https://www.opigno.org/en/tincan_registry/activity_type/certificate",
}
PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress"
PLATFORM = "Frontline Academy"
# The platform's own account name, for what no person did (a certificate expiring on its date).
# Learners' and staff's account names are UUIDs (``LearnerPseudonym``), so this one is never
# anybody's.
PLATFORM_ACCOUNT = "frontline-academy"


def extension_iri(name: str) -> str:
    """A context or result extension of this platform's own (e.g. the path through a case)."""
    return f"{base_url()}/xapi/extensions/{name}"


def statement_namespace() -> uuid.UUID:
    """Statement ids are uuid5 of a stable event key in this site's namespace."""
    return uuid.uuid5(uuid.NAMESPACE_URL, base_url() + "/xapi/statements")


def statement_id(event_key: str) -> uuid.UUID:
    return uuid.uuid5(statement_namespace(), event_key)


def activity_iri(kind: str, key) -> str:
    """Stable and never reused: the translation key (or primary key) of what it names."""
    return f"{base_url()}/xapi/activities/{kind}/{key}"


def language_map(names: dict[str, str]) -> LanguageMap:
    return LanguageMap({lang: text[:300] for lang, text in names.items() if text})


def activity(
    kind: str,
    key,
    names: dict[str, str],
    type_key: str | None = None,
    description: dict[str, str] | None = None,
    **definition,
) -> Activity:
    fields = {"name": language_map(names), "type": ACTIVITY_TYPES[type_key or kind]}
    if description:
        fields["description"] = language_map(description)
    fields.update(definition)
    return Activity(id=activity_iri(kind, key), definition=ActivityDefinition(**fields))


def components(items: list[tuple[str, dict[str, str]]]) -> InteractionComponentList:
    return InteractionComponentList(
        [InteractionComponent(id=cid, description=language_map(names)) for cid, names in items]
    )


# The interaction component lists of xAPI 1.0.3 §2.4.4.1 ("Interaction Components").
COMPONENT_LISTS = ("choices", "scale", "source", "target", "steps")


def definition_fingerprint(definition: ActivityDefinition) -> str:
    """A short digest of an activity's definition, to end the id of an activity that changes
    when its content does (a quiz question whose key a trainer edits): xAPI 1.0.3 §2.4.4.1
    says an activity id "MUST always reference the same Activity", and an LRS "SHOULD NOT
    make significant changes to its canonical definition ... e.g. changes to correct
    responses", so a new key needs a new id. Components count by id, in whatever order they
    are listed."""
    data = json.loads(definition.to_json())
    for name in COMPONENT_LISTS:
        if name in data:
            data[name] = sorted(data[name], key=lambda component: component["id"])
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


def describe_in(
    definition: ActivityDefinition, language: str, name: str, component_texts: dict[str, str]
) -> None:
    """Add ``language`` to a definition's name and to the descriptions of the components
    ``component_texts`` holds a text for (by component id); blank texts are left out."""
    if name and definition.name is not None:
        definition.name[language] = name[:300]
    for list_name in COMPONENT_LISTS:
        for component in getattr(definition, list_name, None) or []:
            text = component_texts.get(component.id)
            if text and component.description is not None:
                component.description[language] = text[:300]


def actor(pseudonym) -> Agent:
    """A person (learner, trainer) as an account on this site named by their pseudonym: one
    Inverse Functional Identifier, nothing that points back to the person (xAPI 1.0.3
    §2.4.2.1, §2.4.2.3)."""
    return Agent(account=AgentAccount(home_page=base_url(), name=str(pseudonym)))


def platform_agent() -> Agent:
    """The platform itself as an identified Agent, for what it does on its own (expiry): an
    account on this site (its one Inverse Functional Identifier, xAPI 1.0.3 §2.4.2.1) and the
    platform's name."""
    return Agent(name=PLATFORM, account=AgentAccount(home_page=base_url(), name=PLATFORM_ACCOUNT))


def statement_ref(event_key: str) -> StatementRef:
    """A reference to the statement of another event, by its deterministic id."""
    return StatementRef(id=statement_id(event_key))


def derived_registration(key: str) -> uuid.UUID:
    """A registration of its own for something that is not an enrolment's run (a certificate
    issued by hand): uuid5 of a stable key in this site's registration namespace, so every
    statement about it carries the same one and no enrolment ever has it (those are uuid4)."""
    return uuid.uuid5(uuid.uuid5(uuid.NAMESPACE_URL, base_url() + "/xapi/registrations"), key)


def verb(name: str) -> Verb:
    iri, en, sv = VERBS[name]
    return Verb(id=iri, display=LanguageMap({"en": en, "sv": sv}))


def score_result(
    raw, maximum, success=None, completion=None, duration: timedelta | None = None, response=None
) -> Result:
    maximum = float(maximum)
    raw = float(raw)
    fields = {
        "score": Score(scaled=raw / maximum if maximum else 0.0, raw=raw, min=0.0, max=maximum)
    }
    if success is not None:
        fields["success"] = success
    if completion is not None:
        fields["completion"] = completion
    if duration is not None:
        fields["duration"] = duration
    if response is not None:
        fields["response"] = response
    return Result(**fields)


def aware_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("statement timestamps must be time-zone aware")
    return moment.astimezone(UTC)


def build(
    *,
    event_key: str,
    pseudonym,
    verb_name: str,
    obj,
    timestamp: datetime,
    registration=None,
    parent: list | None = None,
    grouping: list | None = None,
    result: Result | None = None,
    language: str | None = "en",
    extensions: dict | None = None,
    agent: Agent | None = None,
    about: StatementRef | None = None,
) -> Statement:
    """``agent`` is who did it when that is not the person of ``pseudonym`` (a trainer
    revoking, the platform expiring); ``about`` another statement this one is to be read with
    (context ``statement``). ``platform`` is set only when the object is an Activity, and
    ``language`` only when known (None leaves it out): xAPI 1.0.3 §2.4.6."""
    context = Context()
    if isinstance(obj, Activity):
        context.platform = PLATFORM
    if language:
        context.language = language
    if about is not None:
        context.statement = about
    if registration is not None:
        context.registration = registration
    if extensions:
        context.extensions = Extensions(extensions)
    if parent or grouping:
        activities = ContextActivities()
        if parent:
            activities.parent = ActivityList(parent)
        if grouping:
            activities.grouping = ActivityList(grouping)
        context.context_activities = activities
    statement = Statement(
        id=statement_id(event_key),
        actor=agent if agent is not None else actor(pseudonym),
        verb=verb(verb_name),
        object=obj,
        context=context,
        timestamp=aware_utc(timestamp),
    )
    if result is not None:
        statement.result = result
    return statement


def voiding(pseudonym, target_id, timestamp: datetime) -> Statement:
    return Statement(
        id=statement_id(f"voided:{target_id}"),
        actor=actor(pseudonym),
        verb=verb("voided"),
        object=StatementRef(id=target_id),
        timestamp=aware_utc(timestamp),
    )


def freeze(statement: Statement) -> dict:
    """The JSON stored and sent: tincan's serialisation without its ``version``."""
    data = json.loads(statement.to_json())
    data.pop("version", None)
    return data
