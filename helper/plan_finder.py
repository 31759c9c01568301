"""Finding the plan type by plain questions: the question tree and a walker over it (no Qt).

Each question has answers; an answer leads to another question or ends with a plan type
(and, for job-based plans, who sponsors them). "I don't know" is always an answer: it ends
with what the app will assume (`Outcome.note` names that assumption and how to find out).
The words live in the UI (translated there); here are only ids, so the tree can be tested
and reused by any screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from helper.model.case import PLAN_SPONSORS, PLAN_TYPES

DONT_KNOW = "dont_know"


@dataclass(frozen=True)
class Answer:
    id: str
    next: str | None = None  # the next question's id, or None when this answer ends the walk
    plan_type: str | None = None  # the result when the walk ends here
    sponsor: str | None = None  # "government" / "private" once the answer says so
    note: str | None = None  # what the app assumes and how to find out, for "I don't know"


@dataclass(frozen=True)
class Question:
    id: str
    answers: tuple[Answer, ...]

    def answer(self, answer_id: str) -> Answer:
        for answer in self.answers:
            if answer.id == answer_id:
                return answer
        raise KeyError(f"{self.id}: no answer {answer_id!r}")


def _q(question_id: str, *answers: Answer) -> Question:
    return Question(question_id, answers)


FIRST_QUESTION = "card"

QUESTIONS: dict[str, Question] = {
    q.id: q
    for q in (
        # Does the card say Medicaid, Medi-Cal or CHIP?
        _q(
            "card",
            Answer("medicaid", next="medicaid_kind"),
            Answer("chip", plan_type="chip"),
            Answer("neither", next="source"),
            Answer(DONT_KNOW, next="source"),
        ),
        # Medicaid: through a health plan, or paid by the state itself?
        _q(
            "medicaid_kind",
            Answer("health_plan", plan_type="medicaid_managed_care"),
            Answer("state_only", plan_type="medicaid_fee_for_service"),
            Answer(DONT_KNOW, plan_type="medicaid_managed_care", note="medicaid_kind_unknown"),
        ),
        # Where did the plan come from?
        _q(
            "source",
            Answer("job", next="employer"),
            Answer("union", next="funding", sponsor="private"),
            Answer("federal", plan_type="fehb"),
            Answer("military", plan_type="tricare"),
            Answer("marketplace", plan_type="individual_marketplace"),
            Answer("bought_myself", next="short_term"),
            Answer("state_program", next="medicaid_kind"),
            Answer(DONT_KNOW, plan_type="unknown", note="source_unknown"),
        ),
        # A job: a state or local government employer, or a private one?
        _q(
            "employer",
            Answer("government", next="funding", sponsor="government"),
            Answer("private", next="funding", sponsor="private"),
            Answer(DONT_KNOW, next="funding"),
        ),
        # A job or union plan: bought from an insurance company, or paid by the employer?
        _q(
            "funding",
            Answer("insured", plan_type="employer_fully_insured"),
            Answer("self_funded", plan_type="employer_self_funded"),
            Answer(DONT_KNOW, plan_type="unknown", note="funding_unknown"),
        ),
        # Bought yourself: a short-term plan?
        _q(
            "short_term",
            Answer("yes", plan_type="short_term"),
            Answer("no", plan_type="individual_off_marketplace"),
            Answer(DONT_KNOW, plan_type="individual_off_marketplace", note="short_term_unknown"),
        ),
    )
}

NOTES = ("medicaid_kind_unknown", "source_unknown", "funding_unknown", "short_term_unknown")


@dataclass(frozen=True)
class Outcome:
    """Where the answers lead: the plan type to store, the sponsor when known, and the
    assumption made on an "I don't know" (None when every answer was known)."""

    plan_type: str
    sponsor: str | None = None
    note: str | None = None


@dataclass
class PlanFinder:
    """Walks the tree: `question` is the one to ask (None once there is an `outcome`)."""

    answers: list[tuple[str, str]] = field(default_factory=list)  # (question id, answer id)

    @property
    def question(self) -> Question | None:
        current: str | None = FIRST_QUESTION
        for question_id, answer_id in self.answers:
            assert question_id == current
            current = QUESTIONS[question_id].answer(answer_id).next
        return QUESTIONS[current] if current else None

    @property
    def outcome(self) -> Outcome | None:
        if not self.answers or self.question is not None:
            return None
        sponsor = None
        for question_id, answer_id in self.answers:
            sponsor = QUESTIONS[question_id].answer(answer_id).sponsor or sponsor
        question_id, answer_id = self.answers[-1]
        last = QUESTIONS[question_id].answer(answer_id)
        job_based = last.plan_type in ("employer_fully_insured", "employer_self_funded")
        keep_sponsor = job_based or last.plan_type == "unknown"
        return Outcome(last.plan_type or "unknown", sponsor if keep_sponsor else None, last.note)

    def answer(self, answer_id: str) -> Question | Outcome:
        """Record an answer to the current question; the next question, or the outcome."""
        question = self.question
        if question is None:
            raise ValueError("the plan type is already found; go back or start over")
        question.answer(answer_id)  # raises KeyError for an answer the question lacks
        self.answers.append((question.id, answer_id))
        return self.question or self.outcome

    def back(self) -> None:
        """Forget the last answer (nothing happens at the first question)."""
        if self.answers:
            self.answers.pop()

    def restart(self) -> None:
        self.answers.clear()


def check_tree() -> list[str]:
    """Problems in the tree (empty when every path ends in a valid plan type)."""
    problems = []
    for question in QUESTIONS.values():
        ids = [a.id for a in question.answers]
        if DONT_KNOW not in ids:
            problems.append(f'{question.id}: no "I don\'t know" answer')
        for answer in question.answers:
            where = f"{question.id}/{answer.id}"
            if (answer.next is None) == (answer.plan_type is None):
                problems.append(f"{where}: needs either a next question or a plan type")
            if answer.next is not None and answer.next not in QUESTIONS:
                problems.append(f"{where}: unknown question {answer.next!r}")
            if answer.plan_type is not None and answer.plan_type not in PLAN_TYPES:
                problems.append(f"{where}: unknown plan type {answer.plan_type!r}")
            if answer.sponsor is not None and answer.sponsor not in PLAN_SPONSORS:
                problems.append(f"{where}: unknown sponsor {answer.sponsor!r}")
            if answer.note is not None and answer.note not in NOTES:
                problems.append(f"{where}: unknown note {answer.note!r}")
    return problems
