"""A letter not complete yet, shown with each missing fact as a marked blank in its place.

The draft is made from the real templates: each missing fact typed as text (a name, an
address, a claim number) is filled with a unique token, the letter is rendered, and each
token is then replaced by the fact's own question in brackets, highlighted in the HTML
("[Member ID: on your insurance card]"). A missing date, credential or plan type is put
(and whether the plan is grandfathered) in the template context the same way; it feeds no computation there (no deadline is worked
out from a date that is not known: that sentence falls back to its words without a date).
A fact with no place in the text (a yes/no answer, a choice) is listed at the top under
"Still to fill in", and anything the letter would work out from it prints as a blank.

A draft is a `DraftLetter`, never a `RenderedLetter`: nothing prints, saves, emails or
packs it, `letter_pdf` refuses its HTML, and `render_letter` (the only way to a letter
that can be sent, which the CLI uses) still raises MissingFactsError while a fact is missing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from markupsafe import escape

from helper.letters.context import Prepared, context_from, prepare
from helper.letters.errors import BadFactError, LetterError, MissingFact
from helper.letters.render import Recipient, render_templates
from helper.model import Case

BLANK_CLASS = "letter-blank"
BLANK_STYLE = "background-color: #ffe97a; color: #000000;"
# Facts typed as free text: a token can stand in their place in the case or the letter.
TEXT_FACTS = (
    "member.name",
    "member.address",
    "member.member_id",
    "member.group_number",
    "plan.insurer",
    "recipient.name",
    "recipient.address",
)
TEXT_SERVICE_FIELDS = ("claim.number", "provider.name", "lines")
UNKNOWN = "QZUNKNOWNZQ"  # what the letter would work out from a fact still missing
UNKNOWN_WORDS = "[worked out once the blanks are filled in]"
STILL_TO_FILL = "Still to fill in:"
SHORT_BLANK = "[…]"  # a blank in the subject and the recipient, shown on one line
_TITLE = re.compile(r"<title>.*?</title>", re.DOTALL)


@dataclass(frozen=True)
class DraftLetter:
    """The letter with blanks, for the screen only. `blanks`: the facts still missing."""

    kind: str
    subject: str
    html: str
    text: str
    recipient: Recipient
    blanks: tuple[MissingFact, ...] = ()
    context: dict = field(default_factory=dict, compare=False, repr=False)


def blank_words(fact: MissingFact) -> str:
    """ "[Member ID: on your insurance card]": what goes in the fact's place."""
    question = fact.question.rstrip(" ?.")
    return f"[{question}: {fact.where}]" if fact.where else f"[{question}]"


def short_words(fact: MissingFact) -> str:
    """ "[Member ID]": the fact's place once the letter has said where to find it."""
    return f"[{fact.question.rstrip(' ?.')}]"


def is_text_fact(key: str) -> bool:
    if key in TEXT_FACTS:
        return True
    head, _, rest = key.partition("].")
    return head.startswith(("visits[", "equipment[")) and rest in TEXT_SERVICE_FIELDS


def token(index: int) -> str:
    """A placeholder no case holds and every field accepts (a billing code included)."""
    return f"QZB{index:03d}ZQ"


def render_draft(
    kind: str,
    case: Case,
    visit_id: str | None = None,
    extra: dict | None = None,
    today: dt.date | None = None,
) -> DraftLetter:
    """The letter with a blank for each missing fact (none when it is complete).

    Raises what `prepare` raises: LetterNotApplicable, BadFactError (see `usable_extra`),
    UnknownVisitError; LetterTemplateProblem when a template fails.
    """
    today = today or dt.date.today()
    prepared = prepare(kind, case, visit_id, extra, today)
    missing = list(prepared.missing)
    tokens = {fact.key: token(i) for i, fact in enumerate(missing)}
    filled = dict(extra or {})
    filled.update({key: value for key, value in tokens.items() if is_text_fact(key)})
    try:
        with_tokens = prepare(kind, case, visit_id, filled, today) if missing else prepared
    except LetterError:  # a token changed what the letter is about: no text facts in place
        with_tokens = prepared
    context = context_from(with_tokens, today)
    _place_in_context(context, with_tokens, tokens)
    html, text = render_templates(kind, context, none_as=UNKNOWN if missing else None)
    unplaced = [fact for fact in missing if tokens[fact.key] not in html]
    html, text = _note_unplaced(html, text, unplaced, tokens)
    recipient = context["recipient"]
    words = {tokens[fact.key]: (blank_words(fact), short_words(fact)) for fact in missing}
    words[UNKNOWN] = (UNKNOWN_WORDS, UNKNOWN_WORDS)

    def plain(value: Any) -> str | None:  # one line on the page: "[…]" for each blank
        brief = {found: (SHORT_BLANK, SHORT_BLANK) for found in words}
        return None if value is None else _replace(str(value), brief, str, once=False)

    return DraftLetter(
        kind=kind,
        subject=plain(context["subject"]) or "",
        html=_mark_html(html, words),
        text=_replace(text, words, str),
        recipient=Recipient(
            name=plain(recipient["name"]) or "",
            address=plain("\n".join(recipient["address_lines"]) or None),
            email=plain(recipient["email"]),
            web_form=plain(recipient["web_form"]),
        ),
        blanks=tuple(missing),
        context=context,
    )


def usable_extra(
    kind: str, case: Case, visit_id: str | None, extra: dict, today: dt.date | None = None
) -> dict:
    """`extra` without the typed facts that cannot be read (each is then a blank), so a
    draft can still be shown while the form names what is wrong."""
    try:
        prepare(kind, case, visit_id, extra, today)
        return dict(extra)
    except BadFactError:
        pass
    usable = {}
    for key, value in extra.items():
        try:
            prepare(kind, case, visit_id, {key: value}, today)
        except BadFactError:
            continue
        usable[key] = value
    return usable


def _place_in_context(context: dict, p: Prepared, tokens: dict[str, str]) -> None:
    """Blanks for the missing facts the case cannot hold as text: dates, the provider's
    credential, the plan type. Only the words change; nothing is worked out from them."""
    for service, shown in zip(p.services, context["services"], strict=False):
        claim, provider = shown.get("claim"), shown.get("provider")
        for name in ("denial_date", "final_denial_date"):
            found = tokens.get(f"{service.prefix}.claim.{name}")
            if found and claim is not None:
                claim[name] = found
        found = tokens.get(f"{service.prefix}.provider.credential")
        if found and provider is not None:
            provider["credential_label"] = found
    if "plan.grandfathered" in tokens:
        context["law"]["grandfathered_words"] = tokens["plan.grandfathered"]
    if "plan.type" in tokens:
        context["plan"]["type_label"] = tokens["plan.type"]
        context["law"]["plan_type_label"] = tokens["plan.type"]


def _note_unplaced(
    html: str, text: str, unplaced: list[MissingFact], tokens: dict[str, str]
) -> tuple[str, str]:
    """The facts with no place in the letter's words, listed at its top."""
    if not unplaced:
        return html, text
    items = "".join(f"<li>{tokens[fact.key]}</li>" for fact in unplaced)
    note = f'<div class="letter-blanks-note"><p><strong>{STILL_TO_FILL}</strong></p><ul>{items}</ul></div>'
    at = html.find(">", html.find("<body")) + 1 if "<body" in html else 0
    html = html[:at] + "\n" + note + html[at:]
    lines = "\n".join(f"- {tokens[fact.key]}" for fact in unplaced)
    return html, f"{STILL_TO_FILL}\n{lines}\n\n{text}"


def _mark_html(html: str, words: dict[str, tuple[str, str]]) -> str:
    """Tokens as highlighted blanks (plain words inside the <title>)."""
    html = _TITLE.sub(
        lambda m: _replace(m.group(0), words, lambda w: str(escape(w)), once=False), html
    )
    return _replace(
        html,
        words,
        lambda w: f'<span class="{BLANK_CLASS}" style="{BLANK_STYLE}">{escape(w)}</span>',
    )


def _replace(text: str, words: dict[str, tuple[str, str]], shown, once: bool = True) -> str:
    """Each token as its blank's words: the full words (with where to find the fact) the
    first time, then the short ones (`once`), or the short ones throughout."""
    if not words:
        return text
    seen: set[str] = set()

    def blank(match: re.Match) -> str:
        found = match.group(0)
        full, short = words[found]
        first = once and found not in seen
        seen.add(found)
        return shown(full if first else short)

    pattern = re.compile("|".join(re.escape(t) for t in words))
    return pattern.sub(blank, text)


def is_draft(html: str) -> bool:
    """Whether an HTML letter holds a marked blank (a letter that can be sent never does)."""
    return f'class="{BLANK_CLASS}"' in html
