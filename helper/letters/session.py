"""One case's letters being made: which kinds fit, what a letter still needs, the letter
itself, its deadlines and reading copy, and what the user typed (the draft), without Qt.

The Letters page builds one `LetterSession` per case version and asks it; the wording of
what it shows stays in the page (it is translated there), the facts come from here.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

from helper.letters import (
    BadFactError,
    LetterError,
    LetterNotApplicable,
    MissingFact,
    RenderedLetter,
    build_context,
    get_kind,
    missing_facts,
    render_letter,
    suggested_kinds,
)
from helper.letters.draft import DraftLetter, render_draft, usable_extra
from helper.letters.extra import LETTER_FACT_KEYS
from helper.letters.missing import fact as missing_fact
from helper.letters.missing import localize_fact
from helper.letters.sources import coverage_report
from helper.model import Case

log = logging.getLogger(__name__)


def is_letter_fact(key: str) -> bool:
    """Facts that belong to one letter (its recipient...), not to the case."""
    return key in LETTER_FACT_KEYS


@dataclass
class LetterDraft:
    """What the user typed on the Letters page for one case: facts of the case, facts of
    each letter kind, the address typed for each kind, and the kind and visit chosen."""

    facts: dict[str, str] = field(default_factory=dict)
    letter_facts: dict[str, dict[str, str]] = field(default_factory=dict)
    to: dict[str, str] = field(default_factory=dict)
    kind: str | None = None
    visit: str | None = None

    @classmethod
    def from_data(cls, data: Any) -> LetterDraft:
        """A draft from what the store kept (anything unreadable is dropped)."""
        data = data if isinstance(data, dict) else {}

        def mapping(key: str) -> dict:
            value = data.get(key)
            return dict(value) if isinstance(value, dict) else {}

        return cls(
            facts=mapping("facts"),
            letter_facts={k: dict(v) for k, v in mapping("letter_facts").items()
                          if isinstance(v, dict)},
            to=mapping("to"),
            kind=data.get("kind") if isinstance(data.get("kind"), str) else None,
            visit=data.get("visit") if isinstance(data.get("visit"), str) else None,
        )  # fmt: skip

    def to_data(self) -> dict:
        return {
            "facts": dict(self.facts),
            "letter_facts": {k: dict(v) for k, v in self.letter_facts.items()},
            "to": dict(self.to),
            "kind": self.kind,
            "visit": self.visit,
        }

    def extra(self, kind: str | None) -> dict[str, str]:
        """What the user typed that this letter can use: case facts and its own facts."""
        values = dict(self.facts)
        values.update(self.letter_facts.get(kind or "", {}))
        return values

    def keep_typed(self, kind: str, keys, typed: dict[str, str]) -> None:
        """Keep the values of the form's `keys` (a key not in `typed` was emptied)."""
        own = self.letter_facts.setdefault(kind, {})
        for key in keys:
            target = own if is_letter_fact(key) else self.facts
            if key in typed:
                target[key] = typed[key]
            else:
                target.pop(key, None)


@dataclass
class LetterState:
    """What one letter needs and, when nothing is missing, the letter.

    `asked`: the facts the form shows; `needed`: those still missing (None when a typed
    fact cannot be read: see `problems`); `draft`, while something is missing, the letter
    with a blank for each missing fact (a fact that cannot be read is a blank too), to
    show and never to send (None when even a draft cannot be made);
    `refusal` when the kind does not fit the plan;
    `error` (a plain message) when what it needs cannot be worked out; `render_error` when
    the complete letter cannot be made; `template_error` when a template (perhaps edited by
    the user) fails.
    """

    asked: list[MissingFact] = field(default_factory=list)
    needed: list[MissingFact] | None = None
    problems: list = field(default_factory=list)
    refusal: LetterNotApplicable | None = None
    error: str | None = None
    render_error: str | None = None
    template_error: Exception | None = None
    letter: RenderedLetter | None = None
    context: dict = field(default_factory=dict)
    draft: DraftLetter | None = None


@dataclass(frozen=True)
class Deadline:
    """The appeal deadline and the plan's time to decide, as the letter's law states them
    (English; the page words them in the app's language)."""

    due: Any = None  # the last day to file, for an appeal
    period: str = ""  # the appeal window ("180 days")
    cite: str = ""
    up_to: bool = False
    has_decision: bool = False  # the law names the plan's time to answer
    decision_time: str = ""
    decision_cite: str = ""


class LetterSession:
    """The letters of one case version, questions asked in `lang`.

    `report` is the checker's report the letters use: by default the one
    `helper.letters.sources.coverage_report` keeps per case version and day, the same one
    the letter functions read, so making a letter runs the checker once. None when the
    checker cannot run: a letter must not be blocked by it.
    """

    _DEFAULT = object()

    def __init__(self, case: Case, report: Any = _DEFAULT, lang: str = "en"):
        self.case = case
        self.report = coverage_report(case) if report is LetterSession._DEFAULT else report
        self.lang = lang

    def kinds(self) -> list[tuple[str, bool]]:
        """The kinds that fit the case, in order, each with whether the checker suggests it."""
        suggested = set(getattr(self.report, "letters", None) or [])
        return [(kind, kind in suggested) for kind in suggested_kinds(self.case)]

    def prepare(self, kind: str, visit: str | None, extra: dict) -> LetterState:
        """What the letter asks for, what is still missing, and the letter when complete."""
        state = LetterState()
        try:
            # What is always asked, with only the choice that decides whether the letter
            # fits at all (a reprocessing letter's "reverse" may be about a paid claim).
            deciding = {k: v for k, v in extra.items() if k == "reprocessing.mode"}
            state.asked = missing_facts(kind, self.case, visit, deciding or None, self.lang)
            if deciding:  # the choice made stays on the form, so it can be changed back
                state.asked.insert(0, localize_fact(missing_fact("reprocessing.mode"), self.lang))
            try:
                state.needed = missing_facts(kind, self.case, visit, extra, self.lang)
            except BadFactError as error:
                state.problems = error.errors
        except LetterNotApplicable as error:
            state.refusal = error
            return state
        except LetterError as error:
            state.error = str(error)
            return state
        if state.needed is None or state.needed:
            state.draft = self.draft_letter(kind, visit, extra, readable=state.needed is not None)
            return state
        try:
            state.letter = render_letter(kind, self.case, visit, extra)
            state.context = build_context(kind, self.case, visit, extra)
        except LetterError as error:
            state.render_error = str(error)
        except Exception as error:  # noqa: BLE001 - an edited template may be broken
            state.template_error = error
        return state

    def draft_letter(
        self, kind: str, visit: str | None, extra: dict, readable: bool = True
    ) -> DraftLetter | None:
        """The letter with blanks; facts that cannot be read (`readable` False) are left
        out first, so each of them is a blank. None when no draft can be made: the form
        still asks for every missing fact."""
        try:
            usable = extra if readable else usable_extra(kind, self.case, visit, extra)
            return render_draft(kind, self.case, visit, usable)
        except Exception as error:  # noqa: BLE001 - the draft is a courtesy; never block
            log.info("no draft for %s: %s", kind, error)
            return None

    def shown_facts(self, state: LetterState) -> list[MissingFact]:
        """The facts for the form: those always asked, then any still missing."""
        shown = {fact.key: fact for fact in state.asked}
        for fact in state.needed or []:
            shown.setdefault(fact.key, fact)
        return list(shown.values())

    @staticmethod
    def deadline(kind: str, context: dict) -> Deadline:
        law = context.get("law") or {}
        window = law.get("appeal_window") or {}
        letter_kind = get_kind(kind)
        decision = (law.get("decision") or {}) if letter_kind.plan_must_answer else {}
        due = law.get("appeal_due_date") if letter_kind.first_appeal else None
        return Deadline(
            due=due,
            period=window.get("period") or "",
            cite=window.get("cite") or "",
            up_to=bool(window.get("up_to")),
            has_decision=bool(decision),
            decision_time=decision.get("text", ""),
            decision_cite=decision.get("cite", ""),
        )

    def reading_copy(self, kind: str, visit: str | None, extra: dict) -> str:
        """A Spanish reading copy of the letter (the letter sent stays in English)."""
        from helper.letters.reading_copy import reading_copy_es

        return reading_copy_es(kind, self.case, visit, extra)

    def regulator_form_url(self, kind: str | None) -> str | None:
        """The regulator's complaint form, for a complaint letter to a regulator."""
        if not kind or get_kind(kind).recipient != "regulator":
            return None
        regulator = getattr(self.report, "regulator", None) or {}
        return regulator.get("complaint_url") or None


def recipient_where(letter: RenderedLetter | DraftLetter) -> str:
    """Where the letter goes, on one line: the address, else the email or web form."""
    recipient = letter.recipient
    where = recipient.address.replace("\n", ", ") if recipient.address else ""
    return where or recipient.email or recipient.web_form or ""
