"""What an organisation's managers do: see their members' readiness, completion and expiry
dates, export them, and invite colleagues one by one or from a CSV file.

Scoping is the rule everything here keeps: a manager reaches an organisation only through
``managed_organisation`` and members only through that organisation, so another
organisation's people are never loaded, let alone shown."""

from __future__ import annotations

import csv
import hashlib
import io
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage, get_connection
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import (
    CharField,
    Count,
    Exists,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from certificates.models import Certificate
from courses.models import Audience, CoursePage, Enrolment, LessonPage, LessonProgress
from frontline.dates import iso
from frontline.prepared import PreparedQuery
from frontline.site import base_url
from frontline.spreadsheets import csv_text
from frontline.text import printable, text_problem
from readiness.services import (
    EXPIRED,
    VERSION_TOO_OLD,
    Readiness,
    readiness_for,
    required,
    requirement_sets,
)

from .models import Invitation, Organisation

INVITATION_VALID = timedelta(days=14)
MAX_UPLOAD_BYTES = 1_000_000
MAX_UPLOAD_ROWS = 2_000


# Scoping ------------------------------------------------------------------------------------


class OutOfScope(LookupError):
    """What was asked for is beyond the manager's reach: an organisation they do not manage, or
    someone who is not its member. Pages answer as for something that does not exist, so its
    existence is not confirmed either."""


def managed_organisations(user):
    if not user.is_authenticated:
        return Organisation.objects.none()
    return user.managed_organisations.order_by("name")


_ORGANISATION_COLUMNS = [f.attname for f in Organisation._meta.concrete_fields]
# Asked of everyone on *My learning*: built once per connection (frontline.prepared).
_managed_query = PreparedQuery(
    lambda user_id: (
        Organisation.objects.filter(managers=user_id)
        .order_by("name")
        .values_list(*_ORGANISATION_COLUMNS)
    ),
    user_id=get_user_model()._meta.pk,
)


def managed_organisations_list(user) -> list[Organisation]:
    """The organisations ``user`` manages, by name, in one query."""
    if not user.is_authenticated:
        return []
    return [
        Organisation.from_db("default", _ORGANISATION_COLUMNS, row)
        for row in _managed_query(user_id=user.pk)
    ]


def managed_organisation(user, pk) -> Organisation:
    """The organisation if ``user`` manages it; ``OutOfScope`` otherwise."""
    organisation = managed_organisations(user).filter(pk=pk).first()
    if organisation is None:
        raise OutOfScope("No organisation you manage has this number.")
    return organisation


# Members ------------------------------------------------------------------------------------


@dataclass
class CourseProgress:
    """Where a member stands in a course they are enrolled in."""

    title: str
    lessons_done: int
    lessons_total: int
    completed: bool

    @property
    def started(self) -> bool:
        return self.completed or self.lessons_done > 0

    def __str__(self):
        if self.completed:
            return _("%(course)s: completed") % {"course": self.title}
        if not self.started:
            return _("%(course)s: not started") % {"course": self.title}
        return ngettext(
            "%(course)s: %(done)d of %(total)d lesson",
            "%(course)s: %(done)d of %(total)d lessons",
            self.lessons_total,
        ) % {"course": self.title, "done": self.lessons_done, "total": self.lessons_total}


@dataclass
class MemberRow:
    member: object
    readiness: list[Readiness]
    courses: list[CourseProgress] = field(default_factory=list)
    certificates: list[Certificate] = field(default_factory=list)
    #: Required courses' titles in the reader's language, by translation key.
    course_titles: dict = field(default_factory=dict)

    @property
    def readiness_shortfalls(self) -> list[tuple[Readiness, list[str]]]:
        return [
            (readiness, shortfalls(readiness, self.course_titles)) for readiness in self.readiness
        ]

    @property
    def enrolled(self) -> int:
        return len(self.courses)

    @property
    def completed(self) -> int:
        return sum(1 for course in self.courses if course.completed)

    @property
    def is_ready(self) -> bool | None:
        """None when no required set applies to the member's role: a recommended path
        (judges') makes nobody ready or not ready (decision 0015)."""
        duty = required(self.readiness)
        return all(r.is_ready for r in duty) if duty else None

    @property
    def next_expiry(self) -> datetime | None:
        dates = [c.expires_at for c in self.certificates if c.expires_at]
        return min(dates) if dates else None


@dataclass
class MemberFilters:
    search: str = ""
    audience: Audience | None = None
    readiness: str = ""  # "ready", "not_ready" or ""
    expiring_within: int | None = None  # days
    course_key: str = ""


def _course_progress(organisation: Organisation) -> dict[int, list[CourseProgress]]:
    """Each member's courses, with lessons done of the lessons for their role, in two queries:
    the enrolments (with the title in the active language and the lessons done counted in the
    database) and the lessons of those courses with their audiences."""
    lessons_done = (
        LessonProgress.objects.filter(
            user=OuterRef("user"), course_key=OuterRef("course_key"), completed_at__isnull=False
        )
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    title_here = (
        CoursePage.objects.live()
        .filter(
            translation_key=OuterRef("course_key"),
            locale__language_code=translation.get_language(),
        )
        .values("title")[:1]
    )
    enrolments = list(
        Enrolment.objects.filter(user__organisation=organisation)
        .annotate(done=Coalesce(Subquery(lessons_done), 0), title_here=Subquery(title_here))
        .values(
            "user_id",
            "user__audience__slug",
            "course__path",
            "course__title",
            "title_here",
            "done",
            "completed_at",
        )
        .order_by("user_id", "enrolled_at")
    )
    # Lessons (with their audiences) under the courses members are enrolled in.
    steplen = CoursePage.steplen
    enrolled_here = (
        Enrolment.objects.filter(user__organisation=organisation)
        .annotate(lesson_path=ExpressionWrapper(OuterRef("path"), output_field=CharField()))
        .filter(lesson_path__startswith=F("course__path"))
    )
    audiences_by_lesson: dict[str, set] = {}
    for path, slug in (
        LessonPage.objects.live()
        .filter(Exists(enrolled_here))
        .values_list("path", "audiences__slug")
    ):
        audiences_by_lesson.setdefault(path, set()).update([slug] if slug else [])
    lessons_by_course: dict[str, list[set]] = {}
    for path, slugs in audiences_by_lesson.items():
        lessons_by_course.setdefault(path[: -2 * steplen], []).append(slugs)

    progress: dict[int, list[CourseProgress]] = {}
    for row in enrolments:
        slug = row["user__audience__slug"]
        # As LessonPage.is_for: a lesson for no audience in particular is for everyone, and
        # a member without a role takes every lesson.
        total = sum(
            1
            for slugs in lessons_by_course.get(row["course__path"], [])
            if not slugs or slug is None or slug in slugs
        )
        progress.setdefault(row["user_id"], []).append(
            CourseProgress(
                title=row["title_here"] or row["course__title"],
                lessons_done=min(row["done"], total),
                lessons_total=total,
                completed=row["completed_at"] is not None,
            )
        )
    return progress


def member_rows(organisation: Organisation, filters: MemberFilters, now=None) -> list[MemberRow]:
    """The organisation's members with their readiness, progress per course and valid
    certificates, in eight queries however many members, sets and certificates there are."""
    now = now or timezone.now()
    members = organisation.members.select_related("audience").order_by(
        "last_name", "first_name", "email"
    )
    if filters.search:
        words = filters.search.split()
        for word in words:
            members = members.filter(
                Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
                | Q(email__icontains=word)
            )
    if filters.audience is not None:
        members = members.filter(audience=filters.audience)
    if filters.course_key:
        members = members.filter(enrolments__course_key=filters.course_key)
    members = list(members)
    if not members:
        return []
    sets = requirement_sets()
    certificates: dict[int, list[Certificate]] = {}
    # Expired ones too: a requirement may still hold within its grace period.
    for certificate in Certificate.objects.filter(
        holder__organisation=organisation,
        status__in=[Certificate.Status.VALID, Certificate.Status.EXPIRED],
    ).order_by("expires_at"):
        certificates.setdefault(certificate.holder_id, []).append(certificate)
    progress = _course_progress(organisation)
    titles = _titles_here(sets)
    rows = []
    for member in members:
        held = certificates.get(member.pk, [])
        current = [c for c in held if c.status_on(now) == Certificate.Status.VALID]
        rows.append(
            MemberRow(
                member,
                readiness_for(member, now, sets=sets, certificates=held),
                progress.get(member.pk, []),
                current,
                titles,
            )
        )
    if filters.readiness == "ready":
        rows = [row for row in rows if row.is_ready]
    elif filters.readiness == "not_ready":
        rows = [row for row in rows if row.is_ready is False]
    if filters.expiring_within:
        horizon = now + timedelta(days=filters.expiring_within)
        rows = [row for row in rows if row.next_expiry and row.next_expiry <= horizon]
    return rows


SHORTFALLS = {
    EXPIRED: gettext_lazy("Expired: %(course)s"),
    VERSION_TOO_OLD: gettext_lazy("Version too old: %(course)s"),
}


def _titles_here(sets) -> dict:
    """The title of each required course in the active language, by translation key (one
    query): a requirement names the English course, and a Swedish members page says
    "Saknas: Att identifiera offer …", not the English title."""
    keys = {
        requirement.course.translation_key
        for requirement_set in sets
        for requirement in requirement_set.requirements.all()
    }
    if not keys:
        return {}
    return dict(
        CoursePage.objects.live()
        .filter(translation_key__in=keys, locale__language_code=translation.get_language())
        .values_list("translation_key", "title")
    )


def shortfalls(readiness: Readiness, titles: dict | None = None) -> list[str]:
    """What keeps a member from being ready, each named as what it is: "Missing:
    Non-punishment in practice", "Expired: …", "Version too old: …" — with the course's title
    from ``titles`` (by translation key, the reader's language) where it has one there."""
    titles = titles or {}
    return [
        str(SHORTFALLS.get(item.status, _("Missing: %(course)s")))
        % {
            "course": titles.get(
                item.requirement.course.translation_key, item.requirement.course.title
            )
        }
        for item in readiness.missing
    ]


def _readiness_text(readiness: Readiness, titles: dict | None = None) -> str:
    if readiness.is_recommended:
        return f"{readiness.requirement_set.label}: " + _(
            "recommended path, %(done)d of %(total)d done"
        ) % {"done": readiness.done, "total": readiness.total}
    if readiness.is_ready:
        return f"{readiness.requirement_set.label}: {_('ready')}"
    missing = "; ".join(shortfalls(readiness, titles))
    return f"{readiness.requirement_set.label}: {_('not ready')} ({missing})"


MEMBER_COLUMNS = [
    gettext_lazy("Name"),
    gettext_lazy("E-mail address"),
    gettext_lazy("Role"),
    gettext_lazy("Readiness"),
    gettext_lazy("Courses enrolled"),
    gettext_lazy("Courses completed"),
    gettext_lazy("Valid certificates"),
    gettext_lazy("Next expiry"),
    gettext_lazy("Progress"),
]


def members_csv(rows: list[MemberRow]) -> str:
    language = translation.get_language()
    return csv_text(
        [
            MEMBER_COLUMNS,
            *(
                [
                    row.member.get_full_name(),
                    row.member.email,
                    row.member.audience.label if row.member.audience_id else "",
                    "; ".join(_readiness_text(r, row.course_titles) for r in row.readiness),
                    row.enrolled,
                    row.completed,
                    "; ".join(
                        f"{c.title_in(language)} {c.code}"
                        + (
                            f" ({iso(timezone.localtime(c.expires_at).date())})"
                            if c.expires_at
                            else ""
                        )
                        for c in row.certificates
                    ),
                    row.next_expiry,
                    "; ".join(str(course) for course in row.courses),
                ]
                for row in rows
            ),
        ]
    )


# Invitations ----------------------------------------------------------------------------------


class InvitationError(Exception):
    """An invitation cannot be made or accepted; the message says why, for the person."""


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def invitation_url(token: str) -> str:
    return base_url() + reverse("organisations:invitation", args=[token])


def open_invitations(organisation: Organisation, now=None):
    return organisation.invitations.open(now)


def _problem(organisation: Organisation, email: str, now) -> str | None:
    User = get_user_model()
    if User.objects.filter(email__iexact=email, organisation=organisation).exists():
        return _("%(email)s is already a member of %(organisation)s.") % {
            "email": email,
            "organisation": organisation.name,
        }
    if open_invitations(organisation, now).filter(email__iexact=email).exists():
        return _("%(email)s already has an open invitation to %(organisation)s.") % {
            "email": email,
            "organisation": organisation.name,
        }
    return None


def _send(invitations_with_tokens: list[tuple[Invitation, str]], manager) -> None:
    """E-mail each invitation its one-time link, in the manager's language, after commit."""
    language = translation.get_language()

    def send():
        with translation.override(language):
            messages = [
                EmailMessage(
                    _("Invitation to Frontline Academy from %(organisation)s")
                    % {"organisation": invitation.organisation.name},
                    render_to_string(
                        "organisations/invitation_email.txt",
                        {
                            "invitation": invitation,
                            "url": invitation_url(token),
                            "manager": manager,
                        },
                    ),
                    settings.DEFAULT_FROM_EMAIL,
                    [invitation.email],
                )
                for invitation, token in invitations_with_tokens
            ]
        get_connection().send_messages(messages)

    transaction.on_commit(send)


def _new_invitation(organisation, email, first_name, last_name, audience, by, now):
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organisation=organisation,
        email=email,
        first_name=first_name,
        last_name=last_name,
        audience=audience,
        token_hash=_hash(token),
        invited_by=by,
        created_at=now,
        expires_at=now + INVITATION_VALID,
    )
    return invitation, token


@transaction.atomic
def invitation_create(
    organisation: Organisation, by, email: str, first_name="", last_name="", audience=None
) -> Invitation:
    now = timezone.now()
    email = email.strip().lower()
    try:
        validate_email(email)
    except ValidationError as error:
        raise InvitationError(_("“%(email)s” is not an e-mail address.") % {"email": email}) from (
            error
        )
    problem = _problem(organisation, email, now)
    if problem:
        raise InvitationError(problem)
    invitation, token = _new_invitation(
        organisation, email, first_name.strip(), last_name.strip(), audience, by, now
    )
    _send([(invitation, token)], by)
    return invitation


def invitation_cancel(invitation: Invitation) -> None:
    if invitation.accepted_at is None and invitation.cancelled_at is None:
        invitation.cancelled_at = timezone.now()
        invitation.save(update_fields=["cancelled_at"])


# Bulk invitations from a CSV file -------------------------------------------------------------

COLUMNS = {
    "email": "email",
    "e-mail": "email",
    "e-post": "email",
    "epost": "email",
    "first_name": "first_name",
    "first name": "first_name",
    "förnamn": "first_name",
    "last_name": "last_name",
    "last name": "last_name",
    "efternamn": "last_name",
    "organisation": "organisation",
    "organization": "organisation",
    "role": "role",
    "roll": "role",
}


# The longest text each column can hold (what is stored, or the name looked up).
CELL_MAX_LENGTHS = {
    "email": Invitation._meta.get_field("email").max_length,
    "first_name": Invitation._meta.get_field("first_name").max_length,
    "last_name": Invitation._meta.get_field("last_name").max_length,
    "organisation": Organisation._meta.get_field("name").max_length,
    "role": Audience._meta.get_field("name").max_length,
}


@dataclass
class RowProblem:
    line: int
    email: str
    message: str


@dataclass
class ImportReport:
    rows: int = 0
    invited: list[Invitation] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _read_rows(data: bytes) -> tuple[list[dict], list[RowProblem]]:
    if len(data) > MAX_UPLOAD_BYTES:
        return [], [RowProblem(0, "", _("The file is larger than 1 MB."))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [RowProblem(0, "", _("The file is not UTF-8 text; save it as CSV UTF-8."))]
    lines = text.splitlines()
    try:
        dialect = csv.Sniffer().sniff(lines[0] if lines else "", delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    # newline="": lines may end in CR LF, LF or CR alone (old Mac exports), as csv expects.
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = next(reader, None)
        if not header:
            return [], [RowProblem(0, "", _("The file is empty."))]
        names = [COLUMNS.get(cell.strip().lower()) for cell in header]
        if "email" not in names:
            return [], [
                RowProblem(
                    1, "", _("The first line must name the columns; an “email” column is required.")
                )
            ]
        rows, problems = [], []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue
            row = {"line": reader.line_num}
            for name, heading, cell in zip(names, header, cells, strict=False):
                if name:
                    row[name], problem = _cell(cell.strip(), name, heading.strip())
                    if problem:
                        problems.append(RowProblem(reader.line_num, "", problem))
            rows.append(row)
    except csv.Error:
        # A cell over the csv module's limit (131,072 characters), which no column allows.
        return [], [
            RowProblem(
                reader.line_num,
                "",
                _("This line cannot be read: a cell is far longer than any column allows."),
            )
        ]
    if len(rows) > MAX_UPLOAD_ROWS:
        return [], [RowProblem(0, "", _("At most %(n)d people per file.") % {"n": MAX_UPLOAD_ROWS})]
    return rows, problems


def _cell(value: str, name: str, heading: str) -> tuple[str, str | None]:
    """The cell, and what is wrong with it for its column (a NUL, too long); a bad cell is
    made printable so that the rest of the row can still be checked and reported."""
    problem = text_problem(value, CELL_MAX_LENGTHS[name])
    if problem is None:
        return value, None
    return printable(value, CELL_MAX_LENGTHS[name]), _("Column “%(column)s”: %(problem)s") % {
        "column": printable(heading, 40),
        "problem": problem,
    }


def _role_lookup() -> dict[str, Audience]:
    lookup = {}
    for audience in Audience.objects.all():
        for name in (audience.slug, audience.name, audience.name_sv):
            if name:
                lookup[name.strip().lower()] = audience
    return lookup


def invitations_import(manager, organisation: Organisation, data: bytes) -> ImportReport:
    """Invite everyone in the file, or nobody: every row is checked first (e-mail address,
    duplicates in the file, already a member or invited, organisation among those the manager
    manages, role) and one problem anywhere means nothing is created."""
    rows, problems = _read_rows(data)
    report = ImportReport(rows=len(rows), problems=problems)
    if problems and not rows:
        return report
    now = timezone.now()
    managed = {o.name.strip().lower(): o for o in managed_organisations(manager)}
    roles = _role_lookup()
    User = get_user_model()
    emails = {row.get("email", "").lower() for row in rows}
    members = {
        (email.lower(), org_id)
        for email, org_id in User.objects.filter(email__in=emails).values_list(
            "email", "organisation_id"
        )
    }
    invited = {
        (email.lower(), org_id)
        for email, org_id in Invitation.objects.open(now)
        .filter(email__in=emails)
        .values_list("email", "organisation_id")
    }
    seen: dict[str, int] = {}
    accepted = []
    for row in rows:
        line, email = row["line"], row.get("email", "").lower()
        row_problems = []
        try:
            validate_email(email)
        except ValidationError:
            row_problems.append(
                _("“%(email)s” is not an e-mail address.") % {"email": email}
                if email
                else _("The e-mail address is missing.")
            )
        if email and email in seen:
            row_problems.append(_("The same address is on line %(line)d.") % {"line": seen[email]})
        seen.setdefault(email, line)
        org_name = row.get("organisation", "")
        target = managed.get(org_name.lower()) if org_name else organisation
        if target is None:
            row_problems.append(
                _("Unknown organisation “%(name)s” (you can invite only to those you manage).")
                % {"name": org_name}
            )
        role_name = row.get("role", "")
        audience = roles.get(role_name.lower()) if role_name else None
        if role_name and audience is None:
            row_problems.append(_("Unknown role “%(role)s”.") % {"role": role_name})
        if target is not None and (email, target.pk) in members:
            row_problems.append(_("Already a member of %(name)s.") % {"name": target.name})
        elif target is not None and (email, target.pk) in invited:
            row_problems.append(_("Already invited to %(name)s.") % {"name": target.name})
        for message in row_problems:
            report.problems.append(RowProblem(line, email, message))
        if not row_problems:
            accepted.append((row, target, audience))
    if report.problems:
        report.problems.sort(key=lambda problem: problem.line)
        return report
    with transaction.atomic():
        made = [
            _new_invitation(
                target,
                row["email"].lower(),
                row.get("first_name", ""),
                row.get("last_name", ""),
                audience,
                manager,
                now,
            )
            for row, target, audience in accepted
        ]
        _send(made, manager)
    report.invited = [invitation for invitation, _token in made]
    return report


# Accepting ------------------------------------------------------------------------------------


def invitation_for_token(token: str) -> Invitation | None:
    return (
        Invitation.objects.select_related("organisation", "audience")
        .filter(token_hash=_hash(token))
        .first()
    )


def invitation_refusal(invitation: Invitation | None, now=None) -> str | None:
    """Why this link cannot be used (any more), or None."""
    now = now or timezone.now()
    if invitation is None:
        return _("This invitation link is not valid. Check that you copied all of it.")
    if invitation.accepted_at is not None:
        return _("This invitation has already been used. Sign in to continue.")
    if invitation.cancelled_at is not None:
        return _("This invitation was cancelled by the organisation.")
    if invitation.expires_at <= now:
        return _("This invitation has expired. Ask your manager to invite you again.")
    return None


@transaction.atomic
def invitation_accept(invitation: Invitation, user) -> None:
    """``user`` joins the invitation's organisation; the link works once."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    refusal = invitation_refusal(invitation)
    if refusal:
        raise InvitationError(refusal)
    if user.email.lower() != invitation.email.lower():
        raise InvitationError(
            _("This invitation is for %(email)s. Sign in with that address to accept it.")
            % {"email": invitation.email}
        )
    user.organisation = invitation.organisation
    user.organisation_source = user.OrganisationSource.INVITATION
    fields = ["organisation", "organisation_source"]
    if user.audience_id is None and invitation.audience_id is not None:
        user.audience = invitation.audience
        fields.append("audience")
    user.save(update_fields=fields)
    invitation.accepted_at = timezone.now()
    invitation.accepted_by = user
    invitation.save(update_fields=["accepted_at", "accepted_by"])


# Membership -----------------------------------------------------------------------------------


def _member(organisation: Organisation, member_id: int):
    """A member of ``organisation``; ``OutOfScope`` for anyone else (scoping, as everywhere
    here)."""
    member = organisation.members.filter(pk=member_id).first()
    if member is None:
        raise OutOfScope("No member of this organisation has this number.")
    return member


def member_remove(organisation: Organisation, member_id: int):
    """The member leaves ``organisation`` (a manager's decision); returns them (``OutOfScope``
    if they are not its member)."""
    member = _member(organisation, member_id)
    member.organisation = None
    member.organisation_source = member.OrganisationSource.STAFF
    member.save(update_fields=["organisation", "organisation_source"])
    return member


def member_confirm(organisation: Organisation, member_id: int):
    """A manager confirms a membership the member chose themselves (before memberships were
    verified); it is then printed on their readiness statements. Returns the member
    (``OutOfScope`` if they are not its member)."""
    member = _member(organisation, member_id)
    if not member.membership_confirmed:
        member.organisation_source = member.OrganisationSource.STAFF
        member.save(update_fields=["organisation_source"])
    return member
