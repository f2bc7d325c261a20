"""Step 2 of Organisation's move from accounts (see accounts/0007): this app takes the model
over. The table was renamed to ours by accounts/0007, so the model is created in the state
only; invitations point to it (the same table). Its content type moves too, so the groups'
permissions on organisations and the admin's history of them stay attached."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def _move_content_type(apps, schema_editor, old_app, new_app):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    db = schema_editor.connection.alias
    old = ContentType.objects.using(db).filter(app_label=old_app, model="organisation").first()
    if old is None:
        return  # a new database: post_migrate makes the content type at the end
    made_since = (
        ContentType.objects.using(db).filter(app_label=new_app, model="organisation").first()
    )
    if made_since is not None:
        # Made by post_migrate while migrating the other way with this code: only permissions
        # (granted to administrators) hang on it. The old type keeps every grant and the
        # admin's history; it takes over the grants of the new one's permissions.
        for permission in Permission.objects.using(db).filter(content_type=made_since):
            twin = Permission.objects.using(db).filter(
                content_type=old, codename=permission.codename
            )
            for kept in twin:
                kept.group_set.add(*permission.group_set.all())
                kept.user_set.add(*permission.user_set.all())
        made_since.delete()
    old.app_label = new_app
    old.save(update_fields=["app_label"])


def content_type_to_organisations(apps, schema_editor):
    _move_content_type(apps, schema_editor, "accounts", "organisations")


def content_type_back_to_accounts(apps, schema_editor):
    _move_content_type(apps, schema_editor, "organisations", "accounts")


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0001_initial"),
        ("accounts", "0007_organisation_table_for_organisations"),
        ("contenttypes", "0002_remove_content_type_name"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Organisation",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "name",
                            models.CharField(max_length=200, unique=True, verbose_name="name"),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("consulate", "Embassy or consulate"),
                                    ("police", "Police region"),
                                    ("migration", "Migration office"),
                                    ("court", "Court or prosecution authority"),
                                    ("social_services", "Social services"),
                                    ("ngo", "Non-governmental organisation"),
                                    ("other", "Other"),
                                ],
                                default="other",
                                max_length=32,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "email_domains",
                            models.TextField(
                                blank=True,
                                help_text=(
                                    "One domain per line (e.g. gov.example). People who verify "
                                    "an e-mail address at one of these domains join this "
                                    "organisation."
                                ),
                                verbose_name="e-mail domains",
                            ),
                        ),
                        (
                            "managers",
                            models.ManyToManyField(
                                blank=True,
                                help_text=(
                                    "They see this organisation's members' progress and can "
                                    "invite members."
                                ),
                                related_name="managed_organisations",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="managers",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "organisation",
                        "verbose_name_plural": "organisations",
                        "ordering": ["name"],
                    },
                ),
                migrations.AlterField(
                    model_name="invitation",
                    name="organisation",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="invitations",
                        to="organisations.organisation",
                        verbose_name="organisation",
                    ),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(content_type_to_organisations, content_type_back_to_accounts),
    ]
