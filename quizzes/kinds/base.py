"""What every kind of question provides: the contract ``quizzes.kinds`` dispatches to.

A kind owns everything that differs between kinds of question: the block a trainer fills in
(``answer_block``), what an attempt draws from it (``snapshot``: what is asked, in drawn order,
and the answer key kept on the server), reading the learner's answer out of the form strictly
(``field_names``, ``read``), grading it (``grade``, pure), the review (``present``, and the
template it names), the xAPI interaction it is sent as (``interaction_definition``,
``interaction_response``, ``component_texts``) and what a demo learner answers
(``demo_value``, ``demo_response``).
The rest of the app never asks which kind a question is: it asks the registry for the kind
named in the stored snapshot (``asked["kind"]``, ``key["kind"]``) and calls these methods.

Snapshots outlive the code that drew them: a kind keeps reading the ``asked`` and ``key`` its
earlier versions stored, so their shapes may grow but never change.

The ids a snapshot gives options, items, answers and steps are the question's, never the
attempt's: drawn from the stored content (a ListBlock item's id, a digest of an answer's own
text), so every attempt at a question sends the same xAPI activity definition (decision 0017).
The order shown is what an attempt draws.

A kind whose question unfolds step by step (the next situation depending on the last choice)
fits this contract with its state on the server: the steps shown so far in ``asked``, the path
taken in the response, both stored on the attempt's answer and changed only by the attempt's
services under its row lock, as an immediately checked answer is today; ``present`` is built
from ``asked`` alone, so steps not yet reached never reach the page. Nothing here assumes that
a question is asked in one go or that ``asked`` is fixed when the attempt starts."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from fractions import Fraction


@dataclass(frozen=True)
class Reveal:
    """How much of the answer key an answer's view may show."""

    feedback: bool = False
    correct_answers: bool = False


HIDDEN = Reveal()


@dataclass
class AnswerView:
    """What the templates render for one answer (or one part of a scenario). Each kind fills
    the fields its template reads; the key's part only when the reveal allows."""

    kind: str
    name: str
    template: str = ""
    prompt: str = ""
    instructions: str = ""
    options: list = field(default_factory=list)
    rows: list = field(default_factory=list)
    choices: list = field(default_factory=list)
    positions: list = field(default_factory=list)
    text: str = ""
    case: str = ""
    parts: list = field(default_factory=list)
    # A case answered step by step (branching): the steps taken, where the learner stands,
    # and once revealed the ending reached, the critical error and the recommended path.
    intro: str = ""
    steps: list = field(default_factory=list)
    situation: dict | None = None
    finished: bool = False
    ending: dict | None = None
    critical: dict | None = None
    recommended: list = field(default_factory=list)
    # Feedback, only when revealed
    revealed: bool = False
    is_correct: bool | None = None
    fraction_percent: int | None = None
    correct_answer: str = ""


@dataclass(frozen=True)
class Interaction:
    """One xAPI cmi.interaction of a graded answer: the question itself, or one part of it.

    ``key`` ends the activity id (``<question id>`` or ``<question id>/<part id>``);
    ``answer_key`` is the stored key of what was asked; ``points`` and ``score`` are this
    interaction's share of the question's."""

    key: str
    asked: dict
    answer_key: dict
    response: object
    points: float
    score: float


class QuestionKind:
    """One kind of question, whole. Subclass it in a module of ``quizzes.kinds`` (with its
    template in ``templates/quizzes/kinds/<name>.html``) and list it in the registry."""

    #: The block's name in ``QuizQuestion.answer`` and ``"kind"`` in every snapshot of it:
    #: stored, so never renamed.
    name = ""
    #: What the learner is asked to do, above the answer's fields.
    instructions = ""
    #: The xAPI interaction type (cmi.interaction) its answers are sent as.
    interaction_type = ""
    #: Whether a scenario may ask it as one of its questions about the case.
    may_be_part = True
    #: Whether it is answered one committed step at a time (``step``) rather than by the form:
    #: such an answer is never checked on its own, and the form cannot change it.
    answered_in_steps = False

    @property
    def template(self) -> str:
        """The template of its answer: fields while open, the review once revealed."""
        return f"quizzes/kinds/{self.name}.html"

    # Editing and drawing ------------------------------------------------------------------

    def answer_block(self):
        """A new instance of the StreamField block trainers fill in for this kind."""
        raise NotImplementedError

    def snapshot(self, value, rng, shuffle_options: bool) -> tuple[dict, dict]:
        """What the learner is shown of the block's ``value`` (``asked``: no correctness) and
        the answer key kept on the server (``key``), both with ``"kind": name``. ``rng`` draws
        the order; ``shuffle_options`` is the quiz's setting."""
        raise NotImplementedError

    # Reading the form ---------------------------------------------------------------------

    def field_names(self, name: str, asked: dict) -> set[str]:
        """Every form field the answer posted as ``name`` may use."""
        return {name}

    def read(self, name: str, asked: dict, data):
        """The response in the form ``data`` (a ``QueryDict``), in the shape ``grade`` takes.
        Raises ``TamperedAnswer`` for any value the attempt did not offer; a blank answer is
        a blank response, not an error."""
        raise NotImplementedError

    def form_fields(self, name: str, asked: dict, response) -> dict[str, list[str]]:
        """The fields a browser posts for ``response``: what ``read`` turns back into it."""
        return {} if response in (None, "") else {name: [str(response)]}

    def step(self, asked: dict, key: dict, response, choice: str) -> tuple[dict, object]:
        """For a kind ``answered_in_steps``: the new ``asked`` and response once the learner
        commits to ``choice``; ``TamperedAnswer`` if it is not offered where they stand."""
        raise NotImplementedError

    # Grading ------------------------------------------------------------------------------

    def grade(self, key: dict, response) -> Fraction:
        """The share of the marks (0–1, exact) that ``response`` earns against ``key``.
        Pure: no database, no quiz page."""
        raise NotImplementedError

    def critical_error(self, key: dict, response) -> dict | None:
        """The critical error ``response`` makes, which fails the whole attempt whatever the
        score (decision 0014): ``{"case", "choice", "remediation"}``; None for most kinds."""
        return None

    # Review -------------------------------------------------------------------------------

    def view(
        self, name: str, asked: dict, response, key: dict | None, reveal: Reveal
    ) -> AnswerView:
        """The answer's view for the templates. Only when ``reveal`` allows does it read the
        ``key``: a question still open is built from ``asked`` alone, so nothing in the page
        can carry the key."""
        key = key if (reveal.feedback and key) else {}
        view = AnswerView(
            kind=self.name,
            name=name,
            template=self.template,
            prompt=asked.get("prompt", ""),
            instructions=str(self.instructions),
            revealed=bool(key),
        )
        self.present(view, asked, response, key, reveal)
        if key:
            fraction = self.grade(key, response)
            view.is_correct = fraction == 1
            view.fraction_percent = round(100 * fraction)
        return view

    def present(self, view: AnswerView, asked: dict, response, key: dict, reveal: Reveal) -> None:
        """Fill ``view`` with this kind's fields. ``key`` is empty unless feedback is revealed;
        correct answers are shown only if ``reveal.correct_answers``."""
        raise NotImplementedError

    # xAPI ---------------------------------------------------------------------------------

    def interactions(
        self, activity_key: str, asked: dict, key: dict, response, points, score: float
    ) -> Iterator[Interaction]:
        """The interactions a graded answer is sent as: by default the question itself."""
        yield Interaction(activity_key, asked, key, response, points, score)

    def interaction_definition(self, asked: dict, key: dict, language: str) -> dict:
        """The interaction's definition fields after its name and type (``interaction_type``
        first, then its components and ``correct_responses_pattern``), for
        ``tracking.statements.ActivityDefinition``."""
        raise NotImplementedError

    def interaction_response(self, key: dict, response) -> str:
        """A response that is not blank, in the format of the interaction type."""
        raise NotImplementedError

    def component_texts(self, value) -> list[tuple[str, str]]:
        """The texts of the block's ``value`` that its interactions describe in words, each
        with the id a snapshot gives it, in the authored order: options, items, answers,
        steps (a part of a scenario: ``<part id>`` its prompt, ``<part id>/<id>`` its own).
        A question's translation is paired with it through these (``quizzes.events``), so its
        activity is described in both languages; a kind without components has none."""
        return []

    # Demo ---------------------------------------------------------------------------------

    def demo_value(self, spec: dict, lang: int):
        """The block's value for one language (0 English, 1 Swedish) from a demo question's
        spec, whose texts are (English, Swedish) pairs (``quizzes.demo``)."""
        raise NotImplementedError

    def demo_response(self, asked: dict, key: dict, right: bool):
        """What a demo learner answers: right, or wrong in a plausible way."""
        raise NotImplementedError


def item_ids(list_value) -> list[str]:
    """Stable ids of a ListBlock's items: kept by Wagtail across edits, so an option keeps its
    identity in reports even when the trainer reorders or rewords the list."""
    return [str(bound.id) for bound in list_value.bound_blocks]


def shuffled(items: list, rng, shuffle: bool) -> list:
    items = list(items)
    if shuffle:
        rng.shuffle(items)
    return items
