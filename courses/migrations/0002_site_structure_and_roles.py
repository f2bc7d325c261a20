"""Build the bilingual site skeleton and the four roles.

The English and Swedish home pages and course catalogues are created here (not by seed_demo)
so that a fresh install already has a place for trainers to add courses, and the Trainers
group can be given page permissions on exactly those catalogues."""

import uuid

from django.contrib.auth.management import create_permissions
from django.db import migrations
from django.utils import timezone

ROLE_NAMES = ("Learners", "Trainers", "Certifying bodies", "Administrators")
TRAINER_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
TRAINER_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
TRAINER_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    ("courses", "add_audience"),
    ("courses", "change_audience"),
    ("courses", "add_topic"),
    ("courses", "change_topic"),
)


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def make_page(model, content_type, *, title, slug, path, url_path, locale, translation_key, **fields):
    now = timezone.now()
    return model.objects.create(
        title=title,
        draft_title=title,
        slug=slug,
        content_type=content_type,
        path=path,
        depth=len(path) // 4,
        numchild=0,
        url_path=url_path,
        locale=locale,
        translation_key=translation_key,
        live=True,
        has_unpublished_changes=False,
        first_published_at=now,
        last_published_at=now,
        **fields,
    )


def build_site(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    Locale = apps.get_model("wagtailcore", "Locale")
    HomePage = apps.get_model("home", "HomePage")
    Catalogue = apps.get_model("courses", "CourseCataloguePage")

    english, _ = Locale.objects.get_or_create(language_code="en")
    swedish, _ = Locale.objects.get_or_create(language_code="sv")

    # Replace Wagtail's welcome page (and its Site) with our home pages.
    Page.objects.filter(depth=2, content_type__app_label="wagtailcore").delete()
    home_type, _ = ContentType.objects.get_or_create(app_label="home", model="homepage")
    catalogue_type, _ = ContentType.objects.get_or_create(
        app_label="courses", model="coursecataloguepage"
    )
    home_key, catalogue_key = uuid.uuid4(), uuid.uuid4()
    home_en = make_page(
        HomePage, home_type, title="Frontline Academy", slug="home", path="00010001",
        url_path="/home/", locale=english, translation_key=home_key,
        lead="Training for the professionals who first meet victims of human trafficking.",
        body="",
    )
    home_sv = make_page(
        HomePage, home_type, title="Frontline Academy", slug="hem", path="00010002",
        url_path="/hem/", locale=swedish, translation_key=home_key,
        lead="Utbildning för yrkesverksamma som först möter personer utsatta för människohandel.",
        body="",
    )
    make_page(
        Catalogue, catalogue_type, title="Courses", slug="courses", path="000100010001",
        url_path="/home/courses/", locale=english, translation_key=catalogue_key, intro="",
    )
    make_page(
        Catalogue, catalogue_type, title="Kurser", slug="kurser", path="000100020001",
        url_path="/hem/kurser/", locale=swedish, translation_key=catalogue_key, intro="",
    )
    HomePage.objects.filter(pk__in=[home_en.pk, home_sv.pk]).update(numchild=1)
    Page.objects.filter(depth=1).update(numchild=2)
    Site.objects.create(hostname="localhost", port=80, root_page=home_en, is_default_site=True)


def create_roles(apps, schema_editor):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def perm(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    # Wagtail's default Editors/Moderators would sit beside our roles with root-page rights.
    Group.objects.filter(name__in=["Editors", "Moderators"]).delete()
    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_NAMES}
    trainers, administrators = groups["Trainers"], groups["Administrators"]
    root_collection = Collection.objects.get(depth=1)

    trainers.permissions.add(*(perm(app, code) for app, code in TRAINER_MODEL_PERMISSIONS))
    for catalogue in Page.objects.filter(content_type__model="coursecataloguepage"):
        for code in TRAINER_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=trainers, page=catalogue, permission=perm("wagtailcore", code)
            )
    for app, code in TRAINER_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=trainers, collection=root_collection, permission=perm(app, code)
        )

    # Administrators run the whole site: every page, collection and model permission.
    # (accounts.signals keeps their model permissions complete as apps are added.)
    root_page = Page.objects.get(depth=1)
    for code in TRAINER_PAGE_PERMISSIONS + ("bulk_delete_page",):
        GroupPagePermission.objects.get_or_create(
            group=administrators, page=root_page, permission=perm("wagtailcore", code)
        )
    for app, code in TRAINER_COLLECTION_PERMISSIONS + (
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "delete_document"),
        ("wagtailcore", "add_collection"),
        ("wagtailcore", "change_collection"),
        ("wagtailcore", "delete_collection"),
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=administrators, collection=root_collection, permission=perm(app, code)
        )
    administrators.permissions.add(*Permission.objects.all())


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0001_initial"),
        ("home", "0001_initial"),
        ("accounts", "0002_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RunPython(build_site, migrations.RunPython.noop),
        migrations.RunPython(create_roles, migrations.RunPython.noop),
    ]
