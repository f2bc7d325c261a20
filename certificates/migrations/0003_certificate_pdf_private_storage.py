"""Certificate PDFs move from MEDIA_ROOT (which the proxy serves as /media/) to the private
storage, which has no URL. Files are moved, not re-rendered; a PDF missing from both places is
rendered again on its first download, as before."""

from django.core.files.storage import default_storage, storages
from django.db import migrations, models

import frontline.storage


def move_pdfs_to_private_storage(apps, schema_editor):
    Certificate = apps.get_model("certificates", "Certificate")
    private = storages["private"]
    names = list(Certificate.objects.exclude(pdf="").values_list("pdf", flat=True))
    for name in names:
        if not default_storage.exists(name):
            continue
        if not private.exists(name):
            with default_storage.open(name, "rb") as public_file:
                stored = private.save(name, public_file)
            if stored != name:
                Certificate.objects.filter(pdf=name).update(pdf=stored)
        default_storage.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_certificate_refresher_title"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="pdf",
            field=models.FileField(
                blank=True,
                editable=False,
                storage=frontline.storage.private_storage,
                upload_to="certificates/",
                verbose_name="PDF",
            ),
        ),
        migrations.RunPython(move_pdfs_to_private_storage, migrations.RunPython.noop),
    ]
