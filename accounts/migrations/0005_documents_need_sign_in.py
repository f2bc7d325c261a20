"""Course documents are for signed-in people: a "login" view restriction on the root
collection, which every collection inherits (Wagtail applies an ancestor's restriction to its
descendants). A collection can be restricted further (to groups, or with a password) under
Settings → Collections → Privacy; docs/operations.md says why none can be public."""

from django.db import migrations

LOGIN = "login"


def restrict_root_collection(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    root = Collection.objects.filter(depth=1).order_by("path").first()
    if root is not None and not CollectionViewRestriction.objects.filter(collection=root).exists():
        CollectionViewRestriction.objects.create(collection=root, restriction_type=LOGIN)


def lift_root_restriction(apps, schema_editor):
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    CollectionViewRestriction.objects.filter(
        collection__in=Collection.objects.filter(depth=1), restriction_type=LOGIN
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0004_organisation_email_domains_user_time_zone"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(restrict_root_collection, lift_root_restriction),
    ]
