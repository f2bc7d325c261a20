from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem

from accounts import roles
from courses.models import CoursePage

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
    def is_shown(self, request):
        user = request.user
        return (
            user.is_superuser
            or user.groups.filter(name__in=[roles.TRAINERS, roles.ADMINISTRATORS]).exists()
        )


@hooks.register("register_admin_menu_item")
def register_analytics_menu_item():
    return AnalyticsMenuItem(
        _("Course analytics"), reverse("analytics_courses"), icon_name="table", order=255
    )


class CourseAnalyticsButton(PageMenuItem):
    label = _("Analytics")
    icon_name = "table"
    priority = 46

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()

    @property
    def url(self):
        return reverse("analytics_course", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def analytics_header_button(page, user, view_name, next_url=None):
    if page.specific_class is CoursePage:
        yield CourseAnalyticsButton(page=page)


@hooks.register("register_page_listing_more_buttons")
def analytics_listing_button(page, user, next_url=None):
    if page.specific_class is CoursePage:
        yield CourseAnalyticsButton(page=page)
