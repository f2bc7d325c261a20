"""``{% expert_marks show %}…{% endexpert_marks %}``: the ``[CHECK]`` markers in what the tag
encloses are highlighted when ``show`` is true (trainers, reviewers, previews) and removed
otherwise (learners). Around the whole lesson body, so every block's text and titles are
covered, audience variants included."""

from django import template
from django.utils.safestring import mark_safe

from ..expert_checks import highlight_markers, strip_markers

register = template.Library()


@register.tag("expert_marks")
def do_expert_marks(parser, token):
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("expert_marks takes one argument: whether to show")
    nodelist = parser.parse(("endexpert_marks",))
    parser.delete_first_token()
    return ExpertMarksNode(nodelist, parser.compile_filter(bits[1]))


class ExpertMarksNode(template.Node):
    def __init__(self, nodelist, show):
        self.nodelist = nodelist
        self.show = show

    def render(self, context):
        # Safe: the enclosed templates escaped what they render; a marker holds no markup.
        html = self.nodelist.render(context)
        if self.show.resolve(context, ignore_failures=True):
            return mark_safe(highlight_markers(html))
        return mark_safe(strip_markers(html))
