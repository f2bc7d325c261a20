from datetime import datetime

from django import template

from courses.models.taxonomy import in_active_language
from readiness.services import readiness_for, required

register = template.Library()


@register.filter
def item_title(item: dict) -> str:
    """A statement item's course title in the reader's language."""
    return in_active_language(item.get("course_title", ""), item.get("course_title_sv", ""))


@register.filter
def item_date(value: str | None):
    return datetime.fromisoformat(value) if value else None


@register.simple_tag
def readiness_of(user):
    """``{% readiness_of user as readiness %}``: each requirement set for the user, evaluated
    now, for pages of lower layers (a quiz's result) that cannot import readiness."""
    return readiness_for(user)


@register.filter
def has_duty(readiness) -> bool:
    """Whether any of the evaluated sets is a condition of duty: a judge's page, with only a
    recommended path, speaks of recommended training, not of readiness for duty."""
    return bool(required(readiness or []))
