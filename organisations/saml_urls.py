from django.urls import path

from . import saml

app_name = "agency-saml"

urlpatterns = [
    path("<int:pk>/metadata/", saml.sp_metadata, name="metadata"),
    path("<int:pk>/acs/", saml.saml_acs, name="acs"),
]
