"""What to do next, for the home page: open actions from the coverage check, deadlines with
days left, follow-ups from logged calls, and the last letter sent.

Works on the checker's report by attribute (`report.findings`, each with `kind`,
`severity`, `message`, `next_step`, `visit`, `due`, `sources`), so any object of that
shape will do.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from helper import i18n
from helper.call_log import FollowUp, follow_ups
from helper.model import Call, Case, LetterRecord

_LETTER_TAG = re.compile(r"\s*\(letters?:\s*([^)]*)\)")

SEVERITY_ORDER = ("problem", "action", "warning", "info")

# Deadline findings with a short title of their own ("Appeal by March 9, 2027"); others
# say "Deadline". The words are catalogue "next_actions" of `data/texts.json`.
TITLED_DEADLINES = (
    "appeal_deadline",
    "external_review_deadline",
    "state_hearing_deadline",
    "appeal_decision_due",
)


def deadline_title(kind: str, lang: str = "en") -> str:
    """ "Appeal", "Ask for external review"... or "Deadline" (en); "Apelación"... (es)."""
    titled = kind if kind in TITLED_DEADLINES else "other"
    return i18n.text("next_actions", f"deadline_title.{titled}", lang)


@dataclasses.dataclass(frozen=True)
class ActionItem:
    kind: str
    severity: str
    message: str
    next_step: str
    visit: str | None
    letter_kind: str | None
    sources: tuple[dict[str, Any], ...]


@dataclasses.dataclass(frozen=True)
class Deadline:
    kind: str
    title: str
    due: dt.date
    days_left: int
    message: str
    next_step: str
    visit: str | None
    letter_kind: str | None
    sources: tuple[dict[str, Any], ...]

    def line(self, lang: str = "en") -> str:
        """ "Appeal by March 9, 2027 — 102 days left" (en);
        "Apelación antes del 9 de marzo de 2027 — quedan 102 días" (es)."""
        due, left = long_date(self.due, lang), days_left_text(self.days_left, lang)
        own = self.title != deadline_title(self.kind)  # a title the caller chose stays
        title = self.title if own else deadline_title(self.kind, lang)
        # never "appeal by" a date that is gone
        msg_id = "deadline_passed" if self.days_left < 0 else "deadline_line"
        return i18n.text("next_actions", msg_id, lang, title=title, due=due, left=left)


@dataclasses.dataclass(frozen=True)
class NextActions:
    actions: list[ActionItem]
    deadlines: list[Deadline]
    follow_ups: list[FollowUp]
    last_letter: LetterRecord | None

    @property
    def empty(self) -> bool:
        return not (self.actions or self.deadlines or self.follow_ups or self.last_letter)


def source_dict(source: Any) -> dict[str, Any]:
    """A source as a {document, section, quote} dict, from a dict or the checker's Source."""
    if isinstance(source, dict):
        return source
    if hasattr(source, "to_dict"):
        return source.to_dict()
    return {k: getattr(source, k, "") for k in ("document", "section", "quote")}


def sources_of(finding: Any) -> tuple[dict[str, Any], ...]:
    return tuple(source_dict(s) for s in (getattr(finding, "sources", None) or ()))


def long_date(value: dt.date, lang: str = "en") -> str:
    """ "March 9, 2027" (en), "9 de marzo de 2027" (es); not from the system locale."""
    return i18n.long_date(value, lang)


def days_left_text(days: int, lang: str = "en") -> str:
    """ "102 days left", "due today", "passed 3 days ago" (en); "quedan 102 días" (es)."""
    return i18n.days_left_text(days, lang)


def letters_in(next_step: str | None) -> list[str]:
    """The letter kinds a next step names: "(letter: kind)" or "(letters: a, b)"."""
    match = _LETTER_TAG.search(next_step or "")
    if not match:
        return []
    kinds = re.split(r",|\bor\b|\band\b", match.group(1))
    return [kind.strip() for kind in kinds if re.fullmatch(r"[a-z0-9_]+", kind.strip())]


def letter_in(next_step: str | None) -> str | None:
    """The first letter kind a next step names, or None."""
    kinds = letters_in(next_step)
    return kinds[0] if kinds else None


def without_letter_tag(next_step: str | None) -> str:
    """The next step with its "(letter: kind)" marker removed, for display."""
    return _LETTER_TAG.sub("", next_step or "").strip()


def open_actions(findings: Iterable[Any]) -> list[ActionItem]:
    """Problems, then actions, without a due date (those are deadlines), in report order."""
    items = [
        ActionItem(
            kind=f.kind,
            severity=f.severity,
            message=f.message,
            next_step=without_letter_tag(f.next_step),
            visit=f.visit,
            letter_kind=letter_in(f.next_step),
            sources=sources_of(f),
        )
        for f in findings
        if f.severity in ("problem", "action") and f.due is None
    ]
    return sorted(items, key=lambda a: SEVERITY_ORDER.index(a.severity))


def deadlines(findings: Iterable[Any], today: dt.date) -> list[Deadline]:
    """Every finding with a due date, soonest first (passed ones too: they say so)."""
    result = [
        Deadline(
            kind=f.kind,
            title=deadline_title(f.kind),
            due=f.due,
            days_left=(f.due - today).days,
            message=f.message,
            next_step=without_letter_tag(f.next_step),
            visit=f.visit,
            letter_kind=letter_in(f.next_step),
            sources=sources_of(f),
        )
        for f in findings
        if f.due is not None
    ]
    return sorted(result, key=lambda d: (d.due, d.kind))


def last_letter_sent(letters: Iterable[LetterRecord]) -> LetterRecord | None:
    sent = [letter for letter in letters if letter.sent is not None]
    return max(sent, key=lambda letter: letter.sent) if sent else None


def next_actions(
    case: Case,
    report: Any | None,
    today: dt.date,
    calls: Iterable[Call] | None = None,
) -> NextActions:
    """Everything the home page lists. `calls` defaults to the case's own calls."""
    findings = list(report.findings) if report is not None else []
    return NextActions(
        actions=open_actions(findings),
        deadlines=deadlines(findings, today),
        follow_ups=follow_ups(case.calls if calls is None else calls, today),
        last_letter=last_letter_sent(case.letters),
    )
