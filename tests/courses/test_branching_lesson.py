"""Branching cases in lessons (issue 16, item 2): a learner commits to each choice before seeing
its consequence, the page never carries what lies ahead, a critical error ends with its
remediation, every case can be played again, and each decision and ending is a learning record.
Trainers check a case on its path map, in the preview and in the editor."""

import copy

from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from accounts import roles
from courses import branching, services
from courses.models import CoursePage, Enrolment
from tests.factories import (
    AudienceFactory,
    UserFactory,
    make_course,
    make_lesson,
    make_module,
    swedish_locale,
)
from tracking.models import Statement


def choice(label, leads_to, consequence, points=0, critical=False, remediation=""):
    return {
        "label": label,
        "leads_to": leads_to,
        "consequence": consequence,
        "points": points,
        "critical": critical,
        "remediation": remediation,
    }


def marina():
    """Marina at the counter: a private talk leads to a disclosure; confronting the 'cousin' is
    a critical error. Every text is distinctive, so the page can be searched for it."""
    return {
        "title": "Marina at the counter",
        "intro": "<p>An au-pair application is handed in at the window.</p>",
        "situations": [
            {
                "key": "at-the-counter",
                "text": "<p>A man who calls himself her cousin holds her passport.</p>",
                "image": None,
                "image_alt": "",
                "choices": [
                    choice(
                        "Speak with her alone",
                        "private-talk",
                        "She relaxes once the man has left the room.",
                        points=2,
                    ),
                    choice(
                        "Confront the man",
                        "man-warned",
                        "The man takes her by the arm and they leave.",
                        critical=True,
                        remediation="Never confront a possible trafficker: it puts her at risk.",
                    ),
                    choice("Refuse at once", "sent-away", "She leaves with the man, silent."),
                ],
            },
            {
                "key": "private-talk",
                "text": "<p>She says she owes the agency for the journey.</p>",
                "image": None,
                "image_alt": "",
                "choices": [
                    choice(
                        "Tell her about her rights and where to get help",
                        "informed",
                        "She keeps the leaflet in her pocket.",
                        points=2,
                    ),
                    choice(
                        "Phone her family to check her story",
                        "family-called",
                        "Her mother receives a visit the next day.",
                        critical=True,
                        remediation="Never contact the family without her consent.",
                    ),
                ],
            },
        ],
        "endings": [
            {
                "key": "informed",
                "title": "She knows where help is",
                "debrief": "<p>The information travels with her whatever is decided.</p>",
            },
            {
                "key": "sent-away",
                "title": "Sent away",
                "debrief": "<p>A refusal alone protects no one.</p>",
            },
            {
                "key": "man-warned",
                "title": "The man is warned",
                "debrief": "<p>Confronting him warned the recruiter.</p>",
            },
            {
                "key": "family-called",
                "title": "The family is exposed",
                "debrief": "<p>Calling home exposed her family.</p>",
            },
        ],
    }


def berry_pickers():
    return {
        "title": "Berry pickers",
        "intro": "",
        "situations": [
            {
                "key": "one-agency",
                "text": "<p>Twelve applications arrive through one agency.</p>",
                "image": None,
                "image_alt": "",
                "choices": [
                    choice("Interview each applicant", "interviewed", "Two speak up.", points=1),
                    choice("Stamp them all", "stamped", "The bus leaves on Monday."),
                ],
            }
        ],
        "endings": [
            {"key": "interviewed", "title": "Each one heard", "debrief": "<p>Heard.</p>"},
            {"key": "stamped", "title": "All stamped", "debrief": "<p>Unheard.</p>"},
        ],
    }


def secrets(case):
    """Everything of a case that must stay on the server until the learner gets there."""
    found = []
    for situation in case["situations"]:
        found += [situation["key"], situation["text"]]
        for option in situation["choices"]:
            found += [option["consequence"], option["leads_to"]]
            found += [option["remediation"]] if option["remediation"] else []
    for ending in case["endings"]:
        found += [ending["key"], ending["title"], ending["debrief"]]
    return found


@pytest.fixture
def course(db):
    return make_course(modules=0)


@pytest.fixture
def lesson(course):
    """A lesson with two cases and a third for consular staff only."""
    return make_lesson(
        make_module(course),
        title="Cases at the window",
        body=[
            ("branching_case", marina()),
            ("branching_case", berry_pickers()),
            (
                "audience_variant",
                {"audiences": ["consular-staff"], "content": [("branching_case", berry_pickers())]},
            ),
        ],
    )


def choice_id(value, situation, index):
    """The id of a choice as the server knows it (the form sends it)."""
    return branching.plan_of(value)["situations"][situation]["choices"][index]["id"]


def case_ids(lesson):
    marina_block, berries_block, variant = lesson.body
    return str(marina_block.id), str(berries_block.id), str(variant.value["content"][0].id)


@pytest.fixture
def player(client, enrolled, lesson):
    client.force_login(enrolled)
    return Player(client, lesson)


class Player:
    """A learner at a lesson's cases, over HTTP."""

    def __init__(self, client, lesson):
        self.client, self.lesson = client, lesson

    def page(self):
        response = self.client.get(self.lesson.url)
        assert response.status_code == 200
        return response.content.decode()

    def case(self, block_id):
        """The HTML of one case on the lesson page."""
        section = BeautifulSoup(self.page(), "html.parser").find(id=f"case-{block_id}")
        assert section is not None
        return section

    def offered(self, block_id) -> dict[str, str]:
        """The choices offered now: label → the id the form sends."""
        section = self.case(block_id)
        return {
            section.find("label", attrs={"for": radio["id"]}).get_text(strip=True): radio["value"]
            for radio in section.find_all("input", attrs={"name": "choice"})
        }

    def choose(self, block_id, label=None, choice_id=None):
        if choice_id is None:
            choice_id = self.offered(block_id)[label]
        url = reverse("courses:case_choice", args=[self.lesson.pk, block_id])
        return self.client.post(url, {"choice": choice_id})

    def restart(self, block_id):
        return self.client.post(reverse("courses:case_restart", args=[self.lesson.pk, block_id]))


def messages_of(client, response):
    """The messages the learner reads on the page the response redirects to."""
    assert response.status_code == 302
    page = client.get(response["Location"])
    return [str(message) for message in page.context["messages"]]


def test_a_learner_plays_the_case_to_the_recommended_ending(player, lesson):
    marina_id, _, _ = case_ids(lesson)
    first = player.case(marina_id)
    assert "A man who calls himself her cousin holds her passport." in str(first)
    assert first.find("legend").get_text(strip=True) == "What do you do?"
    assert list(player.offered(marina_id)) == [
        "Speak with her alone",
        "Confront the man",
        "Refuse at once",
    ]

    response = player.choose(marina_id, "Speak with her alone")
    assert response.status_code == 302
    assert response["Location"] == f"{lesson.url}#case-{marina_id}-now"
    now = player.case(marina_id).find(id=f"case-{marina_id}-now")
    text = now.get_text(" ", strip=True)
    assert "You chose: Speak with her alone" in text
    assert "She relaxes once the man has left the room." in text
    assert "She says she owes the agency for the journey." in text
    assert now["tabindex"] == "-1"  # branching-case.js moves the focus here

    player.choose(marina_id, "Tell her about her rights and where to get help")
    end = player.case(marina_id).get_text(" ", strip=True)
    assert "Ending: She knows where help is" in end
    assert "The information travels with her whatever is decided." in end
    assert "You took the recommended path." in end
    assert "Critical error" not in end
    assert player.case(marina_id).find("button", string="Play again")
    assert player.offered(marina_id) == {}


def test_before_each_choice_the_page_holds_only_the_situation_and_its_choices(player, lesson):
    """No key in the browser: where a choice leads, its points, critical errors, remediations,
    other consequences, other situations and the endings stay on the server."""
    marina_id, _, _ = case_ids(lesson)
    case = marina()
    html = player.page()
    for secret in secrets(case):
        if secret != case["situations"][0]["text"]:
            assert secret not in html, secret
    assert "critical" not in html.lower() and "points" not in html.lower()

    player.choose(marina_id, "Speak with her alone")
    html = player.page()
    shown = {
        case["situations"][1]["text"],
        case["situations"][0]["choices"][0]["consequence"],
    }
    for secret in secrets(case):
        if secret not in shown:
            assert secret not in html, secret
    assert "critical" not in html.lower() and "points" not in html.lower()


def test_a_critical_error_ends_with_its_remediation_and_the_case_can_be_played_again(
    player, lesson
):
    marina_id, _, _ = case_ids(lesson)
    player.choose(marina_id, "Speak with her alone")
    player.choose(marina_id, "Phone her family to check her story")
    end = player.case(marina_id)
    text = end.get_text(" ", strip=True)
    assert "Ending: The family is exposed" in text
    assert "Critical error" in text
    assert "“Phone her family to check her story” is a critical error" in text
    assert "Never contact the family without her consent." in text
    taken = [
        li.get_text(" ", strip=True)
        for li in end.find("ol", attrs={"aria-labelledby": f"case-{marina_id}-taken"}).find_all(
            "li"
        )
    ]
    recommended = [
        li.get_text(strip=True)
        for li in end.find(
            "ol", attrs={"aria-labelledby": f"case-{marina_id}-recommended"}
        ).find_all("li")
    ]
    assert taken == ["Speak with her alone", "Phone her family to check her story (critical error)"]
    assert recommended == [
        "Speak with her alone",
        "Tell her about her rights and where to get help",
    ]

    assert player.restart(marina_id).status_code == 302
    assert "Speak with her alone" in player.offered(marina_id)
    player.choose(marina_id, "Refuse at once")
    again = player.case(marina_id).get_text(" ", strip=True)
    assert "Ending: Sent away" in again and "Critical error" not in again
    assert "not by the recommended path" in again


def test_a_tampered_choice_or_a_choice_after_the_end_is_refused_and_changes_nothing(player, lesson):
    marina_id, berries_id, _ = case_ids(lesson)
    later_choice = choice_id(lesson.body[0].value, "private-talk", 0)  # not offered yet
    for tampered in ["not-a-choice", later_choice, "\x00", "x" * 5000]:
        response = player.choose(marina_id, choice_id=tampered)
        assert response.status_code == 302
        assert messages_of(player.client, response) == [
            "That choice is not offered where you stand in the case (the page may be out of "
            "date). Nothing was changed: choose again below."
        ]
    response = player.choose(marina_id, choice_id="")
    assert messages_of(player.client, response) == [
        "Choose one of the options, then press “Choose”."
    ]
    assert "Speak with her alone" in player.offered(marina_id)  # still the first situation
    assert not Statement.objects.filter(verb="answered").exists()

    player.choose(marina_id, "Refuse at once")
    finished = Statement.objects.count()
    response = player.choose(
        marina_id, choice_id=choice_id(lesson.body[0].value, "at-the-counter", 0)
    )
    assert messages_of(player.client, response) == [
        "You have reached the end of this case. Press “Play again” to start it again."
    ]
    assert "Ending: Sent away" in player.case(marina_id).get_text(" ", strip=True)
    assert Statement.objects.count() == finished

    # A case that is not in the lesson (a made-up or removed block) is named as such.
    gone = player.client.post(
        reverse("courses:case_choice", args=[lesson.pk, "0b5f1c52-0000-4000-8000-000000000000"]),
        {"choice": "x"},
    )
    assert gone.status_code == 302
    assert messages_of(player.client, gone) == [
        "This case is no longer in the lesson. Read the lesson as it is now."
    ]


def test_a_double_submit_counts_once(player, lesson):
    marina_id, _, _ = case_ids(lesson)
    first_choice = player.offered(marina_id)["Speak with her alone"]
    player.choose(marina_id, choice_id=first_choice)
    response = player.choose(marina_id, choice_id=first_choice)
    assert messages_of(player.client, response) == []
    assert Statement.objects.filter(verb="answered").count() == 1
    assert "She says she owes the agency for the journey." in str(player.case(marina_id))


def test_a_case_edited_meanwhile_starts_again_with_a_notice(player, lesson):
    marina_id, _, _ = case_ids(lesson)
    player.choose(marina_id, "Speak with her alone")
    # The author rewrites the first situation's choices: the learner's choice is gone.
    body = lesson.body.raw_data
    body[0]["value"]["situations"][0]["value"]["choices"] = body[0]["value"]["situations"][0][
        "value"
    ]["choices"][1:]
    lesson.body = body
    lesson.save_revision().publish()
    case = player.case(marina_id).get_text(" ", strip=True)
    assert "This case has changed since you last played it" in case
    assert list(player.offered(marina_id)) == ["Confront the man", "Refuse at once"]
    player.choose(marina_id, "Refuse at once")
    assert "Ending: Sent away" in player.case(marina_id).get_text(" ", strip=True)


def test_two_cases_in_one_lesson_do_not_mix(player, lesson):
    marina_id, berries_id, variant_id = case_ids(lesson)
    player.choose(marina_id, "Speak with her alone")
    assert list(player.offered(berries_id)) == ["Interview each applicant", "Stamp them all"]
    assert list(player.offered(variant_id)) == ["Interview each applicant", "Stamp them all"]
    marina_choice = player.offered(marina_id)["Tell her about her rights and where to get help"]
    refused = player.choose(berries_id, choice_id=marina_choice)
    assert "not offered where you stand" in messages_of(player.client, refused)[0]

    player.choose(berries_id, "Stamp them all")
    assert "Ending: All stamped" in player.case(berries_id).get_text(" ", strip=True)
    assert "Ending" not in player.case(variant_id).get_text(" ", strip=True)
    assert "She says she owes the agency" in str(player.case(marina_id))


def test_a_case_for_one_audience_is_played_by_that_audience_only(client, course, lesson):
    _, _, variant_id = case_ids(lesson)
    police = UserFactory(audience=AudienceFactory(slug="police", name="Police"))
    services.enrolment_create(police, course)
    client.force_login(police)
    assert f"case-{variant_id}" not in client.get(lesson.url).content.decode()
    response = client.post(
        reverse("courses:case_choice", args=[lesson.pk, variant_id]),
        {"choice": choice_id(lesson.body[2].value["content"][0].value, "one-agency", 0)},
    )
    assert messages_of(client, response) == [
        "This case is no longer in the lesson. Read the lesson as it is now."
    ]
    assert not Statement.objects.filter(verb="answered").exists()


def test_a_learner_not_enrolled_cannot_play(client, learner, course, lesson):
    marina_id, _, _ = case_ids(lesson)
    client.force_login(learner)
    response = client.post(
        reverse("courses:case_choice", args=[lesson.pk, marina_id]), {"choice": "x"}
    )
    assert response.status_code == 302 and response["Location"] == course.url
    assert not Statement.objects.filter(verb="answered").exists()


def test_each_decision_and_the_ending_are_learning_records(player, lesson, enrolled, course):
    marina_id, _, _ = case_ids(lesson)
    offered = player.offered(marina_id)
    player.choose(marina_id, "Speak with her alone")
    second = player.offered(marina_id)["Tell her about her rights and where to get help"]
    player.choose(marina_id, choice_id=second)

    registration = str(Enrolment.objects.get(user=enrolled).registration)
    answered = [s.payload for s in Statement.objects.filter(verb="answered").order_by("stored_at")]
    assert len(answered) == 2
    first = answered[0]
    definition = first["object"]["definition"]
    assert definition["interactionType"] == "choice"
    assert "A man who calls himself her cousin holds her passport." in definition["name"]["en"]
    assert {c["id"]: c["description"]["en"] for c in definition["choices"]} == {
        cid: label for label, cid in offered.items()
    }
    assert "correctResponsesPattern" not in definition
    assert first["result"] == {"response": offered["Speak with her alone"]}
    assert first["context"]["registration"] == registration
    parent = first["context"]["contextActivities"]["parent"]
    assert [a["id"] for a in parent] == [
        f"http://testserver/xapi/activities/lesson/{lesson.translation_key}"
    ] or parent[0]["id"].endswith(f"/xapi/activities/lesson/{lesson.translation_key}")
    paths = [
        next(v for k, v in s["context"]["extensions"].items() if k.endswith("/case-path"))
        for s in answered
    ]
    assert paths == [
        [{"situation": "at-the-counter", "choice": offered["Speak with her alone"]}],
        [
            {"situation": "at-the-counter", "choice": offered["Speak with her alone"]},
            {"situation": "private-talk", "choice": second},
        ],
    ]

    (ended,) = [
        s.payload for s in Statement.objects.filter(verb="completed", object_id__contains="/case/")
    ]
    assert ended["result"] == {"completion": True, "success": True, "score": {"scaled": 1.0}}
    assert ended["context"]["registration"] == registration
    assert ended["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/simulation"


def test_a_critical_error_is_recorded_as_failing_the_case_and_a_replay_anew(player, lesson):
    marina_id, _, _ = case_ids(lesson)
    player.choose(marina_id, "Confront the man")
    player.restart(marina_id)
    player.choose(marina_id, "Confront the man")
    endings = [
        s.payload for s in Statement.objects.filter(verb="completed", object_id__contains="/case/")
    ]
    assert len(endings) == 2  # each play is recorded
    for ended in endings:
        assert ended["result"]["success"] is False and ended["result"]["score"]["scaled"] == 0.0


def decision_objects():
    return [
        s.payload["object"] for s in Statement.objects.filter(verb="answered").order_by("stored_at")
    ]


def rewrite(lesson, change):
    """Publish a new revision of the lesson with ``change`` applied to its raw body, as a
    trainer's edit in the admin keeps every block's and choice's id."""
    raw = copy.deepcopy(list(lesson.body.raw_data))
    change(raw)
    lesson.body = raw
    lesson.save_revision().publish()
    lesson.refresh_from_db()
    return lesson


def test_a_decision_is_one_activity_until_a_trainer_rewrites_it(player, lesson):
    """xAPI 1.0.3 §2.4.4.1: an activity id always names the same activity. Every play of a
    situation sends one definition; rewriting its choices makes a new activity."""
    marina_id, _, _ = case_ids(lesson)
    player.choose(marina_id, "Refuse at once")
    player.restart(marina_id)
    player.choose(marina_id, "Refuse at once")
    first, again = decision_objects()
    assert first == again
    assert "/case-situation/" in first["id"] and "/rev-" in first["id"]

    def relabel(raw):
        raw[0]["value"]["situations"][0]["value"]["choices"][2]["value"]["label"] = "Say no"

    rewrite(lesson, relabel)
    player.restart(marina_id)
    player.choose(marina_id, "Say no")
    rewritten = decision_objects()[-1]
    assert rewritten["id"] != first["id"]
    assert rewritten["id"].rsplit("/rev-", 1)[0] == first["id"].rsplit("/rev-", 1)[0]
    assert "Say no" in [c["description"]["en"] for c in rewritten["definition"]["choices"]]


def test_a_decision_and_its_case_are_named_in_english_and_swedish(player, lesson):
    locale = swedish_locale()
    course = CoursePage.objects.ancestor_of(lesson).get()
    for page in lesson.get_ancestors(inclusive=True).filter(depth__gte=course.depth).specific():
        page.copy_for_translation(locale).save_revision().publish()
    swedish = lesson.get_translation(locale).specific

    def in_swedish(raw):
        marina_case = raw[0]["value"]
        marina_case["title"] = "Marina vid luckan"
        first = marina_case["situations"][0]["value"]
        first["text"] = "<p>En man som säger sig vara hennes kusin håller hennes pass.</p>"
        first["choices"][0]["value"]["label"] = "Tala med henne enskilt"

    rewrite(swedish, in_swedish)
    marina_id, _, _ = case_ids(lesson)
    offered = player.offered(marina_id)
    player.choose(marina_id, "Speak with her alone")

    (decision,) = decision_objects()
    definition = decision["definition"]
    assert definition["name"] == {
        "en": "A man who calls himself her cousin holds her passport.",
        "sv": "En man som säger sig vara hennes kusin håller hennes pass.",
    }
    choices = {c["id"]: c["description"] for c in definition["choices"]}
    assert choices[offered["Speak with her alone"]] == {
        "en": "Speak with her alone",
        "sv": "Tala med henne enskilt",
    }
    case = Statement.objects.get(verb="answered").payload["context"]["contextActivities"]
    (named,) = [a for a in case["grouping"] if "/case/" in a["id"]]
    assert named["definition"]["name"] == {
        "en": "Marina at the counter",
        "sv": "Marina vid luckan",
    }


def test_a_trainer_sees_the_path_map_in_the_trainer_view_and_the_preview(client, lesson, learner):
    trainer = UserFactory(role=roles.TRAINERS)
    client.force_login(trainer)
    html = client.get(lesson.url).content.decode()
    assert "Path map (trainers only)" in html
    preview = lesson.make_preview_request()
    assert preview.status_code == 200
    page = BeautifulSoup(preview.content.decode(), "html.parser")
    marina_id, _, _ = case_ids(lesson)
    case_map = page.find(id=f"case-{marina_id}").find(class_="path-map")
    text = case_map.get_text(" ", strip=True)
    assert "Situation “private-talk”" in text
    assert "Ending: The family is exposed" in text
    critical = case_map.find_all(class_="path-map__choice--critical")
    assert [c.strong.get_text() for c in critical] == [
        "Confront the man",
        "Phone her family to check her story",
    ]
    # Drawn too, for sighted authors; the caption points to the list, which says it in words.
    drawing = case_map.find("svg")
    assert drawing["role"] == "img" and drawing["aria-labelledby"].endswith("-drawing-caption")
    assert len(drawing.find_all(class_="path-map__edge--critical")) == 2
    best = case_map.find_all(class_="path-map__choice--best")
    assert [c.strong.get_text() for c in best] == [
        "Speak with her alone",
        "Tell her about her rights and where to get help",
    ]
    # The preview cannot play: its choices are shown but disabled.
    assert page.find(id=f"case-{marina_id}").find("fieldset").has_attr("disabled")

    client.force_login(learner)
    services.enrolment_create(learner, lesson.get_parent().get_parent().specific)
    assert "Path map" not in client.get(lesson.url).content.decode()


def test_an_author_checks_the_path_map_from_the_editor_and_a_learner_cannot(
    client, lesson, enrolled
):
    trainer = UserFactory(role=roles.TRAINERS)
    client.force_login(trainer)
    url = reverse("courses_path_map", args=[lesson.pk])
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.pk])).content.decode()
    assert url in editor
    # A draft's change shows on the map before it is published.
    draft = lesson.get_latest_revision_as_object()
    raw = draft.body.raw_data
    raw[0]["value"]["title"] = "Marina at the counter (draft)"
    draft.body = raw
    draft.save_revision()
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Marina at the counter (draft)" in html
    assert "Berry pickers" in html and "Only shown to: consular-staff" in html
    assert "Phone her family to check her story" in html

    client.force_login(enrolled)
    refused = client.get(url)
    assert refused.status_code in (302, 403)
    assert "Phone her family" not in refused.content.decode()


def test_a_situation_shows_its_image_with_the_alt_text_written_for_it(client, enrolled, course):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    image = get_image_model().objects.create(title="Counter", file=get_test_image_file())
    case = berry_pickers()
    case["situations"][0].update(image=image, image_alt="Twelve passports on a counter")
    lesson = make_lesson(make_module(course), body=[("branching_case", case)])
    client.force_login(enrolled)
    section = Player(client, lesson).case(str(lesson.body[0].id))
    img = section.find("img")
    assert img is not None and img["alt"] == "Twelve passports on a counter"


def test_a_trainer_plays_the_case_in_the_trainer_view_and_nothing_is_recorded(client, lesson):
    client.force_login(UserFactory(role=roles.TRAINERS))
    trainer = Player(client, lesson)
    marina_id, _, _ = case_ids(lesson)
    trainer.choose(marina_id, "Confront the man")
    assert "Never confront a possible trafficker" in trainer.case(marina_id).get_text(" ")
    assert not Statement.objects.exists()
