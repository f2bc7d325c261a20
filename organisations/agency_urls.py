from django.urls import path

from . import oidc

app_name = "agency"

urlpatterns = [path("", oidc.agency_callback, name="callback")]
