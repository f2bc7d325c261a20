"""The Subject-matter review: no course content goes live without an expert's approval.

A Wagtail moderation workflow, *Subject-matter review*, with one group approval task for the
group *Subject-matter experts*, is assigned to every course catalogue, so every course, module,
lesson and quiz under them goes through it. Trainers edit, save drafts and *Submit to
Subject-matter review*; they do not hold Wagtail's *publish* permission on the catalogues,
because Wagtail lets anyone who holds it publish directly, workflow or not (its
``PagePermissionTester.can_publish`` reads the permission alone, and a direct publish simply
cancels the workflow in progress). Experts hold the admin and nothing else: the task opens the
page's editor, preview, *Approve* and *Request changes* to them while the page is in review.

Created by ``courses/migrations/0013_subject_matter_review.py``; ``review_workflow_ensure``
does the same with the live models (seed_demo calls it, and it covers catalogues created after
the migration)."""

from __future__ import annotations

from django.db import transaction

from accounts import roles

# Models are imported inside the functions: Wagtail imports this module (the finishing action
# named in settings) while wagtail.models itself is still being defined.

#: The workflow and its one task share the name, as reviewers and trainers read it in the admin.
REVIEW = "Subject-matter review"


@transaction.atomic
def review_workflow_ensure():
    """Make sure the review exists and guards every catalogue: the experts' group with admin
    access only, the workflow and its task for that group, the workflow assigned to each
    course catalogue, and no *publish* permission for trainers there. Safe to run again;
    returns the workflow."""
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import GroupApprovalTask, GroupPagePermission, Workflow, WorkflowPage

    from .models import CourseCataloguePage

    experts, _ = Group.objects.get_or_create(name=roles.SUBJECT_MATTER_EXPERTS)
    experts.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    task = GroupApprovalTask.objects.filter(name=REVIEW).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW)
    task.groups.add(experts)
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW, defaults={"active": True})
    if not workflow.workflow_tasks.filter(task=task).exists():
        workflow.workflow_tasks.create(task=task, sort_order=0)
    for catalogue in CourseCataloguePage.objects.all():
        WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})
        GroupPagePermission.objects.filter(
            group__name=roles.TRAINERS, page=catalogue, permission__codename="publish_page"
        ).delete()
    return workflow


def publish_approved(workflow_state, user=None) -> None:
    """What finishing an approved workflow does (``WAGTAIL_FINISH_WORKFLOW_ACTION``): publish
    the revision the reviewer approved, in the reviewer's name.

    Wagtail's own finishing action publishes with the approver's *publish* permission, which
    experts do not hold (with it they could publish, unpublish and reorder any course page
    directly). Approving the last task is the permission here: only the task's groups (and
    superusers) are offered *Approve*, and Wagtail checks that before the workflow finishes."""
    workflow_state.content_object.get_latest_revision().publish(
        user=user, skip_permission_checks=True
    )
