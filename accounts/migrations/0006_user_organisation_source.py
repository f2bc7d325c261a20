"""How each member joined their organisation. Until now people chose their organisation
themselves at sign-up or on their profile; they stay members, marked "chose it themselves (not
confirmed)", unless they joined through an invitation. An unconfirmed membership is not printed
on readiness statements until a manager confirms it (or removes the member)."""

from django.db import migrations, models

DECLARED = "declared"
INVITATION = "invitation"


def mark_existing_members(apps, schema_editor):
    User = apps.get_model("accounts", "User")
    Invitation = apps.get_model("organisations", "Invitation")
    members = User.objects.filter(organisation__isnull=False)
    invited = Invitation.objects.filter(
        accepted_by=models.OuterRef("pk"), organisation=models.OuterRef("organisation")
    )
    members.filter(models.Exists(invited)).update(organisation_source=INVITATION)
    members.exclude(models.Exists(invited)).update(organisation_source=DECLARED)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0005_documents_need_sign_in"),
        ("organisations", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="organisation_source",
            field=models.CharField(
                blank=True,
                choices=[
                    ("", "Added by an administrator or manager"),
                    ("invitation", "Accepted an invitation"),
                    ("email_domain", "Verified an e-mail address at the organisation"),
                    ("declared", "Chose it themselves (not confirmed)"),
                ],
                default="",
                max_length=20,
                verbose_name="membership from",
            ),
        ),
        migrations.RunPython(mark_existing_members, migrations.RunPython.noop),
    ]
