"""The plan finder's words: each question, how to tell, each answer, each assumption.

The tree itself (ids, where each answer leads) is `helper.plan_finder`; only the words are
here, in `tr()` so they are translated with the rest of the interface.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helper.plan_finder import Outcome
from ui.widgets.plan_choices import plan_type_choices


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanFinder", text)


def question_text(question_id: str) -> str:
    return {
        "card": _tr("Does your insurance card say Medicaid, Medi-Cal or CHIP?"),
        "medicaid_kind": _tr("Does the card also name a health plan?"),
        "source": _tr("Where did you get this plan?"),
        "employer": _tr("Is the employer a state or local government?"),
        "funding": _tr(
            "Who pays the claims: an insurance company, or the employer itself (self-funded)?"
        ),
        "short_term": _tr("Is it a short-term plan?"),
    }[question_id]


def question_help(question_id: str) -> str:
    """How to tell, in a sentence or two."""
    return {
        "card": _tr(
            "Look at the front of the card. Some states give Medicaid its own name, such as "
            "Medi-Cal, Apple Health or MassHealth: that counts as Medicaid."
        ),
        "medicaid_kind": _tr(
            "When a health plan runs your Medicaid care, its name and logo are on the card, "
            "for example Health Net or Central California Alliance for Health."
        ),
        "source": _tr(
            "Think of who signed you up. A plan from your partner's or parent's job counts "
            "as a job plan."
        ),
        "employer": _tr(
            "For example a state agency, a county or city, a public school district or a "
            "public university. Federal jobs have their own answer (FEHB)."
        ),
        "funding": _tr(
            'How to tell: on a self-funded plan the card or papers often say "self-funded", '
            '"administered by" or "claims administrator" next to the insurer\'s name. The '
            "Summary Plan Description (SPD) says how the plan is funded. Or ask HR or the "
            'benefits office: "Is our health plan fully insured or self-funded?"'
        ),
        "short_term": _tr(
            'Short-term plans last a few months; their papers say "short-term" or '
            '"limited-duration" near the start.'
        ),
    }[question_id]


def answer_text(question_id: str, answer_id: str) -> str:
    if answer_id == "dont_know":
        return _tr("I don't know")
    return {
        ("card", "medicaid"): _tr("Yes: Medicaid or Medi-Cal (or my state's name for it)"),
        ("card", "chip"): _tr("Yes: CHIP"),
        ("card", "neither"): _tr("No, neither"),
        ("medicaid_kind", "health_plan"): _tr("Yes, a health plan's name is on it"),
        ("medicaid_kind", "state_only"): _tr("No, only the state's program"),
        ("source", "job"): _tr("Through a job (mine or a family member's)"),
        ("source", "union"): _tr("Through a union"),
        ("source", "federal"): _tr("A federal government job (FEHB)"),
        ("source", "military"): _tr("The military (TRICARE)"),
        ("source", "marketplace"): _tr("HealthCare.gov or my state's marketplace"),
        ("source", "bought_myself"): _tr("I bought it myself from an insurer or a broker"),
        ("source", "state_program"): _tr("My state's Medicaid or CHIP office"),
        ("employer", "government"): _tr("Yes, a state or local government"),
        ("employer", "private"): _tr("No, a company or a non-profit"),
        ("funding", "insured"): _tr("An insurance company (fully insured)"),
        ("funding", "self_funded"): _tr("The employer or the union (self-funded)"),
        ("short_term", "yes"): _tr("Yes, short-term"),
        ("short_term", "no"): _tr("No"),
    }[(question_id, answer_id)]


def note_text(note: str) -> str:
    """What the app assumes after an "I don't know", and how to find out."""
    return {
        "medicaid_kind_unknown": _tr(
            "The app will assume a Medicaid health plan (managed care), the way most people "
            "get Medicaid. To find out: call the member services number on your card and ask "
            "whether a health plan or the state pays your claims."
        ),
        "source_unknown": _tr(
            'The app will keep the plan type as "I don\'t know": it uses the earliest '
            "deadlines so none is missed, and tells you what to check. To find out: call the "
            "member services number on your card and ask what kind of plan it is."
        ),
        "funding_unknown": _tr(
            'The app will keep the plan type as "I don\'t know" and use the earliest '
            "deadlines. To find out: read the Summary Plan Description (SPD) or ask HR: "
            '"Is our health plan fully insured or self-funded?"'
        ),
        "short_term_unknown": _tr(
            "The app will assume a regular plan you bought yourself, not a short-term one. "
            'To find out: look for the words "short-term" or "limited-duration" on the first '
            "page of your policy."
        ),
    }[note]


def plan_type_label(plan_type: str) -> str:
    for value, label, _explanation in plan_type_choices():
        if value == plan_type:
            return label
    return plan_type


def outcome_text(outcome: Outcome) -> str:
    """The finder's answer in a few sentences."""
    lines = [_tr("Your plan type: {label}.").format(label=plan_type_label(outcome.plan_type))]
    if outcome.sponsor == "government":
        lines.append(_tr("Your employer is a state or local government."))
    if outcome.note:
        lines.append(note_text(outcome.note))
    return "\n".join(lines)
