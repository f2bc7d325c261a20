from wagtail.fields import RichTextField
from wagtail.models import Page


class BarePage(Page):
    body = RichTextField(blank=True)

    template = "floor/bare_page.html"
