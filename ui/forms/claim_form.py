"""The claim part the visit and equipment forms share: the claim status in words, what the
member was asked to pay, codes typed with commas, and whether a claim is worth keeping.

The texts go through the calling form's `tr`, so they are asked in that form's context."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDoubleSpinBox

from helper.model import CLAIM_STATUSES, Claim
from ui.forms.fields import ChoiceBox, name_widget

Translate = Callable[[str], str]


def claim_status_field(tr: Translate, name: str) -> ChoiceBox:
    """What the plan did with the claim, in plain words; values are `CLAIM_STATUSES`."""
    words = {
        "not_submitted": tr("Not sent to the plan yet"),
        "pending": tr("Waiting for the plan"),
        "paid": tr("Paid"),
        "partially_paid": tr("Partly paid"),
        "denied": tr("Denied"),
    }
    return name_widget(
        ChoiceBox([(s, words[s]) for s in CLAIM_STATUSES]),
        name,
        tr("Claim status"),
        tr("What the plan did with the claim"),
    )


def member_cost_field(tr: Translate, name: str, tip: str) -> QDoubleSpinBox:
    """What the member was asked to pay, in dollars (0 stands for not known)."""
    field = name_widget(QDoubleSpinBox(), name, tr("Your cost"), tip)
    field.setRange(0, 100000)
    field.setPrefix("$")
    return field


def codes_from_text(text: str) -> list[str]:
    """Codes typed with commas between them ("z39.1, O92.5"), upper case, blanks dropped."""
    return [code.strip().upper() for code in text.split(",") if code.strip()]


def claim_to_keep(claim: Claim, original: Claim | None) -> Claim | None:
    """The edited claim, or None when the record had no claim and the form still holds
    nothing but the defaults: opening and saving a record adds no empty claim to it."""
    empty = claim.status == "not_submitted" and not any(
        (claim.number, claim.denial_date, claim.denial_reason, claim.member_cost,
         claim.denial_category, claim.appeal_sent, claim.final_denial_date,
         claim.review_requested, claim.review_decided)
    )  # fmt: skip
    return None if empty and original is None else claim
