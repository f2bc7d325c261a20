"""Step 3 of Organisation's move (see 0007): a user's organisation is an
``organisations.Organisation`` — the same table and rows — and accounts no longer has the model.
Nothing changes in the database."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0007_organisation_table_for_organisations"),
        ("organisations", "0002_organisation_from_accounts"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="user",
                    name="organisation",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="members",
                        to="organisations.organisation",
                        verbose_name="organisation",
                    ),
                ),
                migrations.DeleteModel(name="Organisation"),
            ],
            database_operations=[],
        ),
    ]
