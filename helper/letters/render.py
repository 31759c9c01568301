"""Rendering a letter: context -> HTML (print, PDF) and plain text (email body, web form)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from helper.letters.context import context_from, prepare
from helper.letters.environment import letters_environment, template_name, user_letters_dir
from helper.letters.errors import MissingFact, MissingFactsError
from helper.letters.template_errors import template_problem
from helper.model import Case


@dataclass(frozen=True)
class Recipient:
    name: str
    address: str | None = None  # lines joined by "\n"
    email: str | None = None
    web_form: str | None = None  # a regulator's complaint form: open it and paste `text`


@dataclass(frozen=True)
class RenderedLetter:
    kind: str
    subject: str
    html: str
    text: str
    recipient: Recipient
    missing: list[MissingFact] = field(default_factory=list)  # always empty once rendered


def render_letter(
    kind: str,
    case: Case,
    visit_id: str | None = None,
    extra: dict | None = None,
    today: dt.date | None = None,
) -> RenderedLetter:
    """The letter in both formats; MissingFactsError lists what must be filled in first."""
    today = today or dt.date.today()
    prepared = prepare(kind, case, visit_id, extra, today)
    if prepared.missing:
        raise MissingFactsError(prepared.missing)
    context = context_from(prepared, today)
    html, text = render_templates(kind, context)
    recipient = context["recipient"]
    return RenderedLetter(
        kind=kind,
        subject=context["subject"],
        html=html,
        text=text,
        recipient=Recipient(
            name=recipient["name"] or "",
            address="\n".join(recipient["address_lines"]) or None,
            email=recipient["email"],
            web_form=recipient["web_form"],
        ),
    )


def render_templates(kind: str, context: dict, none_as: str | None = None) -> tuple[str, str]:
    """(HTML, plain text) of the letter's templates; a template fault is raised as a
    LetterTemplateProblem naming its file and line. `none_as`: see `letters_environment`."""
    env = letters_environment(none_as)
    try:
        html = env.get_template(template_name(kind, "html")).render(context)
        text = _tidy(env.get_template(template_name(kind, "txt")).render(context))
    except Exception as error:
        problem = template_problem(error, user_letters_dir())
        if problem is None:
            raise
        raise problem from error
    return html, text


def _tidy(text: str) -> str:
    """No trailing spaces, never more than one blank line, one final newline."""
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"
