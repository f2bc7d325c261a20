"""The image of a branching case's situation, which snapshots keep by id: an image deleted
since the attempt started is simply not shown."""

from django import template

from wagtail.images import get_image_model

register = template.Library()


@register.simple_tag
def case_image(image_id):
    """The image with ``image_id``, or None."""
    if not image_id:
        return None
    return get_image_model().objects.filter(pk=image_id).first()
