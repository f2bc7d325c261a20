from django.urls import path

from . import views

app_name = "certificates"

urlpatterns = [
    path("verify/", views.verify_form, name="verify"),
    path("verify/<str:code>/", views.verify_code, name="verify-code"),
    path(
        "verify/<str:code>/credential-data-integrity.json",
        views.verify_data_integrity_credential,
        name="verify-data-integrity",
    ),
    path("certificates/<str:code>/certificate.pdf", views.download_pdf, name="pdf"),
    path(
        "certificates/<str:code>/wallet.json",
        views.download_wallet_credential,
        name="wallet",
    ),
    path(
        "certificates/<str:code>/credential-data-integrity.json",
        views.download_data_integrity_credential,
        name="data-integrity",
    ),
    path(
        "certificates/<str:code>/credential.<str:kind>",
        views.download_credential,
        name="credential",
    ),
]
