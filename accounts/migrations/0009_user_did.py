from django.db import migrations, models

import accounts.dids


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0008_organisation_moved_to_organisations"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="did",
            field=models.CharField(
                blank=True,
                max_length=500,
                validators=[accounts.dids.validate_did],
                verbose_name="DID",
            ),
        ),
    ]
