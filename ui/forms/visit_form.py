"""The visit form: date, provider (credential, network), setting, minutes, who it was
billed under, the claim lines (codes, units, diagnoses) and what the plan did."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helper.model import CREDENTIALS, Claim, ClaimLine, Provider, Visit
from ui.forms.claim_form import (
    claim_status_field,
    claim_to_keep,
    codes_from_text,
    member_cost_field,
)
from ui.forms.claim_stage_form import ClaimStageFields
from ui.forms.fields import (
    ChoiceBox,
    DateField,
    OptionalDateField,
    add_row,
    name_widget,
    wrap_long_rows,
    yes_no_unknown,
)
from ui.widgets.reflow_box import ReflowBox


class ClaimLineRow(ReflowBox):
    """One claim line: the code, units and diagnoses, then the charge, modifier and Remove;
    the two halves one above the other when the dialog is narrow (large text). objectNames
    `line-<i>-code`, `-units`, `-diagnoses`, `-charge`, `-modifier`, `-remove`."""

    def __init__(self, index: int, line: ClaimLine | None, parent: QWidget | None = None):
        super().__init__(min_chars=70, parent=parent)
        tr = self.tr
        self.original = line or ClaimLine()
        base = f"line-{index}"
        self.setObjectName(base)
        self.code = name_widget(QLineEdit(self.original.code), f"{base}-code", tr("Procedure code"),
                                tr("The procedure code (CPT or HCPCS), e.g. S9443 or 98960: on the superbill and the Explanation of Benefits"))  # fmt: skip
        self.code.setPlaceholderText(tr("Code, e.g. S9443"))
        self.units = name_widget(
            QSpinBox(), f"{base}-units", tr("Units"), tr("How many units were billed for this code")
        )
        self.units.setRange(1, 99)
        self.units.setValue(self.original.units or 1)
        self.units.setPrefix(tr("units: "))
        self.diagnoses = name_widget(QLineEdit(", ".join(self.original.diagnoses)), f"{base}-diagnoses", tr("Diagnosis codes"),
                                     tr("Diagnosis codes (ICD-10) for this line, separated by commas, e.g. Z39.1"))  # fmt: skip
        self.diagnoses.setPlaceholderText(tr("Diagnoses, e.g. Z39.1"))
        self.charge = name_widget(
            QDoubleSpinBox(),
            f"{base}-charge",
            tr("Charge"),
            tr("What the provider charged for this line, in dollars (0 if not known)"),
        )
        self.charge.setRange(0, 100000)
        self.charge.setPrefix("$")
        self.charge.setValue(self.original.charge or 0)
        self.modifier = name_widget(
            QLineEdit(self.original.modifier or ""),
            f"{base}-modifier",
            tr("Modifier"),
            tr("A two-character modifier after the code, if any"),
        )
        self.modifier.setPlaceholderText(tr("Modifier"))
        # two characters ("NU"): as wide as its placeholder, never squeezed by the fields
        # beside it
        width = self.modifier.fontMetrics().horizontalAdvance(tr("Modifier")) + 36
        self.modifier.setFixedWidth(width)
        self.remove = name_widget(
            QPushButton(tr("Remove")),
            f"{base}-remove",
            tr("Remove this line"),
            tr("Remove this claim line"),
        )
        for half, share in (
            (((self.code, 2), (self.units, 1), (self.diagnoses, 2)), 3),
            (((self.charge, 1), (self.modifier, 0), (self.remove, 0)), 2),
        ):
            pane = QWidget()
            row = QHBoxLayout(pane)
            row.setContentsMargins(0, 0, 0, 0)
            for widget, stretch in half:
                row.addWidget(widget, stretch)
            self.add(pane, share)

    def line(self) -> ClaimLine:
        line = copy.deepcopy(self.original)
        line.code = self.code.text().strip().upper()
        line.units = self.units.value()
        line.diagnoses = codes_from_text(self.diagnoses.text())
        line.charge = self.charge.value() or None
        line.modifier = self.modifier.text().strip().upper() or None
        return line


class VisitForm(QWidget):
    """objectNames: `visit-date`, `visit-provider-name`, `visit-credential`, `visit-network`,
    `visit-npi`, `visit-setting`, `visit-minutes`, `visit-billed-under`, `visit-referral`,
    `visit-program`, `visit-prior-auth`, `visit-lines` (rows `line-<i>-...`), `visit-add-line`,
    `claim-number`, `claim-status`, `claim-denial-date`, `claim-denial-reason`, `claim-member-cost`."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        tr = self.tr
        self.original = Visit()
        self.rows: list[ClaimLineRow] = []
        column = QVBoxLayout(self)

        visit_box = QGroupBox(tr("The visit"))
        form = QFormLayout(visit_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date = name_widget(
            DateField(), "visit-date", tr("Visit date"), tr("The day of the visit")
        )
        add_row(form, tr("Date"), self.date)
        self.provider_name = name_widget(
            QLineEdit(), "visit-provider-name", tr("Provider name"), tr("Who you saw")
        )
        add_row(form, tr("Provider"), self.provider_name)
        self.credential = name_widget(
            ChoiceBox([(None, tr("Don't know"))] + [(c, c) for c in CREDENTIALS]),
            "visit-credential",
            tr("Credential"),
            tr("The provider's credential"),
        )
        add_row(form, tr("Credential"), self.credential,
                tr("IBCLC: International Board Certified Lactation Consultant; CLC: Certified "
                   "Lactation Counselor; LEC: lactation educator-counselor. Some plans pay only "
                   "some credentials directly."))  # fmt: skip
        self.network = name_widget(
            ChoiceBox(
                [
                    ("unknown", tr("Don't know")),
                    ("in", tr("In network")),
                    ("out", tr("Out of network")),
                ]
            ),
            "visit-network",
            tr("Network"),
            tr("Whether the provider is in your plan's network"),
        )
        add_row(form, tr("Network"), self.network,
                tr("Your plan's provider directory or the Explanation of Benefits says whether "
                   "the provider was in network."))  # fmt: skip
        self.npi = name_widget(
            QLineEdit(),
            "visit-npi",
            tr("NPI"),
            tr("The provider's 10-digit National Provider Identifier, on the superbill"),
        )
        add_row(form, tr("NPI"), self.npi)
        self.setting = name_widget(
            ChoiceBox(
                [
                    (None, tr("Don't know")),
                    ("office", tr("Office")),
                    ("home", tr("Home visit")),
                    ("telehealth", tr("Telehealth")),
                    ("hospital_outpatient", tr("Hospital outpatient")),
                    ("inpatient", tr("During a hospital stay")),
                ]
            ),
            "visit-setting",
            tr("Setting"),
            tr("Where the visit happened"),
        )
        add_row(form, tr("Where"), self.setting)
        self.minutes = name_widget(
            QSpinBox(),
            "visit-minutes",
            tr("Minutes"),
            tr("How long the visit took, in minutes (0 if not known)"),
        )
        self.minutes.setRange(0, 600)
        self.minutes.setSpecialValueText(tr("not known"))
        add_row(form, tr("Minutes"), self.minutes,
                tr("Timed codes are billed per 30 minutes. For a home visit count the time with "
                   "you, not the travel."))  # fmt: skip
        self.billed_under = name_widget(
            ChoiceBox(
                [
                    (None, tr("Don't know")),
                    ("mother", tr("The parent")),
                    ("baby", tr("The baby")),
                    ("both", tr("Both")),
                ]
            ),
            "visit-billed-under",
            tr("Billed under"),
            tr("Whose name the claim was billed under"),
        )
        add_row(
            form,
            tr("Billed under"),
            self.billed_under,
            tr("The Explanation of Benefits shows the patient's name on each claim."),
        )
        self.referral = name_widget(
            ChoiceBox(
                [
                    (None, tr("Don't know")),
                    ("self", tr("I found them myself")),
                    ("physician", tr("A doctor referred me")),
                    ("plan", tr("The plan referred me")),
                    ("none", tr("No referral")),
                ]
            ),
            "visit-referral",
            tr("Referral"),
            tr("How you came to see this provider"),
        )
        add_row(form, tr("Referral"), self.referral)
        self.program = name_widget(
            QLineEdit(),
            "visit-program",
            tr("Program"),
            tr("A program the visit was billed under, e.g. CPSP; leave empty if none"),
        )
        add_row(form, tr("Program"), self.program)
        self.prior_auth = name_widget(
            yes_no_unknown(self),
            "visit-prior-auth",
            tr("Prior authorization"),
            tr("Whether the plan approved the visit beforehand"),
        )
        add_row(form, tr("Approved beforehand?"), self.prior_auth)
        wrap_long_rows(form)
        column.addWidget(visit_box)

        lines_box = QGroupBox(tr("Claim lines (codes)"))
        lines_column = QVBoxLayout(lines_box)
        self.lines_area = QWidget()
        self.lines_area.setObjectName("visit-lines")
        self.lines_layout = QVBoxLayout(self.lines_area)
        self.lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_column.addWidget(self.lines_area)
        self.add_line_button = name_widget(
            QPushButton(tr("Add a code")),
            "visit-add-line",
            tr("Add a claim line"),
            tr("Add another code from the superbill or the Explanation of Benefits"),
        )
        self.add_line_button.clicked.connect(lambda: self.add_line(None))
        lines_column.addWidget(self.add_line_button)
        column.addWidget(lines_box)

        claim_box = QGroupBox(tr("What the plan did"))
        claim = QFormLayout(claim_box)
        claim.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.claim_number = name_widget(
            QLineEdit(),
            "claim-number",
            tr("Claim number"),
            tr("The claim number on the Explanation of Benefits"),
        )
        add_row(claim, tr("Claim number"), self.claim_number)
        self.claim_status = claim_status_field(tr, "claim-status")
        add_row(claim, tr("Status"), self.claim_status)
        self.denial_date = name_widget(
            OptionalDateField(tr("Denied on")),
            "claim-denial-date",
            tr("Denial date"),
            tr("The date on the denial notice or Explanation of Benefits"),
        )
        add_row(
            claim,
            tr("Denial date"),
            self.denial_date,
            tr("Your appeal deadline is counted from this date."),
        )
        self.denial_reason = name_widget(
            QLineEdit(),
            "claim-denial-reason",
            tr("Denial reason"),
            tr("The reason the plan gave, in its words"),
        )
        add_row(claim, tr("Reason given"), self.denial_reason)
        self.stage = ClaimStageFields(self, claim, "claim", self.denial_reason)
        self.member_cost = member_cost_field(
            tr, "claim-member-cost", tr("What you were asked to pay for this visit, in dollars")
        )
        add_row(claim, tr("You were asked to pay"), self.member_cost,
                tr("Copay, coinsurance, deductible and any balance bill together: the "
                   "Explanation of Benefits calls it 'patient responsibility' or 'you owe'."))  # fmt: skip
        wrap_long_rows(claim)
        column.addWidget(claim_box)

    # ----- lines ------------------------------------------------------------------------

    def add_line(self, line: ClaimLine | None) -> ClaimLineRow:
        row = ClaimLineRow(len(self.rows), line)
        row.remove.clicked.connect(lambda: self.remove_line(row))
        self.rows.append(row)
        self.lines_layout.addWidget(row)
        return row

    def remove_line(self, row: ClaimLineRow) -> None:
        lines = [r.line() for r in self.rows if r is not row]
        self._set_lines(lines)

    def _set_lines(self, lines: list[ClaimLine]) -> None:
        for row in self.rows:
            self.lines_layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for line in lines:
            self.add_line(line)

    # ----- load / read ------------------------------------------------------------------

    def load(self, visit: Visit) -> None:
        self.original = visit
        self.date.set_value(visit.date)
        provider = visit.provider
        self.provider_name.setText(provider.name or "")
        self.credential.set_value(provider.credential)
        self.network.set_value(provider.network)
        self.npi.setText(provider.npi or "")
        self.setting.set_value(visit.setting)
        self.minutes.setValue(visit.minutes or 0)
        self.billed_under.set_value(visit.billed_under)
        self.referral.set_value(visit.referral)
        self.program.setText(visit.program or "")
        self.prior_auth.set_value(visit.prior_authorization)
        self._set_lines(list(visit.lines))
        claim = visit.claim or Claim()
        self.claim_number.setText(claim.number or "")
        self.claim_status.set_value(claim.status)
        self.denial_date.set_value(claim.denial_date)
        self.denial_reason.setText(claim.denial_reason or "")
        self.member_cost.setValue(claim.member_cost or 0)
        self.stage.load(claim)

    def visit(self) -> Visit:
        """The visit as edited; fields the form does not show are kept from the original."""
        visit = copy.deepcopy(self.original)
        visit.date = self.date.value()
        provider = visit.provider or Provider()
        provider.name = self.provider_name.text().strip() or None
        provider.credential = self.credential.value()
        provider.network = self.network.value()
        provider.npi = self.npi.text().strip() or None
        visit.provider = provider
        visit.setting = self.setting.value()
        visit.minutes = self.minutes.value() or None
        visit.billed_under = self.billed_under.value()
        visit.referral = self.referral.value()
        visit.program = self.program.text().strip() or None
        visit.prior_authorization = self.prior_auth.value()
        visit.lines = [row.line() for row in self.rows]
        claim = copy.deepcopy(visit.claim) if visit.claim else Claim()
        claim.number = self.claim_number.text().strip() or None
        claim.status = self.claim_status.value()
        claim.denial_date = self.denial_date.value()
        claim.denial_reason = self.denial_reason.text().strip() or None
        claim.member_cost = self.member_cost.value() or None
        self.stage.save(claim)
        visit.claim = claim_to_keep(claim, self.original.claim)
        return visit
