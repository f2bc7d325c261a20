"""Create demo content and accounts through the real models and services: the courses (with
their content from ``courses.demo``), quizzes (``quizzes.demo``), requirement sets, accounts
and demo learners' histories. It lives in ``home``, at the top of the layers, because it
builds on every app.

Idempotent: every object is looked up by a stable key (slug, title, e-mail) and left alone if it
exists, so running the command twice changes nothing."""

import io
from collections import defaultdict
from contextlib import contextmanager
from datetime import date

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models.signals import post_save

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from modelsearch import index as search_index
from modelsearch import signal_handlers as search_signals

from accounts import roles, two_factor
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
from quizzes.demo_stories import CRITICAL, MISS, CourseStory, Fail, Try, play_course
from readiness.models import Requirement, RequirementSet

DEMO_PASSWORD = "frontline-demo-2026"
# Staff sign in with a second step (accounts.two_factor). The demo's staff accounts share one
# authenticator secret, published like the password (README, "Demo accounts"): add it to any
# authenticator app once, by the key or the URI, and it gives the code for all of them. The
# base32 key is what apps take; the hex is how django-otp stores it (the same 20 bytes).
DEMO_AUTHENTICATOR_KEY = "MZZG63TUNRUW4ZJNMRSW23ZNGJTGCIJB"
DEMO_AUTHENTICATOR_HEX = "66726f6e746c696e652d64656d6f2d3266612121"

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


# Demo organisations beyond those of ``courses.demo.content`` (whose members are the
# consular, police and migration learners): a prosecution office and a court, for the
# prosecutors and judges below.
JUSTICE_ORGANISATIONS = [
    ("Prosecution Office, Gothenburg (demo)", Organisation.Kind.COURT),
    ("District Court, Gothenburg (demo)", Organisation.Kind.COURT),
]

# Fictional learners of each audience working through their readiness set's courses (no
# password), so each role's *My learning*, its managers' members page and the trainer's
# analytics and quiz reports of the curriculum courses have believable stories: one ready (or,
# for judges, through the recommended path) after a final assessment failed once, one
# part-way, one not started; kept few, as seed_demo runs in many tests. E-mail, first, last,
# audience, organisation, and per course (slug, CourseStory); a course not on the catalogue
# yet is skipped and played by the seed that finds it there. ``Try(wrong, case)``: a pass
# with up to ``wrong`` pooled questions missed and the branching case walked well, with a safe
# miss (MISS) or into a critical error (CRITICAL: a fail whatever the score); ``Fail(wrong,
# case)``: a fail on the score.
K0, NP = "trafficking-essentials", "non-punishment-principle"
M1 = "identification-in-migration-cases"
P1, P2, P3 = "first-response", "victim-centred-interviewing", "threat-and-risk-in-investigations"
PR1, J1 = "prosecuting-trafficking", "trafficking-law-in-court"
POLICE, MIGRATION = "Police Region Stockholm (demo)", "Migration Agency, Malmö office (demo)"
PROSECUTION, COURT = (name for name, _kind in JUSTICE_ORGANISATIONS)
CURRICULUM_LEARNERS = [
    # Police — first line: K0 + P1 + P3 + NP.
    ("amir.haddad@learners.example.org", "Amir", "Haddad", "police", POLICE,
     [(K0, CourseStory(170, final=(Try(1, CRITICAL), Try(1)))),
      (P1, CourseStory(140, final=(Try(),))), (P3, CourseStory(115, final=(Try(1),))),
      (NP, CourseStory(90, final=(Fail(2), Try(1))))]),
    ("petra.nilsson@learners.example.org", "Petra", "Nilsson", "police", POLICE,
     [(K0, CourseStory(75, final=(Try(1),))), (NP, CourseStory(30, lessons=3))]),
    ("viktor.lund@learners.example.org", "Viktor", "Lund", "police", POLICE,
     [(K0, CourseStory(3, lessons=0))]),
    # Migration officers: K0 + M1 + P2 + NP.
    ("leila.ahmadi@learners.example.org", "Leila", "Ahmadi", "migration-officers", MIGRATION,
     [(K0, CourseStory(165, final=(Try(),))),
      (M1, CourseStory(135, final=(Fail(2, MISS), Try(1)))),
      (P2, CourseStory(100, final=(Try(),))), (NP, CourseStory(70, final=(Try(1),)))]),
    ("johan.wikstrom@learners.example.org", "Johan", "Wikström", "migration-officers",
     MIGRATION,
     [(K0, CourseStory(120, final=(Try(1),))), (M1, CourseStory(85, final=(Try(2),))),
      (NP, CourseStory(40, lessons=4))]),
    ("aino.korhonen@learners.example.org", "Aino", "Korhonen", "migration-officers", MIGRATION,
     [(M1, CourseStory(45, final=(Fail(3),)))]),
    ("gustav.lind@learners.example.org", "Gustav", "Lind", "migration-officers", MIGRATION,
     [(K0, CourseStory(5, lessons=0))]),
    # Prosecutors: K0 + PR1 + NP.
    ("ingrid.falk@learners.example.org", "Ingrid", "Falk", "prosecutors", PROSECUTION,
     [(K0, CourseStory(150, final=(Try(),))), (PR1, CourseStory(115, final=(Try(1),))),
      (NP, CourseStory(65, final=(Fail(1, MISS), Fail(3), Try(1))))]),
    ("tobias.rahman@learners.example.org", "Tobias", "Rahman", "prosecutors", PROSECUTION,
     [(K0, CourseStory(100, final=(Try(0, CRITICAL), Try(0)))),
      (NP, CourseStory(25, lessons=2))]),
    ("nils.hedlund@learners.example.org", "Nils", "Hedlund", "prosecutors", PROSECUTION,
     [(K0, CourseStory(2, lessons=0))]),
    # Judges — recommended path: K0 + J1 + NP (decision 0015).
    ("eva.lindahl@learners.example.org", "Eva", "Lindahl", "judges", COURT,
     [(K0, CourseStory(155, final=(Fail(2), Try(1)))), (J1, CourseStory(120, final=(Try(),))),
      (NP, CourseStory(85, final=(Try(2),)))]),
    ("karl.bergstrom@learners.example.org", "Karl", "Bergström", "judges", COURT,
     [(K0, CourseStory(40, lessons=3))]),
    ("sanna.oberg@learners.example.org", "Sanna", "Öberg", "judges", COURT,
     [(K0, CourseStory(4, lessons=0))]),
]  # fmt: skip


# The curriculum's readiness sets (../shared/CURRICULUM.md): name, Swedish name, audience,
# recommended (a path, not a condition of duty: decision 0015), and the courses in order as
# (slug, minimum version, grace days). A course not on the catalogue yet is added by the seed
# that finds it there. K0 trafficking-essentials, C1 identifying-victims-consular, C2
# threat-and-risk-assessment, NP non-punishment-principle, M1 identification-in-migration-cases,
# P1 first-response, P2 victim-centred-interviewing, P3 threat-and-risk-in-investigations,
# PR1 prosecuting-trafficking, J1 trafficking-law-in-court.
REQUIREMENT_SETS = [
    ("Consular staff — before visa duty", "Konsulär personal — före viseringstjänst",
     "consular-staff", False,
     [("trafficking-essentials", "", 30), ("identifying-victims-consular", "2026.1", 30),
      ("threat-and-risk-assessment", "", 30)]),
    ("Police — first line", "Polis — första linjen", "police", False,
     [("trafficking-essentials", "", 30), ("first-response", "", 30),
      ("threat-and-risk-in-investigations", "", 30), ("non-punishment-principle", "", 30)]),
    ("Migration officers — identification in migration cases",
     "Migrationshandläggare — identifiering i migrationsärenden", "migration-officers", False,
     [("trafficking-essentials", "", 30), ("identification-in-migration-cases", "", 30),
      ("victim-centred-interviewing", "", 30), ("non-punishment-principle", "", 30)]),
    ("Prosecutors — trafficking and exploitation cases",
     "Åklagare — mål om människohandel och exploatering", "prosecutors", False,
     [("trafficking-essentials", "", 30), ("prosecuting-trafficking", "", 30),
      ("non-punishment-principle", "", 30)]),
    ("Judges — recommended path", "Domare — rekommenderad utbildningsväg", "judges", True,
     [("trafficking-essentials", "", 0), ("trafficking-law-in-court", "", 0),
      ("non-punishment-principle", "", 0)]),
]  # fmt: skip

# The set seeded before the curriculum's police set: (old name, new name, new Swedish name).
RENAMED_SET = ("Border police — first line", "Police — first line", "Polis — första linjen")


class Command(BaseCommand):
    help = "Create the demo catalogue, courses (English and Swedish) and demo accounts."

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-production",
            action="store_true",
            help="Seed even when DEBUG is off (demo accounts have a published password).",
        )
        parser.add_argument(
            "--course",
            action="append",
            dest="only",
            metavar="SLUG",
            choices=[spec["slug"] for spec in COURSES + CURRICULUM],
            help="Seed this course (repeatable) and the consular identification course, whose "
            "quizzes the demo accounts' stories are played in, and no other: a quicker demo "
            "for browser tests. The sets hold the courses seeded; a later seed adds the rest.",
        )

    def handle(self, *args, allow_production=False, only=None, **options):
        if not (settings.DEMO_CONTENT_ALLOWED or allow_production):
            raise CommandError(
                "seed_demo creates accounts with a published password; refusing because "
                "DEMO_CONTENT_ALLOWED is off. Pass --allow-production if you really mean it."
            )
        with transaction.atomic(), indexing_deferred():
            self.english = Locale.objects.get(language_code="en")
            self.swedish = Locale.objects.get(language_code="sv")
            self.seed_taxonomy()
            self.seed_home_text()
            media = self.seed_media()
            specs = [
                spec
                for spec in COURSES + CURRICULUM
                if not only or spec["slug"] in {*only, "identifying-victims-consular"}
            ]
            media.update(self.seed_reference_facts(specs))
            courses = {}
            for spec in specs:
                courses[spec["slug"]] = self.seed_course(spec, media)
            quizzes = seed_consular_quizzes(courses["identifying-victims-consular"], self.translate)
            for spec in specs:
                assessment = final_assessment(spec["slug"])
                if assessment is not None:
                    build_quiz(assessment, courses[spec["slug"]], self.translate)
            for spec in specs:
                for required in spec.get("prerequisites", []):
                    if required in courses:
                        self.link_prerequisite(courses[spec["slug"]], courses[required])
            self.seed_requirement_sets(courses)
            self.seed_review()
            self.seed_accounts(courses, quizzes)
            self.seed_learners_work(courses["identifying-victims-consular"], quizzes)
            self.seed_curriculum_learners(courses)
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
        for name, kind in ORGANISATIONS + JUSTICE_ORGANISATIONS:
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
        """The curriculum's readiness sets (../shared/CURRICULUM.md), each with its courses as
        far as they exist: a set is found by name and each requirement by course (get or
        create, in the set's order), so a later seed adds a course that has arrived and never
        duplicates one. The judges' set is a recommended path (decision 0015)."""
        renamed = RequirementSet.objects.filter(name=RENAMED_SET[0]).first()
        if renamed is not None and not RequirementSet.objects.filter(name=RENAMED_SET[1]).exists():
            self.police_set_from_border_police(renamed)
        for name, name_sv, audience, recommended, requirements in REQUIREMENT_SETS:
            requirement_set, _created = RequirementSet.objects.get_or_create(
                name=name,
                defaults={
                    "name_sv": name_sv,
                    "audience": Audience.objects.get(slug=audience),
                    "recommended": recommended,
                },
            )
            rows = {row.course.translation_key: row for row in requirement_set.requirements.all()}
            for order, (slug, minimum_version, grace_days) in enumerate(requirements):
                course = courses.get(slug)
                if course is None:  # not written yet: a later seed adds it
                    continue
                row = rows.get(course.translation_key)
                if row is None:
                    Requirement.objects.create(
                        sort_order=order,
                        requirement_set=requirement_set,
                        course=course,
                        minimum_version=minimum_version,
                        grace_days=grace_days,
                    )
                elif row.sort_order != order:  # a course arrived before it
                    row.sort_order = order
                    row.save(update_fields=["sort_order"])

    def police_set_from_border_police(self, requirement_set):
        """A database seeded before the curriculum's police set has "Border police — first
        line", which required the consular identification course only: it becomes the police
        set (its statements keep the name they were printed with). Its old row goes only if
        it is still the seeded one; a trainer's rows stay."""
        requirement_set.name, requirement_set.name_sv = RENAMED_SET[1], RENAMED_SET[2]
        requirement_set.save(update_fields=["name", "name_sv"])
        requirement_set.requirements.filter(
            course__slug="identifying-victims-consular", minimum_version="", grace_days=30
        ).delete()

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
        for email, *_rest in DEMO_ACCOUNTS:
            user = User.objects.filter(email=email).first()
            if user is not None and roles.requires_two_factor(user):
                two_factor.authenticator_add(user, DEMO_AUTHENTICATOR_HEX, "Demo authenticator")
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
            # (Not on a seed of the consular course alone.)
            course = courses.get("non-punishment-principle")
            if course is not None:
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

    def seed_curriculum_learners(self, courses):
        """The learners of ``CURRICULUM_LEARNERS``, each created once with their stories played
        through the services; a course that has arrived since is played for them on a later
        seed (as long as they are not enrolled in it yet)."""
        organisations = {o.name: o for o in Organisation.objects.all()}
        audiences = {a.slug: a for a in Audience.objects.all()}
        learners = Group.objects.get(name=roles.LEARNERS)
        for email, first, last, audience, organisation, stories in CURRICULUM_LEARNERS:
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User.objects.create_user(
                    email=email,
                    first_name=first,
                    last_name=last,
                    audience=audiences[audience],
                    organisation=organisations[organisation],
                )
                user.groups.add(learners)
            enrolled = set(user.enrolments.values_list("course_key", flat=True))
            for slug, story in stories:
                course = courses.get(slug)
                if course is not None and course.translation_key not in enrolled:
                    play_course(user, course, story)

    def print_summary(self):
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(f"Demo accounts (password for all: {DEMO_PASSWORD}):")
        for email, _first, _last, group, *_rest in DEMO_ACCOUNTS:
            self.stdout.write(f"  {group:<22} {email}")
        self.stdout.write(
            "Staff (trainer, reviewer, verifier, manager, admin) then enter a code from an "
            f"authenticator app holding the demo key {DEMO_AUTHENTICATOR_KEY} "
            "(no phone at hand: python manage.py demo_code prints the current code)."
        )
        self.stdout.write("Site: http://127.0.0.1:8000/   Admin: http://127.0.0.1:8000/admin/")
        for certificate in Certificate.objects.filter(holder__email__endswith="@example.org"):
            self.stdout.write(
                f"Demo certificate {certificate.code} ({certificate.holder_name}): "
                f"http://127.0.0.1:8000/verify/{certificate.code}/"
            )


@contextmanager
def indexing_deferred():
    """Seeding saves each page several times (created, revised, published, translated) and
    Wagtail re-indexes its references and search text at every save: that was half of the
    seeding time. Index each saved object once, at the end, inside the seeding transaction."""
    referencing = set(ReferenceIndex.tracked_models)
    searched = {
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    }
    saved = defaultdict(set)

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[sender].add(instance.pk)

    for model in searched:
        post_save.disconnect(search_signals.post_save_signal_handler, sender=model)
    for model in referencing | searched:
        post_save.connect(remember, sender=model, dispatch_uid="seed-demo-saved")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in referencing | searched:
            post_save.disconnect(remember, sender=model, dispatch_uid="seed-demo-saved")
        for model in searched:
            post_save.connect(search_signals.post_save_signal_handler, sender=model)
    for model, pks in saved.items():
        for instance in model._default_manager.filter(pk__in=pks).iterator():
            if model in referencing:
                ReferenceIndex.create_or_update_for_object(instance)
            if model in searched:
                search_index.insert_or_update_object(instance)


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
