"""Reads of the learning record store that span statements."""

from __future__ import annotations

from django.db.models import CharField, F, OuterRef, Subquery
from django.db.models.fields.json import KT
from django.db.models.functions import Coalesce

from .models import Statement


def recorded_courses() -> list[tuple[str, str]]:
    """(course key, name) of every course with learning records, by name: for the admin's
    course filter. The name is the course's English name as its latest registration recorded
    it (the activity's name in the statement), or the recorded title where the course had no
    English name. Read from the records themselves, so the record store needs nothing of the
    courses app; one query, a row per course."""
    registrations = Statement.objects.filter(verb="registered", course_key__isnull=False)
    latest_name = (
        registrations.filter(course_key=OuterRef("course_key"))
        .order_by("-stored_at")
        .annotate(
            name=Coalesce(
                KT("payload__object__definition__name__en"),
                F("object_name"),
                output_field=CharField(),
            )
        )
        .values("name")[:1]
    )
    rows = (
        registrations.order_by()
        .values_list("course_key")
        .distinct()
        .annotate(name=Subquery(latest_name))
        .values_list("course_key", "name")
    )
    return sorted(((str(key), name) for key, name in rows), key=lambda row: row[1].casefold())
