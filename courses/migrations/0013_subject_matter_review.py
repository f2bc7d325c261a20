"""The Subject-matter review: a moderation workflow required to publish course content.

Creates the group *Subject-matter experts*, the workflow *Subject-matter review* with one
group approval task for that group, and assigns it to every course catalogue (English and
Swedish), so every course, module, lesson and quiz under them is published only through it.
Trainers lose *publish* on the catalogues: in Wagtail a user who may publish a page publishes
it directly, workflow or not, so keeping it would let them bypass the review.

Idempotent (everything is looked up by name or page first) and reversible: going back removes
the assignment, the workflow, its task and the group, and gives trainers *publish* again.
``courses.review.review_workflow_ensure`` does the same with the live models (seed_demo), for
catalogues created after this migration."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EXPERTS = "Subject-matter experts"
TRAINERS = "Trainers"
REVIEW = "Subject-matter review"


def ensure_permissions(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None


def catalogues(apps):
    Page = apps.get_model("wagtailcore", "Page")
    return Page.objects.filter(
        content_type__app_label="courses", content_type__model="coursecataloguepage"
    )


def publish_permission(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")


def create_review(apps, schema_editor):
    ensure_permissions(apps)
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    experts, _ = Group.objects.get_or_create(name=EXPERTS)
    # The admin, and nothing else: reviewers reach drafts through their task, which Wagtail
    # opens to the task's groups (editor, preview, approve, request changes).
    experts.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )

    task = GroupApprovalTask.objects.filter(name=REVIEW).first()
    if task is None:
        # Historical models skip Task.__init__, which would record the specific type.
        task_type, _ = ContentType.objects.get_or_create(
            app_label="wagtailcore", model="groupapprovaltask"
        )
        task = GroupApprovalTask.objects.create(name=REVIEW, active=True, content_type=task_type)
    task.groups.add(experts)

    workflow, _ = Workflow.objects.get_or_create(name=REVIEW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})

    publish = publish_permission(apps)
    for catalogue in catalogues(apps):
        WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})
        GroupPagePermission.objects.filter(
            group__name=TRAINERS, page=catalogue, permission=publish
        ).delete()


def remove_review(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")

    trainers = Group.objects.filter(name=TRAINERS).first()
    publish = publish_permission(apps)
    for catalogue in catalogues(apps):
        if trainers is not None:
            GroupPagePermission.objects.get_or_create(
                group=trainers, page=catalogue, permission=publish
            )
    # Deleting the workflow takes its page assignments and states with it (cascade).
    Workflow.objects.filter(name=REVIEW).delete()
    GroupApprovalTask.objects.filter(name=REVIEW).delete()
    Group.objects.filter(name=EXPERTS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("courses", "0012_branching_case"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_review, remove_review)]
