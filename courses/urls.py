from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("dashboard/", views.dashboard, name="dashboard"),
    path("learn/courses/<int:course_id>/enrol/", views.enrol, name="enrol"),
    path("learn/courses/<int:course_id>/restart/", views.restart, name="restart"),
    path("learn/lessons/<int:lesson_id>/complete/", views.complete_lesson, name="complete_lesson"),
    path(
        "learn/lessons/<int:lesson_id>/cases/<uuid:block_id>/choose/",
        views.case_choice,
        name="case_choice",
    ),
    path(
        "learn/lessons/<int:lesson_id>/cases/<uuid:block_id>/restart/",
        views.case_restart,
        name="case_restart",
    ),
]
