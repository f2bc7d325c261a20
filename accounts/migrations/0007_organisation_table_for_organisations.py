"""Organisation moves to the organisations app (issue 15), in three steps that keep every row
and every link:

1. here: its table (and its managers' table) is renamed to what the organisations app names
   it, ``organisations_organisation`` and ``organisations_organisation_managers``;
2. ``organisations/0002``: the organisations app takes the model over (state only: the table
   is already there) and its content type, so permissions and admin history follow it;
3. ``accounts/0008``: the user's organisation points there, and accounts lets go of the model
   (state only).

Foreign keys to the table (members, invitations, managers) follow a renamed table by
themselves. Reversible: going back renames the tables back."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0006_user_organisation_source"),
    ]

    operations = [
        migrations.AlterModelTable(name="organisation", table="organisations_organisation"),
    ]
