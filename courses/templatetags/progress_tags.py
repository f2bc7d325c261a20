"""A learner's progress bar and the time they still need, as single string formats.

The dashboard shows both on every course a learner takes; as included templates they cost
about a millisecond a course (an include, its context and three ``blocktranslate``). The
components (``components/progress.html``, ``components/time_estimate.html``) render through
these tags too, so the markup and its translations live here once. Values are rendered as
``{% blocktranslate %}`` renders them: localised, then escaped."""

from html import escape

from django import template
from django.utils.formats import localize
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

register = template.Library()


def _value(value) -> str:
    if type(value) is int and 0 <= value < 1000:
        return str(value)  # what localize gives in every language: no separator to group
    return escape(str(localize(value)))


@register.simple_tag
def progress_bar(outline, id):
    """The progress bar of ``outline`` (a ``courses.selectors.CourseOutline``), its label's
    id made of ``id``."""
    percent, label_id = _value(outline.percent), f"progress-{escape(str(id))}-label"
    words = gettext("%(percent)s%% complete (%(done)s of %(total)s steps)") % {
        "percent": percent,
        "done": _value(outline.completed_count),
        "total": _value(outline.total),
    }
    return mark_safe(  # noqa: S308 — every value is escaped
        f'<div class="progress">\n'
        f'  <progress max="100" value="{percent}" aria-labelledby="{label_id}"></progress>\n'
        f'  <span id="{label_id}">{words}</span>\n'
        f"</div>\n"
    )


@register.simple_tag
def time_estimate(reading, quizzes):
    """The time a learner still needs: ``reading`` minutes of lessons and ``quizzes`` minutes
    of quizzes."""
    if reading and quizzes:
        total = reading + quizzes
        text = ngettext("about %(minutes)s minute", "about %(minutes)s minutes", total) % {
            "minutes": _value(total)
        }
        text += " (%s)" % (
            gettext("%(reading)s of reading, %(quizzes)s for quizzes")
            % {"reading": _value(reading), "quizzes": _value(quizzes)}
        )
    elif quizzes:
        text = ngettext(
            "about %(minutes)s minute for quizzes", "about %(minutes)s minutes for quizzes", quizzes
        ) % {"minutes": _value(quizzes)}
    else:
        text = ngettext(
            "about %(minutes)s minute of reading", "about %(minutes)s minutes of reading", reading
        ) % {"minutes": _value(reading)}
    return mark_safe(text)  # noqa: S308 — every value is escaped
