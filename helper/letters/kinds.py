"""The catalogue of letter kinds, read from `data/letter_kinds.json` (the one place they are
defined): plain-words titles, what each is for, which plans it fits, what it asks for."""

from __future__ import annotations

from dataclasses import dataclass

from helper.knowledge import load


@dataclass(frozen=True)
class LetterKind:
    """One kind of letter. `plans` is "aca" (only plans the ACA rule reaches), "review"
    (plans with an outside review the letter can ask for: helper.letters.review) or "any".
    `asks` names the facts of a claim it needs ("claim" number, "provider", billed "codes");
    a `first_appeal` has a last day to file; `plan_must_answer` when the law gives the plan
    a time to answer it."""

    id: str
    title: str
    purpose: str
    recipient: str  # "insurer" or "regulator"
    plans: str = "any"
    needs_service: bool = True  # about at least one visit or pump
    asks: frozenset[str] = frozenset()
    first_appeal: bool = False
    plan_must_answer: bool = False


def _kinds() -> dict[str, LetterKind]:
    return {
        entry["id"]: LetterKind(**{**entry, "asks": frozenset(entry["asks"])})
        for entry in load("letter_kinds")["kinds"]
    }


KINDS: dict[str, LetterKind] = _kinds()


def letter_kinds() -> list[LetterKind]:
    """Every letter kind, in the order to offer them."""
    return list(KINDS.values())


def get_kind(kind: str) -> LetterKind:
    """The kind named `kind`; KeyError with the known names otherwise."""
    try:
        return KINDS[kind]
    except KeyError:
        raise KeyError(f'unknown letter kind "{kind}"; the kinds are: {", ".join(KINDS)}') from None
