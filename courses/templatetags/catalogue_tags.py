"""The course cards of the catalogue.

The catalogue lists every live course, so its cards are what grows with it: rendered by a
template loop, a card cost about half a millisecond (some thirty variable lookups, escapes,
translations and nodes), 52 cards most of the page. Here a card is one string format, the
words every card shares translated once per page (issue 17). The markup is the one the
template had: the course's title as a link, its summary, its duration, audiences, topics and
version as a description list, and the learner's enrolment as a badge."""

from html import escape

from django import template
from django.utils.formats import localize
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

register = template.Library()


@register.simple_tag
def catalogue_cards(courses):
    """The ``<li>`` of each ``(card, enrolment)`` of ``courses``
    (``courses.selectors.CatalogueCard``, an ``Enrolment`` or ``None``)."""
    # As ``{% translate %}`` renders them: escaped.
    duration, for_, topics_label, version = (
        escape(gettext(word)) for word in ("Duration", "For", "Topics", "Version")
    )
    everyone = escape(gettext("Everyone"))
    completed = escape(gettext("Completed"))
    enrolled = escape(gettext("Enrolled"))
    minutes_text = {}
    cards = []
    for card, enrolment in courses:
        course = card.course
        minutes = course.estimated_minutes
        if minutes not in minutes_text:
            # As ``{% blocktranslate count %}`` renders it: the number localised and escaped.
            minutes_text[minutes] = ngettext(
                "%(minutes)s minute", "%(minutes)s minutes", minutes
            ) % {"minutes": escape(str(localize(minutes)))}
        audiences = ", ".join(escape(label) for label in card.audiences) or everyone
        topics = ", ".join(escape(label) for label in card.topics) or "—"
        badge = ""
        if enrolment:
            state = completed if enrolment.is_completed else enrolled
            badge = f'\n        <p class="badge">{state}</p>'
        cards.append(
            f'<li class="card course-card">\n'
            f'        <h2><a href="{escape(course.url or "")}">{escape(course.title)}</a></h2>\n'
            f"        <p>{escape(course.summary)}</p>\n"
            f'        <dl class="meta">\n'
            f"          <div><dt>{duration}</dt><dd>{minutes_text[minutes]}</dd></div>\n"
            f"          <div><dt>{for_}</dt><dd>{audiences}</dd></div>\n"
            f"          <div><dt>{topics_label}</dt><dd>{topics}</dd></div>\n"
            f"          <div><dt>{version}</dt><dd>{escape(course.version_label)}</dd></div>\n"
            f"        </dl>{badge}\n"
            f"      </li>"
        )
    return mark_safe("\n      ".join(cards))  # noqa: S308 — every value above is escaped
