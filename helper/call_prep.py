"""Getting ready for a call to the plan: the questions, the codes to give, and answers to
the usual pushback, chosen for the case's plan.

Questions and the guide's codes come from `data/call_script.json`; the insurer policy's
codes from the code table (`helper.codes`); pushback answers from `data/pushback.json`,
filtered with the checklist's `applies_to` conditions.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from helper import codes as code_table
from helper.checklist import applies, plan_traits
from helper.i18n import localized, section, text
from helper.knowledge import KnowledgeError, load
from helper.model import Case

# The parts of an insurer a call may reach (catalogue "call_prep"); shown in Spanish with
# the English name the insurer's phone menu uses. The call keeps whatever the box holds.
DEPARTMENT_IDS = (
    "member_services",
    "claims",
    "appeals",
    "prior_authorization",
    "provider_services",
    "health_concierge",
)


def departments(lang: str = "en") -> tuple[str, ...]:
    """The parts of an insurer a call may reach, as suggestions for the call's department."""
    return tuple(text("call_prep", f"department.{d}", lang) for d in DEPARTMENT_IDS)


# Code kinds worth giving on a call: procedure, supply and diagnosis codes, not modifiers.
_CALL_CODE_KINDS = ("cpt", "hcpcs", "icd10", "icd10_category", "medi_cal_local")


@dataclasses.dataclass(frozen=True)
class Question:
    id: str
    text: str
    source: dict[str, Any]


@dataclasses.dataclass(frozen=True)
class CodeToGive:
    """A code to read out on a call. `origin` is "guide" or the policy id it comes from."""

    code: str
    kind: str
    text: str
    origin: str
    sources: tuple[dict[str, Any], ...]


@dataclasses.dataclass(frozen=True)
class PushbackAnswer:
    say: str
    note: str | None
    sources: tuple[dict[str, Any], ...]


@dataclasses.dataclass(frozen=True)
class PushbackCard:
    id: str
    they_say: str
    answers: tuple[PushbackAnswer, ...]


def _call_script() -> dict[str, Any]:
    try:
        return load("call_script")
    except KnowledgeError:
        return {"questions": [], "codes": []}


def questions(lang: str = "en") -> list[Question]:
    """The questions to ask the plan, each with its source; texts in `lang`."""
    table = section("call_script", "questions", lang)
    return [
        Question(q["id"], localized(q["id"], None, q["text"], lang, table), q["source"])
        for q in _call_script()["questions"]
    ]


def codes_to_give(case: Case | None, lang: str = "en") -> list[CodeToGive]:
    """The guide's codes (Z39.1, S9443), then those the member's insurer policy names.

    Physician-only codes and codes the policy says not to report are left out: they are
    not what a parent should suggest for a lactation consultant's visit.
    """
    table = section("call_script", "codes", lang)
    result = [
        CodeToGive(
            c["code"],
            c["kind"],
            localized(c["code"], None, c["text"], lang, table),
            "guide",
            (c["source"],),
        )
        for c in _call_script()["codes"]
    ]
    seen = {code_table.normalise_code(c.code) for c in result}
    policy = case.plan.policy if case is not None else None
    if not policy:
        return result
    for entry in code_table.codes_for_policy(policy):
        key = code_table.normalise_code(entry["code"])
        if key in seen or entry["kind"] not in _CALL_CODE_KINDS:
            continue
        if entry.get("physician_only") or entry.get("not_to_report"):
            continue
        seen.add(key)
        result.append(
            CodeToGive(
                entry["code"],
                entry["kind"],
                entry["description"],
                policy,
                tuple(entry["sources"]),
            )
        )
    return result


def pushback_cards(case: Case | None, lang: str = "en") -> list[PushbackCard]:
    """Every pushback card with the answers that fit this plan (a card may have several);
    texts in `lang` (a translation's answers are in the English order), sources as is."""
    traits = plan_traits(case)
    table = section("pushback", "cards", lang)
    cards = []
    for card in load("pushback")["cards"]:
        translated = table.get(card["id"], {})
        answers_tr = translated.get("answers", [])
        answers = tuple(
            _answer(a, answers_tr[i] if i < len(answers_tr) else {})
            for i, a in enumerate(card["answers"])
            if applies(a["applies_to"], traits)
        )
        if answers:
            they_say = localized(card["id"], "they_say", card["they_say"], lang, table)
            cards.append(PushbackCard(card["id"], they_say, answers))
    return cards


def _answer(entry: dict[str, Any], translated: dict[str, Any]) -> PushbackAnswer:
    """One answer; a translated text replaces the English one only where it exists."""
    note = entry.get("note")
    if note is not None:
        note = translated.get("note") or note
    return PushbackAnswer(translated.get("say") or entry["say"], note, tuple(entry["sources"]))
