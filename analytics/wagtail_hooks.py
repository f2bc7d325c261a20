from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permission_policies.pages import PagePermissionPolicy

from courses.models import CoursePage
from frontline.page_buttons import register_editor_page_button

from . import views


@hooks.register("register_admin_urls")
def register_analytics_urls():
    return [
        path("analytics/", views.course_list, name="analytics_courses"),
        path("analytics/<int:page_id>/", views.course_detail, name="analytics_course"),
        path(
            "analytics/<int:page_id>/<str:table>.csv", views.course_csv, name="analytics_course_csv"
        ),
    ]


class AnalyticsMenuItem(MenuItem):
    """For those who may edit some page, as the course list is: the check reads the page
    permissions Wagtail has already cached on the user for its own menus, so it adds no
    query to every admin page."""

    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, {"change"})


@hooks.register("register_admin_menu_item")
def register_analytics_menu_item():
    return AnalyticsMenuItem(
        _("Course analytics"), reverse("analytics_courses"), icon_name="table", order=255
    )


register_editor_page_button(CoursePage, _("Analytics"), "analytics_course", priority=46)
