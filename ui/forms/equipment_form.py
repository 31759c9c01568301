"""The equipment form: a breast pump, kit or supplies, with its code and what the plan did."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from helper.model import Claim, Equipment
from helper.model.fields import MAX_QUANTITY
from ui.forms.claim_form import (
    claim_status_field,
    claim_to_keep,
    codes_from_text,
    member_cost_field,
)
from ui.forms.claim_stage_form import ClaimStageFields
from ui.forms.fields import DateField, add_row, name_widget, wrap_long_rows, yes_no_unknown


class EquipmentForm(QWidget):
    """objectNames: `equipment-date`, `equipment-code`, `equipment-modifier`,
    `equipment-rental-days`, `equipment-prior-auth`, `equipment-diagnoses`,
    `equipment-claim-status`, `equipment-member-cost`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        tr = self.tr
        self.original = Equipment()
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date = name_widget(DateField(), "equipment-date", tr("Date"), tr("When you got it"))
        add_row(form, tr("Date"), self.date)
        self.code = name_widget(
            QLineEdit(),
            "equipment-code",
            tr("Code"),
            tr("The HCPCS code, e.g. E0603 for a personal electric pump"),
        )
        self.code.setPlaceholderText("E0603")
        add_row(form, tr("Code"), self.code,
                tr("On the supplier's receipt and on the Explanation of Benefits. E0602 manual "
                   "pump or kit, E0603 personal electric pump, E0604 hospital-grade pump "
                   "(rental), A4281–A4286 replacement supplies."))  # fmt: skip
        self.modifier = name_widget(
            QLineEdit(),
            "equipment-modifier",
            tr("Modifier"),
            tr("NU for new (bought), RR for rental"),
        )
        add_row(form, tr("Modifier"), self.modifier, tr("NU means bought new; RR means rented."))
        self.rental_days = name_widget(
            QSpinBox(),
            "equipment-rental-days",
            tr("Rental days"),
            tr("For a rental: how many days (0 if not a rental)"),
        )
        self.rental_days.setRange(0, 3650)
        self.rental_days.setSpecialValueText(tr("not a rental"))
        add_row(form, tr("Rental days"), self.rental_days)
        self.quantity = name_widget(
            QSpinBox(),
            "equipment-quantity",
            tr("Quantity"),
            tr("How many items this line is for (0 if not written down)"),
        )
        self.quantity.setRange(0, MAX_QUANTITY)
        self.quantity.setSpecialValueText(tr("not written down"))
        add_row(form, tr("Quantity"), self.quantity,
                tr("For supplies: how many (bottles, boxes of storage bags...). Some policies "
                   "cover only so many a month or a year."))  # fmt: skip
        self.prior_auth = name_widget(
            yes_no_unknown(self),
            "equipment-prior-auth",
            tr("Prior authorization"),
            tr("Whether the plan approved it beforehand"),
        )
        add_row(form, tr("Approved beforehand?"), self.prior_auth)
        self.diagnoses = name_widget(
            QLineEdit(),
            "equipment-diagnoses",
            tr("Diagnosis codes"),
            tr("Diagnosis codes on the order, separated by commas, e.g. Z39.1"),
        )
        add_row(form, tr("Diagnoses"), self.diagnoses)
        self.claim_status = claim_status_field(tr, "equipment-claim-status")
        add_row(form, tr("Claim status"), self.claim_status)
        self.member_cost = member_cost_field(
            tr, "equipment-member-cost", tr("What you were asked to pay, in dollars")
        )
        add_row(form, tr("You were asked to pay"), self.member_cost)
        self.stage = ClaimStageFields(self, form, "equipment-claim")
        wrap_long_rows(form)

    def load(self, item: Equipment) -> None:
        self.original = item
        self.date.set_value(item.date)
        self.code.setText(item.code)
        self.modifier.setText(item.modifier or "")
        self.rental_days.setValue(item.rental_days or 0)
        self.quantity.setValue(item.quantity or 0)
        self.prior_auth.set_value(item.prior_authorization)
        self.diagnoses.setText(", ".join(item.diagnoses))
        claim = item.claim or Claim()
        self.claim_status.set_value(claim.status)
        self.member_cost.setValue(claim.member_cost or 0)
        self.stage.load(claim)

    def equipment(self) -> Equipment:
        item = copy.deepcopy(self.original)
        item.date = self.date.value()
        item.code = self.code.text().strip().upper()
        item.modifier = self.modifier.text().strip().upper() or None
        item.rental_days = self.rental_days.value() or None
        item.quantity = self.quantity.value() or None
        item.prior_authorization = self.prior_auth.value()
        item.diagnoses = codes_from_text(self.diagnoses.text())
        claim = copy.deepcopy(item.claim) if item.claim else Claim()
        claim.status = self.claim_status.value()
        claim.member_cost = self.member_cost.value() or None
        self.stage.save(claim)
        item.claim = claim_to_keep(claim, self.original.claim)
        return item
