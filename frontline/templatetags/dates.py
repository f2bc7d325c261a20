"""``{% load dates %}``: ``{{ moment|date_time }}`` shows a date and clock time in the reader's
time zone with the zone named; plain dates use Django's ``{{ value|date }}`` (the language's
DATE_FORMAT, from ``frontline/formats``)."""

from django import template

from frontline import dates

register = template.Library()


@register.filter
def date_time(value):
    """3 December 2026, 16:24 (Europe/Kyiv)."""
    return dates.date_time(value) if value else ""


@register.simple_tag
def time_zone_label():
    """The reader's time zone, named (Europe/Kyiv)."""
    return dates.zone_label()
