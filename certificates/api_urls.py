"""Machine-readable endpoints: not language-prefixed, stable for other systems."""

from django.urls import path

from . import views

app_name = "certificates_api"

urlpatterns = [
    path("api/v1/certificates/<str:code>", views.api_certificate, name="certificate"),
    path("api/v1/verify", views.api_verify, name="verify"),
    path("api/v1/status-lists/<str:list_number>", views.status_list, name="status-list"),
    path("api/v1/issuer", views.issuer, name="issuer"),
    path("api/v1/openapi.json", views.openapi, name="openapi"),
    path(".well-known/jwks.json", views.jwks, name="jwks"),
    path(".well-known/did.json", views.did_document, name="did"),
]
