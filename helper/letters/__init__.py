"""Letters: appeal, gap exception, complaint and request letters made from a case.

The API the Letters page and the CLI use:

- `letter_kinds()` -> [LetterKind]: every kind (`.id`, `.title`, `.purpose`, `.plans`).
- `suggested_kinds(case)` -> [str]: the kinds that fit the case, the checker's suggestions first.
- `missing_facts(kind, case, visit_id=None, extra=None, lang="en")` -> [MissingFact]: what
  to ask for (`.key` to put in `extra`, `.question`, `.where`, `.choices`), in `lang`.
- `build_context(...)` -> dict: the template context (for previews and tests).
- `render_letter(kind, case, visit_id=None, extra=None, today=None)` -> RenderedLetter
  (`.subject`, `.html`, `.text`, `.recipient`); raises MissingFactsError(missing),
  LetterNotApplicable (the kind does not fit the plan), BadFactError (a typed fact cannot
  be read), UnknownVisitError or LetterTemplateProblem (a template, e.g. one the user
  edited, fails: the message names its file and line). All are LetterError with a
  message fit for the user.
- `copy_template_for_editing(kind, "html"|"txt")` -> Path: the user's own copy, which wins.
- `letter_pdf(letter, created=None)` -> bytes: the letter's HTML as a PDF, made by the one
  PDF engine (`helper.pdf`) the command line, Save PDF and the email attachment all use;
  raises helper.pdf.PdfError (UnprintableTextError names characters no font can show);
  refuses a draft (LetterError).
- `render_draft(...)` (`helper.letters.draft`) -> DraftLetter: the letter with a marked
  blank for each missing fact, for the screen only: never a RenderedLetter.

`extra` keys are described in `helper.letters.extra`.

The template machinery (Jinja2, the context builder) is imported on first use of a name
that needs it (`__getattr__`), so naming a kind (`KINDS`, `get_kind`) stays cheap: the
app's first page shows letter titles without loading Jinja2.
"""

from __future__ import annotations

import datetime as dt
import importlib
from typing import TYPE_CHECKING, Any

from helper.letters.kinds import KINDS, LetterKind, get_kind, letter_kinds
from helper.letters.law import aca_applies
from helper.model import Case

if TYPE_CHECKING:
    from helper.letters.context import build_context
    from helper.letters.environment import copy_template_for_editing, user_letters_dir
    from helper.letters.errors import (
        BadFactError,
        LetterError,
        LetterNotApplicable,
        MissingFact,
        MissingFactsError,
        UnknownVisitError,
    )
    from helper.letters.render import Recipient, RenderedLetter, render_letter
    from helper.letters.template_errors import LetterTemplateProblem

# Names imported on first use: name -> the module that defines it.
_ON_USE = {
    **dict.fromkeys(
        (
            "BadFactError",
            "LetterError",
            "LetterNotApplicable",
            "MissingFact",
            "MissingFactsError",
            "UnknownVisitError",
        ),
        "helper.letters.errors",
    ),
    "build_context": "helper.letters.context",
    "prepare": "helper.letters.context",
    "copy_template_for_editing": "helper.letters.environment",
    "user_letters_dir": "helper.letters.environment",
    "Recipient": "helper.letters.render",
    "RenderedLetter": "helper.letters.render",
    "render_letter": "helper.letters.render",
    "LetterTemplateProblem": "helper.letters.template_errors",
}


def __getattr__(name: str) -> Any:
    module = _ON_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once
    return value


def missing_facts(
    kind: str,
    case: Case,
    visit_id: str | None = None,
    extra: dict | None = None,
    lang: str = "en",
    today: dt.date | None = None,
) -> list[MissingFact]:
    """The facts still needed for this letter (empty when it can be made), asked in
    `lang` ("en", "es": questions, where to look and choice labels; English as fallback)."""
    from helper.letters.context import prepare
    from helper.letters.missing import localize_fact

    prepared = prepare(kind, case, visit_id, extra, today)
    return [localize_fact(fact, lang) for fact in prepared.missing]


def suggested_kinds(case: Case, today: dt.date | None = None) -> list[str]:
    """Kinds that fit the case: the coverage checker's suggestions first, then the rest."""
    from helper.letters.sources import coverage_report

    report = coverage_report(case, today)
    suggested = [k for k in (getattr(report, "letters", None) or []) if k in KINDS]
    from helper.letters.refusals import fits

    fitting = [k.id for k in letter_kinds() if fits(k, case)]
    if not aca_applies(case) and "plan_appeal" in fitting:
        fitting.remove("plan_appeal")
        fitting.insert(0, "plan_appeal")
    ordered = [k for k in suggested if k in fitting] + fitting
    return list(dict.fromkeys(ordered))


def letter_pdf(letter: RenderedLetter, created: dt.datetime | None = None) -> bytes:
    """The letter as a PDF document (from its HTML; `created` defaults to now, or to
    SOURCE_DATE_EPOCH when set)."""
    from helper.letters.draft import is_draft
    from helper.letters.render import RenderedLetter
    from helper.pdf import html_to_pdf

    if not isinstance(letter, RenderedLetter) or is_draft(letter.html):
        raise LetterError("This letter still has blanks to fill in: it cannot be made a PDF.")
    return html_to_pdf(letter.html, title=letter.subject, created=created)


__all__ = [
    "BadFactError",
    "LetterError",
    "LetterKind",
    "LetterNotApplicable",
    "LetterTemplateProblem",
    "MissingFact",
    "MissingFactsError",
    "Recipient",
    "RenderedLetter",
    "UnknownVisitError",
    "build_context",
    "copy_template_for_editing",
    "get_kind",
    "letter_kinds",
    "letter_pdf",
    "missing_facts",
    "render_letter",
    "suggested_kinds",
    "user_letters_dir",
]
