"""Organisation moved from accounts to organisations (accounts/0007, organisations/0002,
accounts/0008). A database from before, with organisations, members, managers, invitations and
a readiness statement that names an organisation, comes through with every row and link, and
the content type (with the groups' permissions) moves with the model; migrating back returns
the tables to accounts."""

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

import pytest

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("accounts", "0006_user_organisation_source"), ("organisations", "0001_initial")]
AFTER = [
    ("accounts", "0008_organisation_moved_to_organisations"),
    ("organisations", "0002_organisation_from_accounts"),
]


def migrate(targets):
    """Migrate to ``targets``; the models as the database now has them (every app's)."""
    MigrationExecutor(connection).migrate(targets)
    loader = MigrationExecutor(connection).loader
    applied = [key for key in loader.applied_migrations if key in loader.graph.nodes]
    return loader.project_state(applied).apps


def tables():
    return set(connection.introspection.table_names())


def links(apps, app_label):
    Organisation = apps.get_model(app_label, "Organisation")
    User = apps.get_model("accounts", "User")
    Invitation = apps.get_model("organisations", "Invitation")
    return {
        "organisations": list(Organisation.objects.order_by("pk").values_list("pk", "name")),
        "members": sorted(User.objects.values_list("email", "organisation__name")),
        "managers": sorted(
            Organisation.objects.values_list("name", "managers__email").exclude(
                managers__isnull=True
            )
        ),
        "invitations": sorted(Invitation.objects.values_list("email", "organisation__name")),
    }


def test_moving_organisation_keeps_every_row_and_link_both_ways():
    try:
        old = migrate(BEFORE)
        assert "accounts_organisation" in tables()
        Organisation = old.get_model("accounts", "Organisation")
        User = old.get_model("accounts", "User")
        Invitation = old.get_model("organisations", "Invitation")
        ContentType = old.get_model("contenttypes", "ContentType")
        Permission = old.get_model("auth", "Permission")
        Group = old.get_model("auth", "Group")
        ReadinessStatement = old.get_model("readiness", "ReadinessStatement")

        embassy = Organisation.objects.create(name="Embassy of Sweden, Kyiv", kind="consulate")
        police = Organisation.objects.create(name="Police Region West", email_domains="pol.example")
        manager = User.objects.create(email="manager@example.org", organisation=embassy)
        User.objects.create(email="member@example.org", organisation=police)
        User.objects.create(email="outsider@example.org")
        embassy.managers.add(manager)
        Invitation.objects.create(
            organisation=police,
            email="invited@example.org",
            token_hash="x" * 64,
            expires_at=timezone.now(),
            invited_by=manager,
        )
        ReadinessStatement.objects.create(
            code="FA-00000-00000-00000",
            holder=manager,
            holder_name="Manager",
            organisation_name=embassy.name,
            set_name="Before visa duty",
            items=[],
            issued_at=timezone.now(),
        )
        content_type, _ = ContentType.objects.get_or_create(
            app_label="accounts", model="organisation"
        )
        auditors = Group.objects.create(name="Organisation auditors")
        auditors.permissions.add(
            Permission.objects.get_or_create(
                content_type=content_type,
                codename="view_organisation",
                defaults={"name": "Can view organisation"},
            )[0]
        )
        before = links(old, "accounts")

        new = migrate(AFTER)
        assert "organisations_organisation" in tables()
        assert "organisations_organisation_managers" in tables()
        assert "accounts_organisation" not in tables()
        assert links(new, "organisations") == before
        statement = new.get_model("readiness", "ReadinessStatement").objects.get()
        assert statement.organisation_name == "Embassy of Sweden, Kyiv"
        moved = new.get_model("contenttypes", "ContentType").objects.get(pk=content_type.pk)
        assert (moved.app_label, moved.model) == ("organisations", "organisation")
        auditors = new.get_model("auth", "Group").objects.get(name="Organisation auditors")
        assert list(auditors.permissions.values_list("content_type", "codename")) == [
            (content_type.pk, "view_organisation")
        ]

        back = migrate(BEFORE)
        assert "accounts_organisation" in tables()
        assert "organisations_organisation" not in tables()
        assert links(back, "accounts") == before
        ContentType = back.get_model("contenttypes", "ContentType")
        assert ContentType.objects.get(pk=content_type.pk).app_label == "accounts"
    finally:
        migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())
