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
from django.utils.formats import localize
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, ngettext

register = template.Library()


@register.simple_tag
def outline_lessons(lessons, current_pk=None):
    """The ``<li>`` of each of ``lessons`` (``courses.selectors.LessonEntry``), the one whose
    page is ``current_pk`` marked as the current page."""
    labels = {}  # each status's words, translated and escaped once per outline
    rows = []
    for lesson in lessons:
        current = lesson.pk == current_pk
        if lesson.status not in labels:
            labels[lesson.status] = escape(lesson.status_label)
        rows.append(
            f'<li class="lesson-status lesson-status--{escape(lesson.status)}'
            f'{" is-current" if current else ""}">{_step_link(lesson, current)} '
            f'<span class="status-label">{labels[lesson.status]}</span></li>'
        )
    return mark_safe("\n".join(rows))  # noqa: S308 — every value above is escaped


def _step_link(step, current: bool) -> str:
    """A step's title: a link unless it is locked, the current page's marked for assistive
    technology."""
    title = escape(step.title)
    if step.is_locked:
        return f"<span>{title}</span>"
    aria = ' aria-current="page"' if current else ""
    return f'<a href="{escape(step.url or "")}"{aria}>{title}</a>'


@register.simple_tag
def outline_list(outline, current_pk=None):
    """The whole ``<ol class="outline">`` of ``outline`` (``courses.selectors.CourseOutline``):
    each module's heading, its lessons' rows (``outline_lessons``) and its quizzes', then the
    final assessment's, the step whose page is ``current_pk`` marked current. One call, so a
    module costs a few string formats rather than a template loop's nodes, and a 60-lesson
    outline little more than a 6-lesson one."""
    parts = ['<ol class="outline">']
    for module in outline.modules:
        rows = [outline_lessons(module.lessons, current_pk)] if module.lessons else []
        rows += [_quiz_row(quiz, current_pk) for quiz in module.quizzes]
        steps = "\n".join(rows)
        parts.append(
            f'<li class="outline__module">\n'
            f'<h3><a href="{escape(module.url or "")}">{escape(module.heading)}</a></h3>\n'
            f'<p class="outline__count">{escape(module.count_label)}</p>\n'
            f'<ol class="outline__lessons">\n{steps}\n</ol>\n'
            f"</li>"
        )
    if outline.final_quizzes:
        steps = "\n".join(_quiz_row(quiz, current_pk) for quiz in outline.final_quizzes)
        parts.append(
            f'<li class="outline__module">\n<h3>{escape(gettext("Final assessment"))}</h3>\n'
            f'<ol class="outline__lessons">\n{steps}\n</ol>\n</li>'
        )
    parts.append("</ol>")
    return mark_safe("\n".join(parts))  # noqa: S308 — every value above is escaped


def _quiz_row(quiz, current_pk) -> str:
    """A quiz's ``<li>``: its status as a class and in words, whether it counts, and the time
    it takes while it is not passed — the words as ``{% translate %}`` renders them (escaped),
    the time as ``{% blocktranslate count %}`` does (the number localised and escaped)."""
    current = quiz.pk == current_pk
    link = _step_link(quiz, current)
    if quiz.status == "passed":
        label = gettext("Passed")
    elif quiz.status == "available":
        label = gettext("Not passed yet") if quiz.record else gettext("Quiz open")
    else:
        label = gettext("Locked")
    label = escape(label)
    if not quiz.counts_for_completion:
        label += " · " + escape(gettext("practice"))
    if not quiz.is_passed:
        minutes = escape(str(localize(quiz.minutes)))
        label += " · " + ngettext(
            "about %(minutes)s minute", "about %(minutes)s minutes", quiz.minutes
        ) % {"minutes": minutes}
    return (
        f'<li class="lesson-status lesson-status--{escape(quiz.status)} lesson-status--quiz'
        f'{" is-current" if current else ""}">{link} <span class="status-label">{label}</span>'
        f"</li>"
    )
