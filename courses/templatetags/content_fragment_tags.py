"""``{% content_fragment page.pk %}…{% endcontent_fragment %}``: what the tag encloses, rendered
once per language and the values given, and kept under the content generation
(``courses.outline_cache``: any page saved, moved or deleted starts a new one).

For page content every visitor reads alike — the home page's introduction and its audiences —
whose ``{% translate %}`` tags and rich text cost more than the rest of the page (issue 17).
Enclose only what depends on the content and the language: nothing of the reader, no
``{% csrf_token %}``. The key also names this process, so a deploy's new templates,
translations and URLs are read at once rather than another release's fragments: each web
process builds its own (a few, kept in its memory by ``cached_many``)."""

import uuid

from django import template
from django.utils.translation import get_language

from ..outline_cache import cached_many

register = template.Library()

_PROCESS = uuid.uuid4().hex


@register.tag("content_fragment")
def do_content_fragment(parser, token):
    vary_on = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endcontent_fragment",))
    parser.delete_first_token()
    return ContentFragmentNode(nodelist, vary_on)


class ContentFragmentNode(template.Node):
    def __init__(self, nodelist, vary_on):
        self.nodelist = nodelist
        self.vary_on = vary_on

    def render(self, context):
        values = [str(value.resolve(context)) for value in self.vary_on]
        key = ":".join([_PROCESS, *values, get_language() or ""])
        return cached_many("fragment", [key], lambda keys: {key: self.nodelist.render(context)})[
            key
        ]
