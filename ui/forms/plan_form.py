"""The plan form: insurer, plan type (explained), grandfathered, the insurer policy, whether
an in-network lactation provider is available, and the day a baby kept in hospital came home
(policies that cover a rental while the newborn is in hospital need it)."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QBoxLayout, QFormLayout, QLabel, QLineEdit, QWidget

from helper.model import Case
from ui.forms.fields import ChoiceBox, OptionalDateField, add_row, name_widget, yes_no_unknown
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.plan_choices import plan_type_choices, policy_choices, policy_note


def _plan_type_choices() -> list[tuple[str, str]]:
    return [(value, label) for value, label, _explained in plan_type_choices()]


class PlanForm(QWidget):
    """objectNames: `plan-insurer`, `plan-name`, `plan-type`, `plan-grandfathered`,
    `plan-policy` (each policy with its date), `plan-policy-note` (where to read the chosen
    policy, or which one to ask the insurer for), `plan-in-network-available`,
    `plan-baby-discharge` (the day a baby who stayed in hospital came home)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        tr = self.tr
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # A label too long to sit beside its field (large text, Spanish) goes above it, so
        # the form never needs more width than its widest field.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.insurer = name_widget(
            QLineEdit(), "plan-insurer", tr("Insurer"), tr("The company on your insurance card")
        )
        add_row(form, tr("Insurer"), self.insurer)
        self.plan_name = name_widget(
            QLineEdit(),
            "plan-name",
            tr("Plan name"),
            tr("The plan's name, e.g. Blue Preferred PPO"),
        )
        add_row(form, tr("Plan name"), self.plan_name)
        self.type = name_widget(
            ChoiceBox(_plan_type_choices()),
            "plan-type",
            tr("Plan type"),
            tr("What kind of plan this is"),
        )
        add_row(
            form, tr("Plan type"), self.type,
            tr("This decides which rules protect you. Job-based plans are 'self-funded' when the "
               "employer pays claims itself (often only an insurer's name is on the card): ask "
               "your benefits office. Medicaid and CHIP follow state rules, not the ACA's."),
        )  # fmt: skip
        self.grandfathered = name_widget(
            yes_no_unknown(self),
            "plan-grandfathered",
            tr("Grandfathered"),
            tr("Whether the plan is grandfathered under the ACA"),
        )
        add_row(
            form, tr("Grandfathered?"), self.grandfathered,
            tr("A plan in force since March 23, 2010 and not changed since may be "
               "'grandfathered' and need not follow the ACA's free preventive care rule. "
               "It must say so in its plan materials; most plans are not."),
        )  # fmt: skip
        policies = [(None, tr("Not in the app / don't know"))] + [
            (pid, label) for pid, label, _insurer in policy_choices() if pid
        ]
        self.policy = name_widget(
            ChoiceBox(policies),
            "plan-policy",
            tr("Insurer policy"),
            tr("The insurer's own lactation policy, when the app has it"),
        )
        add_row(
            form, tr("Insurer's lactation policy"), self.policy,
            tr("When the app knows your insurer's lactation policy, it checks codes and "
               "limits against it."),
        )  # fmt: skip
        self.policy_note = ExplanationLabel(object_name="plan-policy-note")
        form.addRow("", self.policy_note)
        self.policy.currentIndexChanged.connect(self._show_policy_note)
        self.insurer.textChanged.connect(self._show_policy_note)
        self.in_network = name_widget(
            yes_no_unknown(self),
            "plan-in-network-available",
            tr("In-network lactation provider available"),
            tr("Whether your plan has an in-network lactation provider you can see"),
        )
        add_row(
            form, tr("In-network lactation provider?"), self.in_network,
            tr("If the plan has no in-network lactation provider you can reach, you can ask "
               "for a 'gap exception': the plan covers an out-of-network provider at the "
               "in-network level, with nothing for you to pay."),
        )  # fmt: skip
        self.baby_discharge = name_widget(
            OptionalDateField(tr("Came home on")),
            "plan-baby-discharge",
            tr("Baby came home from the hospital on"),
            tr("The day the baby left the hospital, when the baby stayed after you went home"),
        )
        # the tick box above the date: side by side they widen the plan column at large text
        self.baby_discharge.layout().setDirection(QBoxLayout.Direction.TopToBottom)
        add_row(
            form, tr("Baby came home on"), self.baby_discharge,
            tr("Some insurers cover a pump rental only while the baby is still in the hospital "
               "(for example in the NICU). Tick and give the day the baby came home."),
        )  # fmt: skip

        # Long labels wrap onto a second line rather than widen the form.
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setWordWrap(True)

    def _show_policy_note(self) -> None:
        self.policy_note.setText(policy_note(self.policy.value(), self.insurer.text()))

    def load(self, case: Case) -> None:
        plan = case.plan
        self.insurer.setText(plan.insurer or "")
        self.plan_name.setText(plan.plan_name or "")
        self.type.set_value(plan.type)
        self.grandfathered.set_value(plan.grandfathered)
        self.policy.set_value(plan.policy)
        self.in_network.set_value(case.in_network_lactation_provider_available)
        self.baby_discharge.set_value(case.baby.hospital_discharge)
        self._show_policy_note()

    def apply_to(self, case: Case) -> Case:
        """A copy of `case` with this form's values (unknown fields kept)."""
        updated = copy.deepcopy(case)
        plan = updated.plan
        plan.insurer = self.insurer.text().strip() or None
        plan.plan_name = self.plan_name.text().strip() or None
        plan.type = self.type.value()
        plan.grandfathered = self.grandfathered.value()
        plan.policy = self.policy.value()
        updated.in_network_lactation_provider_available = self.in_network.value()
        updated.baby.hospital_discharge = self.baby_discharge.value()
        return updated
