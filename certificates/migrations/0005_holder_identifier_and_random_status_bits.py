"""The holder as the credential names them (a DID, a salted e-mail hash), and status list
entries stored rather than derived from the primary key, so that new ones can be drawn at
random. Existing certificates keep the entry their signed credentials name (list = pk //
131,072, bit = pk % 131,072): verifiers hold those credentials."""

from django.db import migrations, models
from django.db.models import F
from django.db.models.functions import Mod

STATUS_LIST_SIZE = 131_072  # certificates.credentials.STATUS_LIST_SIZE when this was written


def keep_issued_entries(apps, schema_editor):
    # One statement however many rows (integer division of integers on both databases).
    Certificate = apps.get_model("certificates", "Certificate")
    Certificate.objects.update(
        status_list=F("pk") / STATUS_LIST_SIZE, status_list_index=Mod("pk", STATUS_LIST_SIZE)
    )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0004_holder_shared_with_issued_documents"),
    ]

    operations = [
        migrations.AddField(
            model_name="certificate",
            name="holder_did",
            field=models.CharField(
                blank=True, editable=False, max_length=500, verbose_name="holder's DID"
            ),
        ),
        migrations.AddField(
            model_name="certificate",
            name="identity_hash",
            field=models.CharField(blank=True, editable=False, max_length=80),
        ),
        migrations.AddField(
            model_name="certificate",
            name="identity_salt",
            field=models.CharField(blank=True, editable=False, max_length=64),
        ),
        migrations.AddField(
            model_name="certificate",
            name="status_list",
            field=models.PositiveBigIntegerField(
                editable=False, null=True, verbose_name="status list"
            ),
        ),
        migrations.AddField(
            model_name="certificate",
            name="status_list_index",
            field=models.PositiveIntegerField(
                editable=False, null=True, verbose_name="status list index"
            ),
        ),
        migrations.RunPython(keep_issued_entries, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="certificate",
            name="status_list",
            field=models.PositiveBigIntegerField(editable=False, verbose_name="status list"),
        ),
        migrations.AlterField(
            model_name="certificate",
            name="status_list_index",
            field=models.PositiveIntegerField(editable=False, verbose_name="status list index"),
        ),
        migrations.AddConstraint(
            model_name="certificate",
            constraint=models.UniqueConstraint(
                fields=("status_list", "status_list_index"),
                name="certificates_one_certificate_per_status_bit",
            ),
        ),
    ]
