"""The roles of the platform, as Django groups (created by migrations)."""

LEARNERS = "Learners"
TRAINERS = "Trainers"
CERTIFYING_BODIES = "Certifying bodies"
ADMINISTRATORS = "Administrators"
# Approve course content before it goes live (courses.review, the Subject-matter review).
SUBJECT_MATTER_EXPERTS = "Subject-matter experts"

ALL = (LEARNERS, TRAINERS, CERTIFYING_BODIES, ADMINISTRATORS, SUBJECT_MATTER_EXPERTS)

# Where each role's work is, by URL name, most powerful role first: a person with several
# roles lands where the first of them works. Everyone else (learners) lands on My learning.
LANDINGS = (
    (ADMINISTRATORS, "wagtailadmin_home"),
    (TRAINERS, "wagtailadmin_home"),
    (SUBJECT_MATTER_EXPERTS, "wagtailadmin_home"),
    (CERTIFYING_BODIES, "certificates_admin:index"),
)


# The roles that change what others read or hold — courses, reviews, certificates, members —
# sign in with a second factor (accounts.two_factor; issue 19).
STAFF = (TRAINERS, SUBJECT_MATTER_EXPERTS, CERTIFYING_BODIES, ADMINISTRATORS)


def requires_two_factor(user) -> bool:
    """Whether ``user`` must sign in with a second factor: the staff roles, managers of an
    organisation (they see and confirm members' records), and Django staff and superusers.
    Learners may opt in (then ``two_factor.is_enabled``), but are never required to."""
    if not user.is_authenticated:
        return False
    if user.is_superuser or user.is_staff:
        return True
    if user.groups.filter(name__in=STAFF).exists():
        return True
    return user.managed_organisations.exists()


def landing_url(user) -> str:
    """The page a person lands on after signing in without a ``next``: administrators and
    trainers the admin (trainers find *Courses* there), subject-matter experts the admin's
    dashboard (what awaits their review), certifying bodies the certificate
    register, managers their organisation's members, learners My learning."""
    from django.urls import reverse

    if user.is_superuser:
        return reverse("wagtailadmin_home")
    names = set(user.groups.values_list("name", flat=True))
    for role, url_name in LANDINGS:
        if role in names:
            return reverse(url_name)
    if user.managed_organisations.exists():
        return reverse("organisations:list")
    return reverse("courses:dashboard")


def grant(group_name: str, model, codenames: list[str]) -> None:
    """Give a role these permissions on ``model``, from an app's post_migrate handler.

    Apps' handlers run before auth's own one has created the permissions of a new model,
    hence get_or_create (with Django's default name for the default actions)."""
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    content_type = ContentType.objects.get_for_model(model)
    custom = dict(model._meta.permissions)
    for codename in codenames:
        action = codename.split("_", 1)[0]
        name = custom.get(codename, f"Can {action} {model._meta.verbose_name_raw}")
        permission, _created = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)


def grant_admin_access(group_name: str) -> None:
    """Let a role into the Wagtail admin (its permission exists once wagtailadmin migrated)."""
    from django.contrib.auth.models import Group, Permission

    group = Group.objects.filter(name=group_name).first()
    access = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if group is not None and access is not None:
        group.permissions.add(access)
