"""The lesson rows of a course outline.

An outline lists every lesson of a course on the course, module, lesson and quiz pages, so its
rows are what grows with the course. A row rendered by a template loop costs about 25 µs (a
variable lookup, escape and localisation per value, a node per tag); here it is one string
format, and a 60-lesson outline costs what a 6-lesson one does, give or take 0.1 ms (issue 17:
learner pages flat in course size). The markup is the one the template had: a list item per
lesson with its status as a class and in words, a link unless it is locked, the current lesson
marked for assistive technology (``aria-current``)."""

from html import escape

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


@register.simple_tag
def outline_lessons(lessons, current_pk=None):
    """The ``<li>`` of each of ``lessons`` (``courses.selectors.LessonEntry``), the one whose
    page is ``current_pk`` marked as the current page."""
    rows = []
    for lesson in lessons:
        current = lesson.pk == current_pk
        title = escape(lesson.title)
        if lesson.is_locked:
            link = f"<span>{title}</span>"
        else:
            aria = ' aria-current="page"' if current else ""
            link = f'<a href="{escape(lesson.url or "")}"{aria}>{title}</a>'
        rows.append(
            f'<li class="lesson-status lesson-status--{escape(lesson.status)}'
            f'{" is-current" if current else ""}">{link} '
            f'<span class="status-label">{escape(lesson.status_label)}</span></li>'
        )
    return mark_safe("\n".join(rows))  # noqa: S308 — every value above is escaped
