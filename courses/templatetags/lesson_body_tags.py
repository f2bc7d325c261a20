"""The lesson body a learner reads, rendered once per lesson, role and language.

Decoding a lesson's StreamField and rendering a template per block was most of a real lesson
page's time (issue 17: about half of the demo's first consular lesson). What a learner reads of
a lesson is the same for every learner of their role in their language — except a branching
case, which shows where *this* learner stands in it. So every other block is rendered once and
kept in the shared cache under the content generation (``courses.outline_cache``: a lesson
published, a page moved or renamed, a reference fact, source, document or image saved starts a
new one); a block that is or holds a branching case is rendered for each reader, in its place,
as ``{% include_block %}`` renders it. Only learners read through here: trainers, reviewers and
previews (every variant labelled, facts awaiting an expert shown) render the blocks as before.
"""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from ..outline_cache import cached_many

register = template.Library()

#: Blocks rendered for each reader: their content depends on who reads.
PER_READER = {"branching_case"}


def _per_reader(block) -> bool:
    if block.block_type in PER_READER:
        return True
    if block.block_type == "audience_variant":
        return any(child.block_type in PER_READER for child in block.value["content"])
    return False


def _render(block, context) -> str:
    # As {% include_block block with show_variant_labels=… block_id=block.id %} renders it.
    block_context = context.flatten()
    block_context.update(show_variant_labels=False, block_id=block.id)
    return block.render_as_block(context=block_context)


@register.simple_tag(takes_context=True)
def learner_lesson_body(context, page, audience):
    """The body of the lesson ``page`` for a learner of ``audience`` (an ``Audience`` or None:
    given only when the lesson has parts for some roles)."""
    slug = audience.slug if audience is not None else ""
    key = f"{page.pk}:{slug}:{get_language()}"

    def read(keys):
        parts = [
            ("reader", str(block.id)) if _per_reader(block) else ("html", _render(block, context))
            for block in page.visible_body(audience, show_all=False)
        ]
        return {key: parts}

    parts = cached_many("lesson-body", [key], read)[key]
    blocks = None
    html = []
    for kind, part in parts:
        if kind == "html":
            html.append(part)
            continue
        if blocks is None:  # only a lesson with a case decodes its body on every read
            blocks = {str(block.id): block for block in page.visible_body(audience, False)}
        if part in blocks:
            html.append(_render(blocks[part], context))
    return mark_safe("\n".join(html))  # noqa: S308 — rendered by the blocks' own templates
