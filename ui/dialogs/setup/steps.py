"""The set-up's steps as forms: you, your plan (with the plan finder), your baby, done.

A mixin of `SetupDialog`: it builds the widgets the dialog reads when it saves. Every field
gets an objectName, an accessible name, a description and a label tied to it.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helper.model import STATES
from ui.dialogs.setup.finder import PlanFinderWidget
from ui.widgets.dates import date_display_format, limit_to_case_dates
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.named import plain_label
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


class SetupSteps:
    """Builds the step pages; `self._required` collects (widget, label, step)."""

    _required: list[tuple[QWidget, str, int]]

    def _member_step(self) -> QGroupBox:
        group = QGroupBox(self.tr("You (the person the plan covers)"))
        form = self._form(group)
        self.member_name = self._line(
            form,
            "setup-member-name",
            self.tr("Your name"),
            self.tr("Your full name, as on your insurance card"),
            required=0,
        )
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
            required=0,
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

    def _plan_step(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        finder_box = QGroupBox(self.tr("Which kind of plan? A few questions"))
        finder_box.setObjectName("setup-finder-box")
        finder_column = QVBoxLayout(finder_box)
        self.finder = PlanFinderWidget()
        finder_column.addWidget(self.finder)
        column.addWidget(finder_box)

        group = QGroupBox(self.tr("Your health plan"))
        form = self._form(group)
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
            self.tr(
                "Who pays for your plan decides which rules apply. The questions above fill "
                'this in; "I don\'t know" is fine.'
            ),
            required=1,
        )
        self.plan_type_help = ExplanationLabel(
            how_to_find_plan_type(), object_name="setup-plan-type-help"
        )
        form.addRow("", self.plan_type_help)
        self.insurer = self._line(
            form,
            "setup-insurer",
            self.tr("Insurance company"),
            self.tr(
                "The name on your insurance card, for example Blue Cross and Blue Shield of New Mexico"
            ),
        )
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
        self._field(
            form,
            self.policy,
            "setup-policy",
            self.tr("Insurer's lactation policy"),
            self.tr("The insurer's published policy on lactation support, if the app knows it"),
        )
        form.addRow("", ExplanationLabel(policy_explanation(), object_name="setup-policy-help"))
        column.addWidget(group)
        return page

    def _baby_step(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your baby"))
        form = self._form(group)
        self.baby_name = self._line(
            form,
            "setup-baby-name",
            self.tr("Baby's name"),
            self.tr("Your baby's first name (or a nickname)"),
        )
        self.birth_date = QDateEdit()
        self.birth_date.setCalendarPopup(True)
        self.birth_date.setDisplayFormat(date_display_format())
        limit_to_case_dates(self.birth_date)
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

    def _done_step(self) -> QGroupBox:
        group = QGroupBox(self.tr("This case"))
        form = self._form(group)
        self.case_title = self._line(
            form,
            "setup-case-title",
            self.tr("Name for this case"),
            self.tr(
                'How this case is listed in the "Family / case" switcher, for example "Ana and Leo"'
            ),
            required=3,
        )
        self.summary = plain_label("setup-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.summary)
        return group

    def _form(self, group: QGroupBox) -> QFormLayout:
        """A form whose labels go above their fields when the two do not fit side by side,
        and always with large text (a wide column of long labels would squeeze the fields)."""
        form = QFormLayout(group)
        large_text = self.fontMetrics().averageCharWidth() * 80 > 900
        form.setRowWrapPolicy(
            QFormLayout.RowWrapPolicy.WrapAllRows
            if large_text
            else QFormLayout.RowWrapPolicy.WrapLongRows
        )
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def _field(
        self,
        form: QFormLayout,
        widget: QWidget,
        name: str,
        label: str,
        help_text: str,
        required: int | None = None,
    ) -> QWidget:
        """Name a field for tests and screen readers, give it help, add it to the form.
        `required` is the step the field must be filled on (None: optional)."""
        widget.setObjectName(name)
        widget.setAccessibleName(label)
        needed = required is not None
        description = help_text + (" " + self.tr("(required)") if needed else "")
        widget.setToolTip(description)
        widget.setAccessibleDescription(description)
        widget.setMinimumHeight(max(32, widget.minimumHeight()))  # a fixed height stays
        if isinstance(widget, QComboBox):
            # Long choices must not make the form wider than the window; the list pops up wide.
            widget.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            widget.setMinimumContentsLength(18)
            widget.view().setMinimumWidth(widget.view().sizeHintForColumn(0) + 24)
        row_label = QLabel(label + (REQUIRED_MARK if needed else ""))
        row_label.setBuddy(widget)
        form.addRow(row_label, widget)
        if needed:
            self._required.append((widget, label, required))
        return widget

    def _line(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        help_text: str,
        required: int | None = None,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setClearButtonEnabled(True)
        self._field(form, edit, name, label, help_text, required)
        return edit
