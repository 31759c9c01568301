"""First-run set-up (also File > New case): the member, the plan, the baby; saves a case.

Open it with `open()`; it never blocks. Save validates, adds the case to the store, makes it
the current case and closes. Everything works with the keyboard: the tab order follows the
form, Enter saves when the required fields are filled, Escape cancels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helper.model import CASE_FORMAT, STATES, Case, ValidationError
from ui.context import AppContext
from ui.widgets.dates import date_display_format
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.named import plain_label, push_button
from ui.widgets.plan_choices import (
    grandfathered_choices,
    grandfathered_explanation,
    how_to_find_plan_type,
    plan_type_choices,
    policy_choices,
    policy_explanation,
    state_choices,
)

REQUIRED_MARK = " *"


def default_case_title(member_name: str, baby_name: str) -> str:
    """ "Ana and Leo" from "Ana Ruiz" and "Leo"; just one name when only one is known."""
    first = member_name.split()[0] if member_name.split() else ""
    baby = baby_name.strip()
    if first and baby:
        return f"{first} and {baby}"
    return first or baby


class SetupDialog(QDialog):
    """Asks for the facts a case starts from and stores a new case.

    `case_created(case_id)` fires after the case was stored and made current.
    """

    case_created = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None, first_run: bool = False):
        super().__init__(parent)
        self.context = context
        self.setObjectName("setup-dialog")
        self.setWindowTitle(self.tr("Set up your case") if first_run else self.tr("New case"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self._title_edited = False
        self._required: list[tuple[QWidget, str]] = []

        intro = QLabel(
            self.tr(
                "Tell the app about you, your health plan and your baby. Only the fields "
                "marked * are needed to start. Everything stays on this computer."
            )
        )
        intro.setObjectName("setup-intro")
        intro.setWordWrap(True)

        form_holder = QWidget()
        form_layout = QVBoxLayout(form_holder)
        form_layout.addWidget(self._member_group())
        form_layout.addWidget(self._plan_group())
        form_layout.addWidget(self._baby_group())
        form_layout.addWidget(self._case_group())
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("setup-scroll")
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(form_holder)

        self.errors = plain_label("setup-errors")
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Problems to fix"))
        self.errors.setStyleSheet("font-weight: bold;")
        self.errors.hide()

        self.save_button = push_button(
            "setup-save", self.tr("Save"), self.tr("Save this case and start (Enter)")
        )
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = push_button(
            "setup-cancel",
            self.tr("Not now") if first_run else self.tr("Cancel"),
            self.tr("Close without saving (Escape)"),
        )
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        self._set_tab_order()
        self.resize(760, 720)
        self.member_name.setFocus()

    # ----- building the form -------------------------------------------------------------

    def _member_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("You (the person the plan covers)"))
        form = QFormLayout(group)
        self.member_name = self._line(
            form,
            "setup-member-name",
            self.tr("Your name"),
            self.tr("Your full name, as on your insurance card"),
            required=True,
        )
        self.member_name.textChanged.connect(self._suggest_title)
        self.member_id = self._line(
            form,
            "setup-member-id",
            self.tr("Member ID"),
            self.tr("The member or subscriber ID on your insurance card"),
        )
        self.group_number = self._line(
            form,
            "setup-group-number",
            self.tr("Group number"),
            self.tr("The group number on your insurance card, if it has one"),
        )
        self.state = QComboBox()
        self.state.setPlaceholderText(self.tr("Choose your state…"))
        for code, label in state_choices(list(STATES)):
            self.state.addItem(label, code)
        self.state.setCurrentIndex(-1)
        self._field(
            form,
            self.state,
            "setup-state",
            self.tr("State"),
            self.tr("The state or territory where you live; it decides who takes complaints"),
            required=True,
        )
        self.phone = self._line(
            form, "setup-phone", self.tr("Phone"), self.tr("Your phone number, for letters")
        )
        self.email = self._line(
            form, "setup-email", self.tr("Email"), self.tr("Your email address, for letters")
        )
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)
        self.address.setPlaceholderText(self.tr("Street\nCity, State ZIP"))
        self._field(
            form,
            self.address,
            "setup-address",
            self.tr("Address"),
            self.tr("Your mailing address, for letters (two lines)"),
        )
        return group

    def _plan_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your health plan"))
        form = QFormLayout(group)
        self.insurer = self._line(
            form,
            "setup-insurer",
            self.tr("Insurance company"),
            self.tr(
                "The name on your insurance card, for example Blue Cross and Blue Shield of New Mexico"
            ),
        )
        self.plan_type = QComboBox()
        self.plan_type.setPlaceholderText(self.tr("Choose the kind of plan…"))
        self._plan_type_help = {}
        for value, label, explanation in plan_type_choices():
            self.plan_type.addItem(label, value)
            self.plan_type.setItemData(
                self.plan_type.count() - 1, explanation, Qt.ItemDataRole.ToolTipRole
            )
            self._plan_type_help[value] = explanation
        self.plan_type.setCurrentIndex(-1)
        self._field(
            form,
            self.plan_type,
            "setup-plan-type",
            self.tr("Kind of plan"),
            self.tr('Who pays for your plan decides which rules apply. "I don\'t know" is fine.'),
            required=True,
        )
        self.plan_type_help = ExplanationLabel(
            how_to_find_plan_type(), object_name="setup-plan-type-help"
        )
        self.plan_type.currentIndexChanged.connect(self._explain_plan_type)
        form.addRow("", self.plan_type_help)

        self.grandfathered = QComboBox()
        for value, label in grandfathered_choices():
            self.grandfathered.addItem(label, value)
        self._field(
            form,
            self.grandfathered,
            "setup-grandfathered",
            self.tr("Grandfathered plan?"),
            self.tr(
                'Whether the plan is "grandfathered" (older than March 23, 2010 and not changed since in the ways the rule lists)'
            ),
        )
        form.addRow(
            "",
            ExplanationLabel(grandfathered_explanation(), object_name="setup-grandfathered-help"),
        )
        self.plan_name = self._line(
            form,
            "setup-plan-name",
            self.tr("Plan name"),
            self.tr(
                "The plan's name, for example Blue Preferred PPO (on the card or the plan papers)"
            ),
        )
        self.policy = QComboBox()
        for value, label, _insurer in policy_choices():
            self.policy.addItem(label, value)
        self.policy.setCurrentIndex(self.policy.count() - 1)
        self.policy.currentIndexChanged.connect(self._fill_insurer_from_policy)
        self._field(
            form,
            self.policy,
            "setup-policy",
            self.tr("Insurer's lactation policy"),
            self.tr("The insurer's published policy on lactation support, if the app knows it"),
        )
        form.addRow("", ExplanationLabel(policy_explanation(), object_name="setup-policy-help"))
        return group

    def _baby_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your baby"))
        form = QFormLayout(group)
        self.baby_name = self._line(
            form,
            "setup-baby-name",
            self.tr("Baby's name"),
            self.tr("Your baby's first name (or a nickname)"),
        )
        self.baby_name.textChanged.connect(self._suggest_title)
        self.birth_date = QDateEdit()
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat(date_display_format())
        self.birth_date.setDate(QDate.currentDate())
        self.birth_date.setMaximumDate(QDate.currentDate().addYears(1))
        self._field(
            form,
            self.birth_date,
            "setup-birth-date",
            self.tr("Birth date"),
            self.tr("The day your baby was born; open the calendar with Alt+Down"),
        )
        self.birth_unknown = QCheckBox(self.tr("Not born yet, or I'll add the date later"))
        self.birth_unknown.setObjectName("setup-birth-date-unknown")
        self.birth_unknown.setAccessibleName(self.birth_unknown.text())
        self.birth_unknown.setToolTip(self.tr("Leave the birth date empty for now"))
        self.birth_unknown.setAccessibleDescription(self.birth_unknown.toolTip())
        self.birth_unknown.toggled.connect(lambda on: self.birth_date.setEnabled(not on))
        form.addRow("", self.birth_unknown)
        self.multiples = QSpinBox()
        self.multiples.setRange(1, 8)
        self._field(
            form,
            self.multiples,
            "setup-multiples",
            self.tr("Number of babies"),
            self.tr("1 for one baby, 2 for twins, and so on"),
        )
        return group

    def _case_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("This case"))
        form = QFormLayout(group)
        self.case_title = self._line(
            form,
            "setup-case-title",
            self.tr("Name for this case"),
            self.tr(
                'How this case is listed in the "Family / case" switcher, for example "Ana and Leo"'
            ),
            required=True,
        )
        self.case_title.textEdited.connect(self._mark_title_edited)
        return group

    def _field(
        self,
        form: QFormLayout,
        widget: QWidget,
        name: str,
        label: str,
        help_text: str,
        required: bool = False,
    ) -> QWidget:
        """Name a field for tests and screen readers, give it help, add it to the form."""
        widget.setObjectName(name)
        widget.setAccessibleName(label)
        description = help_text + (" " + self.tr("(required)") if required else "")
        widget.setToolTip(description)
        widget.setAccessibleDescription(description)
        widget.setMinimumHeight(32)
        if isinstance(widget, QComboBox):
            # Long choices must not make the form wider than the window; the list pops up wide.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(18)
            widget.view().setMinimumWidth(widget.view().sizeHintForColumn(0) + 24)
        row_label = QLabel(label + (REQUIRED_MARK if required else ""))
        row_label.setBuddy(widget)
        form.addRow(row_label, widget)
        if required:
            self._required.append((widget, label))
        return widget

    def _line(
        self, form: QFormLayout, name: str, label: str, help_text: str, required: bool = False
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setClearButtonEnabled(True)
        self._field(form, edit, name, label, help_text, required)
        return edit

    def _set_tab_order(self) -> None:
        chain = [
            self.member_name, self.member_id, self.group_number, self.state, self.phone,
            self.email, self.address, self.insurer, self.plan_type, self.grandfathered,
            self.plan_name, self.policy, self.baby_name, self.birth_date, self.birth_unknown,
            self.multiples, self.case_title, self.save_button, self.cancel_button,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ----- reacting to input -------------------------------------------------------------

    def _explain_plan_type(self) -> None:
        value = self.plan_type.currentData()
        text = self._plan_type_help.get(value, "")
        self.plan_type_help.setText((text + "\n\n" if text else "") + how_to_find_plan_type())

    def _fill_insurer_from_policy(self) -> None:
        for value, _label, insurer in policy_choices():
            if value == self.policy.currentData() and insurer and not self.insurer.text().strip():
                self.insurer.setText(insurer)

    def _mark_title_edited(self, text: str) -> None:
        self._title_edited = bool(text.strip())

    def _suggest_title(self) -> None:
        if not self._title_edited:
            self.case_title.setText(
                default_case_title(self.member_name.text(), self.baby_name.text())
            )

    # ----- saving ------------------------------------------------------------------------

    def missing_fields(self) -> list[tuple[QWidget, str]]:
        """The required fields still empty, in form order."""
        missing = []
        for widget, label in self._required:
            empty_line = isinstance(widget, QLineEdit) and not widget.text().strip()
            no_choice = isinstance(widget, QComboBox) and widget.currentIndex() < 0
            if empty_line or no_choice:
                missing.append((widget, label))
        return missing

    def case_data(self) -> dict:
        """The case-format JSON object the form describes (empty fields left out)."""

        def filled(**values):
            return {k: v for k, v in values.items() if v not in ("", None)}

        birth: dt.date | None = None
        if not self.birth_unknown.isChecked():
            birth = self.birth_date.date().toPython()
        return {
            "format": CASE_FORMAT,
            "member": filled(
                name=self.member_name.text().strip(),
                address=self.address.toPlainText().strip(),
                email=self.email.text().strip(),
                phone=self.phone.text().strip(),
                state=self.state.currentData(),
                member_id=self.member_id.text().strip(),
                group_number=self.group_number.text().strip(),
            ),
            "plan": {
                **filled(insurer=self.insurer.text().strip()),
                "policy": self.policy.currentData(),
                "type": self.plan_type.currentData() or "unknown",
                "grandfathered": self.grandfathered.currentData(),
                **filled(plan_name=self.plan_name.text().strip()),
            },
            "baby": {
                **filled(name=self.baby_name.text().strip()),
                "birth_date": birth.isoformat() if birth else None,
                "multiples": self.multiples.value(),
            },
        }

    def problems(self) -> list[str]:
        """What stops saving, in plain words; empty when the form can be saved."""
        lines = [
            self.tr("{field} is needed.").format(field=label) for _w, label in self.missing_fields()
        ]
        email = self.email.text().strip()
        if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
            lines.append(self.tr("Email: write the whole address, like name@example.org."))
        return lines

    def save(self) -> None:
        """Store the case and make it current; on a problem, say what to fix and stay open."""
        problems = self.problems()
        case: Case | None = None
        if not problems:
            try:
                case = Case.from_dict(self.case_data())
            except ValidationError as error:
                problems = list(error.errors)
        if problems or case is None:
            self.errors.setText("\n".join(problems))
            self.errors.setAccessibleDescription(" ".join(problems))
            self.errors.show()
            missing = self.missing_fields()
            if missing:
                missing[0][0].setFocus()
            return
        case_id = self.context.store.add_case(case, title=self.case_title.text().strip())
        self.context.cases_listed.emit()
        self.context.set_case(case_id)
        self.case_created.emit(case_id)
        self.accept()
