"""Buttons that admin reports add to a page type's header and listing menu."""

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem


class EditorPageButton(PageMenuItem):
    """Shown only to those who may edit the page: its report is about their content."""

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


def register_editor_page_button(page_class, label, url_name: str, *, priority: int, icon="table"):
    """On pages of ``page_class``, a button to ``url_name`` (which takes the page's id)."""

    def buttons(page):
        if page.specific_class is page_class:
            url = reverse(url_name, args=[page.pk])
            yield EditorPageButton(label, url, icon, priority, page=page)

    hooks.register(
        "register_page_header_buttons",
        lambda page, user, view_name, next_url=None: buttons(page),
    )
    hooks.register(
        "register_page_listing_more_buttons", lambda page, user, next_url=None: buttons(page)
    )
