from django.urls import path

from . import views
from .oidc import AgencySignInStartView

app_name = "organisations"

urlpatterns = [
    path("organisations/", views.organisation_list, name="list"),
    path("organisations/<int:pk>/", views.members, name="members"),
    path("organisations/<int:pk>/members.csv", views.members_csv, name="members-csv"),
    path("organisations/<int:pk>/invite/", views.invite, name="invite"),
    path(
        "organisations/<int:pk>/members/<int:member_id>/remove/",
        views.member_remove,
        name="member-remove",
    ),
    path(
        "organisations/<int:pk>/members/<int:member_id>/confirm/",
        views.member_confirm,
        name="member-confirm",
    ),
    path("organisations/<int:pk>/invite/upload/", views.invite_upload, name="invite-upload"),
    path(
        "organisations/<int:pk>/invitations/<int:invitation_id>/cancel/",
        views.invitation_cancel,
        name="invitation-cancel",
    ),
    path("invitations/<str:token>/", views.invitation, name="invitation"),
    # Under /accounts/, where they were before organisations had them: mailed links keep working.
    path("accounts/profile/organisation/link/", views.membership_link, name="membership-link"),
    path("accounts/profile/organisation/leave/", views.organisation_leave, name="leave"),
    # Agency sign-in (the callback, the same for every language, is in agency_urls).
    path("accounts/agency/", views.agency_find, name="agency-find"),
    path("accounts/agency/<int:pk>/", AgencySignInStartView.as_view(), name="agency-start"),
    path(
        "accounts/organisation/join/<str:token>/",
        views.membership_join,
        name="membership-join",
    ),
]
