import uuid

from django.db import migrations, models


def give_each_enrolment_its_own_registration(apps, schema_editor):
    Enrolment = apps.get_model("courses", "Enrolment")
    for enrolment in Enrolment.objects.filter(registration__isnull=True).iterator():
        enrolment.registration = uuid.uuid4()
        enrolment.save(update_fields=["registration"])


class Migration(migrations.Migration):
    dependencies = [("courses", "0003_coursepage_completion_rule")]

    operations = [
        # Added nullable first: a callable default is evaluated once for existing rows.
        migrations.AddField(
            model_name="enrolment",
            name="registration",
            field=models.UUIDField(null=True, editable=False, verbose_name="registration"),
        ),
        migrations.RunPython(give_each_enrolment_its_own_registration, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="enrolment",
            name="registration",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="registration"
            ),
        ),
    ]
