"""Create demo content and accounts through the real models and services: the courses (with
their content from ``courses.demo``), quizzes (``quizzes.demo``), requirement sets, accounts
and demo learners' histories. It lives in ``home``, at the top of the layers, because it
builds on every app.

Idempotent: every object is looked up by a stable key (slug, title, e-mail) and left alone if it
exists, so running the command twice changes nothing."""

import io
from datetime import date

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale

from accounts import roles
from accounts.models import User
from certificates.models import Certificate
from courses import review, services
from courses.demo.content import (
    AUDIENCES,
    COURSES,
    INDICATORS,
    INDICATORS_SV,
    ORGANISATIONS,
    TOPICS,
)
from courses.demo.curriculum import COURSES as CURRICULUM
from courses.demo.sources import Cited, Fact
from courses.models import (
    Audience,
    CourseCataloguePage,
    CoursePage,
    CoursePrerequisite,
    LessonPage,
    LessonSource,
    ModulePage,
    ReferenceFact,
    Source,
    Topic,
)
from home.models import HomePage
from organisations.models import Organisation
from quizzes.demo import DemoStory, build_quiz, play_story, seed_consular_quizzes
from quizzes.demo_curriculum import final_assessment
from readiness.models import Requirement, RequirementSet

DEMO_PASSWORD = "frontline-demo-2026"

# A course's content is checked again by this date unless its spec says otherwise
# ("review_by"): a year after the curriculum review of December 2026.
DEMO_REVIEW_BY = date(2027, 12, 1)

DEMO_ACCOUNTS = [
    # e-mail, first, last, group, audience slug, organisation index, is_superuser
    ("learner@example.org", "Anna", "Lindqvist", roles.LEARNERS, "consular-staff", 0, False),
    ("police@example.org", "Jonas", "Berg", roles.LEARNERS, "police", 1, False),
    ("manager@example.org", "Karin", "Sjöberg", roles.LEARNERS, "consular-staff", 0, False),
    ("trainer@example.org", "Sara", "Holm", roles.TRAINERS, None, None, False),
    ("reviewer@example.org", "Lena", "Dahl", roles.SUBJECT_MATTER_EXPERTS, None, None, False),
    ("verifier@example.org", "Erik", "Nyström", roles.CERTIFYING_BODIES, None, 3, False),
    ("admin@example.org", "Maria", "Ek", roles.ADMINISTRATORS, None, None, True),
]

# The consular course's lessons, and those before its module quiz (modules 1 and 2): the stories
# below count in them, so they stay true when lessons are added.
CONSULAR_LESSONS = sum(len(module["lessons"]) for module in COURSES[0]["modules"])
BEFORE_MODULE_QUIZ = sum(len(module["lessons"]) for module in COURSES[0]["modules"][:2])

# Fictional learners (no password: nobody signs in as them) whose last months in the consular
# course fill the trainer's *Course analytics* and *Quiz report*, and Karin's members page:
# e-mail, first, last, audience slug, organisation index, what they did. A quiz attempt is the
# number of its 7 questions answered right, in order. Module quiz (all asked, points as
# authored): 6 → 75 % (pass mark 70), 5 → 67 %, 4 → 50 %, 3 → 33 %. Final assessment (the
# assessed case, 3 points, answered first, then 6 drawn questions of 1 point each): 6 → 89 %
# (pass mark 80), 5 → 78 %, 4 → 67 %.
DEMO_LEARNERS = [
    ("lina.aberg@learners.example.org", "Lina", "Åberg", "consular-staff", 0,
     DemoStory(days_ago=160, lessons=CONSULAR_LESSONS, module_quiz=(7,), final=(6,))),
    ("oleksandr.kovalenko@learners.example.org", "Oleksandr", "Kovalenko", "consular-staff", 0,
     DemoStory(days_ago=125, lessons=CONSULAR_LESSONS, module_quiz=(4, 6), final=(5, 7))),
    ("mikael.strand@learners.example.org", "Mikael", "Strand", "police", 1,
     DemoStory(days_ago=95, lessons=CONSULAR_LESSONS, module_quiz=(6,), final=(4,))),
    ("sofia.lindgren@learners.example.org", "Sofia", "Lindgren", "migration-officers", 2,
     DemoStory(days_ago=60, lessons=BEFORE_MODULE_QUIZ, module_quiz=(3, 5))),
    ("hanna.berglund@learners.example.org", "Hanna", "Berglund", "consular-staff", 0,
     DemoStory(days_ago=25, lessons=2)),
    ("daniel.ost@learners.example.org", "Daniel", "Öst", "police", 1, DemoStory(days_ago=12)),
]  # fmt: skip


class Command(BaseCommand):
    help = "Create the demo catalogue, courses (English and Swedish) and demo accounts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even when DEBUG is off (demo accounts have a published password).",
        )

    def handle(self, *args, allow_production=False, **options):
        if not (settings.DEMO_CONTENT_ALLOWED or allow_production):
            raise CommandError(
                "seed_demo creates accounts with a published password; refusing because "
                "DEMO_CONTENT_ALLOWED is off. Pass --allow-production if you really mean it."
            )
        with transaction.atomic():
            self.english = Locale.objects.get(language_code="en")
            self.swedish = Locale.objects.get(language_code="sv")
            self.seed_taxonomy()
            self.seed_home_text()
            media = self.seed_media()
            media.update(self.seed_reference_facts(COURSES + CURRICULUM))
            courses = {}
            for spec in COURSES + CURRICULUM:
                courses[spec["slug"]] = self.seed_course(spec, media)
            quizzes = seed_consular_quizzes(courses["identifying-victims-consular"], self.translate)
            for spec in CURRICULUM:
                assessment = final_assessment(spec["slug"])
                if assessment is not None:
                    build_quiz(assessment, courses[spec["slug"]], self.translate)
            for spec in COURSES + CURRICULUM:
                for required in spec.get("prerequisites", []):
                    self.link_prerequisite(courses[spec["slug"]], courses[required])
            self.seed_requirement_sets(courses)
            self.seed_review()
            self.seed_accounts(courses, quizzes)
            self.seed_learners_work(courses["identifying-victims-consular"], quizzes)
        self.print_summary()

    # Taxonomy and media -------------------------------------------------------------------
    def seed_taxonomy(self):
        for order, (slug, name, name_sv) in enumerate(AUDIENCES):
            Audience.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_sv": name_sv, "sort_order": order}
            )
        for order, (slug, name, name_sv) in enumerate(TOPICS):
            Topic.objects.get_or_create(
                slug=slug, defaults={"name": name, "name_sv": name_sv, "sort_order": order}
            )
        for name, kind in ORGANISATIONS:
            Organisation.objects.get_or_create(name=name, defaults={"kind": kind})

    def seed_home_text(self):
        intro = {
            "en": "<p>Short online modules on victim identification, the non-punishment "
            "principle and threat and risk assessment, with a record of what you completed.</p>",
            "sv": "<p>Korta webbmoduler om identifiering av offer, principen om "
            "icke-bestraffning och hot- och riskbedömning, med ett intyg om vad du har "
            "genomfört.</p>",
        }
        for home in HomePage.objects.filter(body=""):
            home.body = intro[home.locale.language_code]
            home.save_revision().publish()
        catalogue_intro = {
            "en": "<p>Choose a course for your role. Each course lists its modules, how long it "
            "takes and what you need to finish first.</p>",
            "sv": "<p>Välj en kurs för din yrkesroll. Varje kurs visar moduler, tidsåtgång och "
            "vad du behöver ha gjort innan.</p>",
        }
        for catalogue in CourseCataloguePage.objects.filter(intro=""):
            catalogue.intro = catalogue_intro[catalogue.locale.language_code]
            catalogue.save_revision().publish()

    def seed_media(self):
        """The image and documents the lessons' placeholders stand for, by placeholder: the
        pocket card once in English and once in Swedish, so the Swedish lesson offers a Swedish
        card."""
        Image = get_image_model()
        Document = get_document_model()
        image = Image.objects.filter(title="Support chain diagram").first()
        if image is None:
            image = Image(title="Support chain diagram")
            image.file = ImageFile(io.BytesIO(support_chain_png()), name="support-chain.png")
            image.save()
        cards = {}
        for placeholder, title, filename, language in [
            ("{document}", "Indicator pocket card", "indicator-pocket-card.txt", "en"),
            ("{document_sv}", "Indikatorkort i fickformat", "indikatorkort.txt", "sv"),
        ]:
            document = Document.objects.filter(title=title).first()
            if document is None:
                document = Document(title=title)
                document.file.save(filename, ContentFile(pocket_card_text(language)), save=False)
                document.save()
            cards[placeholder] = document
        return {"{image}": image, **cards}

    # Sources and reference facts ------------------------------------------------------------
    def seed_reference_facts(self, specs):
        """Every reference fact the lessons of ``specs`` show, as snippets, by the demo's
        ``Fact``: found by label and kind if they exist, so a trainer's later edit stays."""
        snippets = {}
        for fact in facts_in(specs):
            if fact in snippets:
                continue
            snippet = ReferenceFact.objects.filter(label=fact.label, kind=fact.kind).first()
            if snippet is None:
                snippet = ReferenceFact.objects.create(
                    label=fact.label,
                    label_sv=fact.label_sv,
                    kind=fact.kind,
                    fact=fact.fact,
                    fact_sv=fact.fact_sv,
                    as_of=fact.as_of,
                    source=self.source(fact.source) if fact.source else None,
                    note=fact.note,
                    note_sv=fact.note_sv,
                )
            snippets[fact] = snippet
        return snippets

    def source(self, cited: Cited) -> Source:
        """The snippet of the work ``cited`` names (one per work, whatever part is cited)."""
        snippet, _created = Source.objects.get_or_create(**cited.work, defaults=cited.details)
        return snippet

    def lesson_sources(self, spec, language: str) -> list[LessonSource]:
        """The lesson's rows of sources in ``language`` ("en" or "sv"): the same works, each
        with its pinpoint in that language. Only the editor's formset numbers an orderable's
        rows, so the seed numbers them: PostgreSQL keeps no insertion order."""
        return [
            LessonSource(
                source=self.source(cited),
                pinpoint=cited.pinpoint_sv if language == "sv" else cited.pinpoint,
                sort_order=order,
            )
            for order, cited in enumerate(spec.get("sources", []))
        ]

    # Pages --------------------------------------------------------------------------------
    def seed_course(self, spec, media):
        catalogue = CourseCataloguePage.objects.get(locale=self.english)
        course = CoursePage.objects.child_of(catalogue).filter(slug=spec["slug"]).first()
        if course is not None:
            return course
        audiences = list(Audience.objects.filter(slug__in=spec["audiences"]))
        topics = list(Topic.objects.filter(slug__in=spec["topics"]))
        course = CoursePage(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            learning_outcomes=[("outcome", text) for text in spec["outcomes"]],
            version_label=spec["version"],
            issues_certificate=spec.get("issues_certificate", True),
            certificate_validity_months=spec.get("certificate_months"),
            review_by=spec.get("review_by") or DEMO_REVIEW_BY,
        )
        course.audiences = audiences
        course.topics = topics
        catalogue.add_child(instance=course)
        course.save_revision().publish()
        swedish_course = self.translate(
            course,
            title=spec["title_sv"],
            slug=spec["slug_sv"],
            summary=spec["summary_sv"],
            learning_outcomes=[("outcome", text) for text in spec["outcomes_sv"]],
        )
        swedish_course.audiences = audiences
        swedish_course.topics = topics
        swedish_course.save_revision().publish()
        for module_spec in spec["modules"]:
            module = ModulePage(
                title=module_spec["title"], slug=module_spec["slug"], summary=module_spec["summary"]
            )
            course.add_child(instance=module)
            module.save_revision().publish()
            self.translate(
                module, title=module_spec["title_sv"], summary=module_spec["summary_sv"]
            ).save_revision().publish()
            for lesson_spec in module_spec["lessons"]:
                lesson = LessonPage(
                    title=lesson_spec["title"],
                    slug=lesson_spec["slug"],
                    body=fill(lesson_spec["body"], media),
                )
                lesson.sources = self.lesson_sources(lesson_spec, "en")
                module.add_child(instance=lesson)
                lesson.save_revision().publish()
                changes = {
                    "title": lesson_spec["title_sv"],
                    "sources": self.lesson_sources(lesson_spec, "sv"),
                }
                if "body_sv" in lesson_spec:
                    changes["body"] = fill(lesson_spec["body_sv"], media)
                self.translate(lesson, **changes).save_revision().publish()
        return course

    def translate(self, page, **changes):
        """The Swedish copy of ``page`` with ``changes`` applied (saved, not yet published)."""
        copy = page.copy_for_translation(self.swedish).specific
        for field, value in changes.items():
            setattr(copy, field, value)
        copy.save()
        return copy

    def link_prerequisite(self, course, required):
        for page in CoursePage.objects.filter(translation_key=course.translation_key):
            if not CoursePrerequisite.objects.filter(
                course=page, required_course=required
            ).exists():
                CoursePrerequisite.objects.create(course=page, required_course=required)

    def seed_requirement_sets(self, courses):
        # The curriculum's sets (../shared/CURRICULUM.md) as far as their courses exist: the
        # consular set is whole; police and prosecutors' first-line courses (P1, P3, PR1) are
        # still to be written, so the border police keep the identification course for now.
        sets = [
            (
                "Consular staff — before visa duty",
                "Konsulär personal — före viseringstjänst",
                "consular-staff",
                [
                    ("trafficking-essentials", "", 30),
                    ("identifying-victims-consular", "2026.1", 30),
                    ("threat-and-risk-assessment", "", 30),
                ],
            ),
            (
                "Border police — first line",
                "Gränspolis — första linjen",
                "police",
                [("identifying-victims-consular", "", 30)],
            ),
            (
                "Migration officers — identification in migration cases",
                "Migrationshandläggare — identifiering i migrationsärenden",
                "migration-officers",
                [
                    ("trafficking-essentials", "", 30),
                    ("identification-in-migration-cases", "", 30),
                    ("non-punishment-principle", "", 30),
                ],
            ),
        ]
        for name, name_sv, audience, requirements in sets:
            if RequirementSet.objects.filter(name=name).exists():
                continue
            requirement_set = RequirementSet.objects.create(
                name=name, name_sv=name_sv, audience=Audience.objects.get(slug=audience)
            )
            for order, (slug, minimum_version, grace_days) in enumerate(requirements):
                Requirement.objects.create(
                    sort_order=order,
                    requirement_set=requirement_set,
                    course=courses[slug],
                    minimum_version=minimum_version,
                    grace_days=grace_days,
                )

    def seed_review(self):
        """The Subject-matter review guards both catalogues (the migration made it; this covers
        a database whose catalogues came later), so the demo reviewer has something to do
        once the demo trainer submits a change."""
        review.review_workflow_ensure()

    # Accounts -----------------------------------------------------------------------------
    def seed_accounts(self, courses, quizzes):
        organisations = list(Organisation.objects.filter(name__in=[n for n, _ in ORGANISATIONS]))
        by_name = {o.name: o for o in organisations}
        created_learner = False
        for email, first, last, group, audience, org_index, superuser in DEMO_ACCOUNTS:
            if User.objects.filter(email=email).exists():
                continue
            user = User.objects.create_user(
                email=email,
                password=DEMO_PASSWORD,
                first_name=first,
                last_name=last,
                audience=Audience.objects.filter(slug=audience).first() if audience else None,
                organisation=by_name.get(ORGANISATIONS[org_index][0])
                if org_index is not None
                else None,
                is_superuser=superuser,
                is_staff=superuser,
            )
            user.groups.add(Group.objects.get(name=group))
            created_learner = created_learner or email == "learner@example.org"
        # Karin manages the embassy: she sees Anna's and her own readiness and invites staff.
        manager = User.objects.filter(email="manager@example.org").first()
        if manager is not None:
            by_name[ORGANISATIONS[0][0]].managers.add(manager)
        if created_learner:
            # Anna has read the consular course's first module, so the dashboard has something
            # to show; done through the services a learner's clicks call.
            anna = User.objects.get(email="learner@example.org")
            course = courses["identifying-victims-consular"]
            services.enrolment_create(anna, course)
            first_lessons = LessonPage.objects.descendant_of(course).live().order_by("path")[:2]
            for lesson in first_lessons:
                services.lesson_complete(anna, lesson)
            # Jonas passed the consular course a month ago, module quiz and final assessment:
            # his certificate is there for the certifying body to verify, and he reads lesson
            # 4 (the au pair case) with its police-only scenario, "At the border".
            jonas = User.objects.get(email="police@example.org")
            play_story(
                jonas,
                courses["identifying-victims-consular"],
                quizzes,
                DemoStory(days_ago=40, lessons=CONSULAR_LESSONS, module_quiz=(7,), final=(7,)),
            )
            # He has also read every lesson of Non-punishment in practice; its final
            # assessment is still ahead of him, so the course is not completed and he holds no
            # certificate of it yet.
            course = courses["non-punishment-principle"]
            services.enrolment_create(jonas, course)
            for lesson in LessonPage.objects.descendant_of(course).live().order_by("path"):
                services.lesson_complete(jonas, lesson)

    def seed_learners_work(self, course, quizzes):
        organisations = {o.name: o for o in Organisation.objects.all()}
        learners = Group.objects.get(name=roles.LEARNERS)
        for email, first, last, audience, org_index, story in DEMO_LEARNERS:
            if User.objects.filter(email=email).exists():
                continue
            user = User.objects.create_user(
                email=email,
                first_name=first,
                last_name=last,
                audience=Audience.objects.get(slug=audience),
                organisation=organisations[ORGANISATIONS[org_index][0]],
            )
            user.groups.add(learners)
            play_story(user, course, quizzes, story)

    def print_summary(self):
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for email, _first, _last, group, *_rest in DEMO_ACCOUNTS:
            self.stdout.write(f"  {group:<22} {email}")
        self.stdout.write("Site: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/")
        for certificate in Certificate.objects.filter(holder__email__endswith="@example.org"):
            self.stdout.write(
                f"Demo certificate {certificate.code} ({certificate.holder_name}): "
                f"http://127.0.0.1:8000/verify/{certificate.code}/"
            )


def facts_in(value):
    """The reference facts (``Fact``) anywhere in ``value``: course specs, bodies, blocks."""
    if isinstance(value, Fact):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from facts_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from facts_in(item)


def fill(body, media):
    """Replace the placeholders (``{image}``, ``{document}``, ``{document_sv}``) and the
    reference facts (``Fact``) in a lesson body with the objects ``media`` maps them to."""

    def resolve(value):
        if isinstance(value, str | Fact) and value in media:
            return media[value]
        if isinstance(value, dict):
            return {key: resolve(item) for key, item in value.items()}
        if isinstance(value, list):
            return [resolve(item) for item in value]
        if isinstance(value, tuple):
            return tuple(resolve(item) for item in value)
        return value

    return [resolve(block) for block in body]


def support_chain_png() -> bytes:
    from PIL import Image, ImageDraw

    steps = ["Identify", "First contact", "Refer", "Support", "Safe future"]
    canvas = Image.new("RGB", (1000, 220), "white")
    draw = ImageDraw.Draw(canvas)
    for index, label in enumerate(steps):
        left = 20 + index * 195
        draw.rounded_rectangle((left, 60, left + 165, 160), radius=14, fill="#0b4f8a")
        draw.text((left + 14, 100), label, fill="white", font_size=22)
        if index < len(steps) - 1:
            draw.polygon([(left + 170, 100), (left + 190, 110), (left + 170, 120)], fill="#1b1f24")
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer.getvalue()


POCKET_CARD = {
    "en": (
        "Frontline Academy — indicator pocket card",
        INDICATORS,
        "Several indicators together: talk to the applicant alone, consult your focal point.",
    ),
    "sv": (
        "Frontline Academy — indikatorkort i fickformat",
        INDICATORS_SV,
        "Flera indikatorer tillsammans: tala med den sökande enskilt, rådfråga er kontaktperson.",
    ),
}


def pocket_card_text(language: str) -> bytes:
    """The indicator pocket card in ``language`` ("en" or "sv"), as UTF-8 text."""
    title, (_kind, checklist), advice = POCKET_CARD[language]
    lines = [title, ""]
    for group in checklist["groups"]:
        lines.append(group["heading"].upper())
        lines.extend(f"  [ ] {item}" for item in group["indicators"])
        lines.append("")
    lines.append(advice)
    return "\n".join(lines).encode()
