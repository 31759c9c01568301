"""A Spanish reading copy of a letter: what it is, to whom, what it asks, by when, and the
facts it cites. The letter itself is sent in English; this copy is for the parent to read.

Built from the same facts as the letter (`context.prepare`) and rendered from the Spanish
templates `letters/es/<kind>.reading.txt.j2` in the same sandboxed environment (a user's
edited copy in their `letters/es/` folder wins, as for letters).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from helper import plan_types
from helper.i18n import (
    amount,
    cite_text,
    english_texts,
    letter_kind_text,
    long_date,
    period_text,
    text,
)
from helper.letters.context import (
    MAX_CALLS_IN_LETTER,
    chosen_calls,
    context_from,
    plan_name_beside_insurer,
    prepare,
)
from helper.letters.environment import letters_environment, safe_template_name
from helper.letters.errors import MissingFactsError
from helper.letters.law import fair_hearing_request
from helper.letters.render import _tidy
from helper.letters.sources import appeal_due
from helper.model import Case

# The copy's own words are catalogue "reading_copy" of `data/texts.json`, read in Spanish.
# The kinds whose general purpose promises what only the ACA rule gives ("sin costos
# compartidos") have a purpose of their own for a plan outside that rule.
PURPOSE_OUTSIDE_ACA = ("gap_exception",)


def _t(msg_id: str, **params: str) -> str:
    return text("reading_copy", msg_id, "es", **params)


def reading_template_name(kind: str) -> str:
    return safe_template_name(f"es/{kind}.reading.txt.j2")


def reading_copy_es(
    kind: str,
    case: Case,
    visit_id: str | None = None,
    extra: dict | None = None,
    today: dt.date | None = None,
) -> str:
    """The Spanish reading copy of the letter `render_letter(kind, case, ...)` would make.

    Raises what `render_letter` raises (MissingFactsError, LetterNotApplicable...).
    """
    return render_reading_copy(reading_context(kind, case, visit_id, extra, today))


def render_reading_copy(context: dict[str, Any]) -> str:
    env = letters_environment()
    return _tidy(env.get_template(reading_template_name(context["kind"])).render(context))


def reading_context(
    kind: str,
    case: Case,
    visit_id: str | None = None,
    extra: dict | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The Spanish template context: Spanish words and dates; names, codes, claim
    numbers, citations and the letter's subject as they are in the English letter."""
    today = today or dt.date.today()
    prepared = prepare(kind, case, visit_id, extra, today)
    if prepared.missing:
        raise MissingFactsError(prepared.missing)
    letter = context_from(prepared, today)
    keys = {s.key for s in prepared.services}
    law = letter["law"]
    window = law["appeal_window"]
    decision = law["decision"]
    return {
        "kind": kind,
        "title": letter_kind_text(kind, "title", prepared.kind.title, "es"),
        "purpose": (
            _t(f"purpose_outside_aca.{kind}")
            if kind in PURPOSE_OUTSIDE_ACA and not law["aca"]
            else letter_kind_text(kind, "purpose", prepared.kind.purpose, "es")
        ),
        "to_regulator": prepared.kind.recipient == "regulator",
        "fair_hearing": fair_hearing_request(kind, case),
        "subject": letter["subject"],
        "today": long_date(today, "es"),
        "member": letter["member"],
        "plan": {
            "insurer": case.plan.insurer,
            "plan_name": plan_name_beside_insurer(case.plan),
            "type_label": plan_types.letter_words(case.plan.type, "es"),
        },
        "baby": {"name": case.baby.name},
        "recipient": letter["recipient"],
        "services": [_service(s) for s in prepared.services],
        "claim_numbers": letter["claim_numbers"],
        "claims_es": _claims_es(letter["claim_numbers"]),
        "claims_es_del": _claims_es(letter["claim_numbers"], "del"),
        "calls": len(letter["calls"]),
        "call_list": [
            {
                "date": _date(c.started.date()) if c.started else None,
                "rep": c.rep_name,
                "rep_id": c.rep_id,
                "reference": c.reference,
            }
            for c in chosen_calls(prepared.case, keys)[-MAX_CALLS_IN_LETTER:]
        ],
        "enclosures": letter["enclosures"],
        "facts": letter["facts"],
        "aca": law["aca"],
        "oon_gap": law["oon_gap"],
        "appeal_due": _date(law["appeal_due_date"]),
        "appeal_window": (
            {
                "period": period_text(window["period"], "es"),
                "cite": cite_text(window["cite"], "es"),
                "up_to": window.get("up_to", False),
            }
            if window
            else None
        ),
        "decision": (
            {"days": decision["days"], "cite": cite_text(decision["cite"], "es")}
            if decision
            else None
        ),
        "review_due": _date(_finding_due(prepared.report, "external_review_deadline", keys)),
        # the state's window is not known: the date is the shortest a state is known to give
        "review_safe": any(d.get("at_least") for d in (letter.get("review") or {}).get("dues", [])),
        "regulator": letter["regulator"],
        "letter_is_english": _t("letter_is_english"),
    }


def _claims_es(numbers: list[str], form: str = "el") -> str | None:
    """ "el reclamo C-1" / "los reclamos C-1 y C-2" (form "del": "del reclamo", "de los")."""
    if not numbers:
        return None
    listed = numbers[0]
    if len(numbers) > 1:
        listed = _t("list_and", items=", ".join(numbers[:-1]), last=numbers[-1])
    msg_id = "claims.one" if len(numbers) == 1 else "claims.many"
    return _t(msg_id + ("_of" if form == "del" else ""), numbers=listed)


def _claim_status(status: str) -> str:
    msg_id = f"claim_status.{status}"
    return _t(msg_id) if msg_id in english_texts("reading_copy") else status


def _amount(value: float | None) -> str | None:
    return None if value is None else amount(value, "es")


def _date(value: dt.date | None) -> str | None:
    return long_date(value, "es") if value else None


def _finding_due(report: Any, kind: str, keys: set[str]) -> dt.date | None:
    return appeal_due(report, keys, kind)


def _service(service) -> dict[str, Any]:
    visit, item, claim = service.visit, service.equipment, service.claim
    if visit is not None:
        what = _t("service.visit")
        when = visit.date
        provider = visit.provider.name
        codes = [line.code for line in visit.lines]
    else:
        what = _t("service.equipment")
        when = item.date
        provider = None
        codes = [item.code]
    return {
        "what": what,
        "date": _date(when),
        "provider": provider,
        "codes": ", ".join(c for c in codes if c) or None,
        "claim": (
            {
                "number": claim.number,
                "status": _claim_status(claim.status),
                "denial_date": _date(claim.denial_date),
                "final_denial_date": _date(claim.final_denial_date),
                "member_cost": _amount(claim.member_cost),
            }
            if claim is not None
            else None
        ),
    }
