from django.urls import path

from . import views

app_name = "readiness"

urlpatterns = [
    path("readiness/statements/new/", views.statement_create, name="statement-create"),
    path("readiness/statements/<str:code>/", views.statement_print, name="statement"),
]
