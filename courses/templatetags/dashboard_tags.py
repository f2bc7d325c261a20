from html import escape

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from .progress_tags import progress_bar, time_estimate

register = template.Library()


@register.simple_tag(takes_context=True)
def dashboard_panel(context, panel):
    """Render a ``courses.dashboard.DashboardPanel``: its template, with the page's context
    (the request, the user, the CSRF token…) and the panel's own context on top."""
    panel_template = context.template.engine.get_template(panel.template)
    with context.push(panel.context):
        return panel_template.render(context)


@register.simple_tag
def courses_in_progress(rows):
    """The ``<li>`` of each course in progress on *My learning* (``selectors.DashboardRow``):
    its title as a link, its progress bar and where to continue with the time left. One
    string format a course, the shared words translated once (issue 17: as a template loop a
    course cost about 0.15 ms); the markup is the one the template had."""
    next_word, time_left = escape(gettext("Next:")), escape(gettext("Time left:"))
    cards = []
    for row in rows:
        outline, resume = row.outline, row.resume
        next_step = ""
        if resume:
            estimate = time_estimate(
                outline.remaining_reading_minutes, outline.remaining_quiz_minutes
            )
            next_step = (
                f'            <p>{next_word} <a class="button" href="{escape(resume.url or "")}">'
                f"{escape(resume.title)}</a>\n"
                f'              <span class="meta-line">{time_left} {estimate}</span></p>\n'
            )
        cards.append(
            f'<li class="card">\n'
            f'            <h3><a href="{escape(row.course.listed_url or "")}">'
            f"{escape(row.course.title)}</a></h3>\n"
            f"            {progress_bar(outline, row.enrolment.pk)}"
            f"{next_step}"
            f"          </li>"
        )
    return mark_safe("\n          ".join(cards))  # noqa: S308 — every value above is escaped
