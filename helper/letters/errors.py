"""Errors of the letters package: each carries a message fit to show the user."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class MissingFact:
    """A fact the letter needs. `key` is what to put in `extra`; `question` asks for it."""

    key: str
    question: str
    where: str
    choices: tuple[tuple[str, str], ...] = field(default=())  # (value, plain label)
    # Which text asked it ("visits[*].claim.number", "recipient.address#tricare") and the
    # values filled into it, so it can be asked again in another language.
    text_id: str = ""
    params: tuple[tuple[str, Any], ...] = field(default=())

    def line(self) -> str:
        """One line: the question, then where to find it."""
        return f"{self.question} ({self.where})"


class LetterError(Exception):
    """Base of the letter errors."""


class MissingFactsError(LetterError):
    """The letter cannot be made until these facts are filled in."""

    def __init__(self, missing: list[MissingFact]):
        self.missing = list(missing)
        super().__init__(f"{len(self.missing)} fact(s) missing for this letter")


class LetterNotApplicable(LetterError):
    """This kind of letter does not fit the case (e.g. an ACA appeal for a Medicaid plan).

    `reason` names which ("not_aca", "grandfathered", "network_has_provider") so the
    message can be said in another language (`refusals.not_applicable_text`)."""

    def __init__(self, message: str, reason: str = "", params: dict[str, Any] | None = None):
        self.reason = reason
        self.params = dict(params or {})  # the values in the message (claim, date)
        super().__init__(message)


class BadFactError(LetterError):
    """A typed-in fact could not be read; `errors` lists "key: what is wrong" lines."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        super().__init__("; ".join(self.errors))


class UnknownVisitError(LetterError):
    """The visit id given is not in the case."""
