from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("learn/quizzes/<int:quiz_id>/start/", views.start_attempt, name="start"),
    path("learn/attempts/<int:attempt_id>/", views.attempt, name="attempt"),
    path("learn/attempts/<int:attempt_id>/review/", views.review, name="review"),
]
