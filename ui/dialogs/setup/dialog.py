"""First-run set-up (also File > New case): four short steps (you, your plan, your baby,
done) with Back and Next; saves a case.

Open it with `open()`; it never blocks. The plan step asks plain questions (the plan
finder) and fills in the kind of plan. Next checks the step's required fields; Save (on the
last step) validates everything, adds the case to the store, makes it current and closes.
Keyboard: Enter goes to the next step (saves on the last), Escape cancels, Alt+B / Alt+N
move back and on.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from helper.model import CASE_FORMAT, Case, ValidationError
from helper.plan_finder import Outcome
from helper.problems import in_language
from ui.context import AppContext
from ui.dialogs.setup.finder import fit_to_text
from ui.dialogs.setup.finder_texts import note_text, plan_type_label
from ui.dialogs.setup.steps import SetupSteps
from ui.i18n import current_language
from ui.widgets.named import plain_label, push_button
from ui.widgets.plan_choices import how_to_find_plan_type, policy_choices


def default_case_title(member_name: str, baby_name: str) -> str:
    """ "Ana and Leo" from "Ana Ruiz" and "Leo"; just one name when only one is known."""
    first = member_name.split()[0] if member_name.split() else ""
    baby = baby_name.strip()
    if first and baby:
        return f"{first} and {baby}"
    return first or baby


class SetupDialog(SetupSteps, QDialog):
    """Asks for the facts a case starts from and stores a new case.

    `case_created(case_id)` fires after the case was stored and made current.
    objectNames: `setup-dialog`, `setup-steps` (the stack), `setup-step` (where you are),
    `setup-back`, `setup-next`, `setup-save`, `setup-cancel`, `setup-errors`, fields `setup-*`.
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
        self._required: list[tuple[QWidget, str, int]] = []
        self._sponsor: tuple[str, str | None] | None = None  # (plan type, sponsor) found

        intro = QLabel(
            self.tr(
                "Tell the app about you, your health plan and your baby, in four short steps. "
                "Only the fields marked * are needed to start. Everything stays on this computer."
            )
        )
        intro.setObjectName("setup-intro")
        intro.setWordWrap(True)
        self.step_label = plain_label("setup-step")
        self.step_label.setStyleSheet("font-weight: bold;")

        self.steps = QStackedWidget()
        self.steps.setObjectName("setup-steps")
        self.step_titles = [self.tr("You"), self.tr("Your plan"), self.tr("Your baby")]
        self.step_titles.append(self.tr("Done"))
        built = [self._member_step(), self._plan_step(), self._baby_step(), self._done_step()]
        for widget in built:
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.addWidget(widget)
            column.addStretch(1)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            scroll.setWidget(holder)
            self.steps.addWidget(scroll)
        self.member_name.textChanged.connect(self._suggest_title)
        self.baby_name.textChanged.connect(self._suggest_title)
        self.case_title.textEdited.connect(self._mark_title_edited)
        self.plan_type.currentIndexChanged.connect(self._explain_plan_type)
        self.policy.currentIndexChanged.connect(self._fill_insurer_from_policy)
        self.finder.found.connect(self._use_finding)
        self.finder.rebuilt.connect(self._set_tab_order)

        self.errors = plain_label("setup-errors")
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Problems to fix"))
        self.errors.setStyleSheet("font-weight: bold;")
        self.errors.hide()

        self.back_button = push_button(
            "setup-back", self.tr("&Back"), self.tr("Go to the previous step (Alt+B)"), self.back
        )
        self.next_button = push_button(
            "setup-next", self.tr("&Next"), self.tr("Go to the next step (Enter)"), self.next
        )
        self.save_button = push_button(
            "setup-save", self.tr("Save"), self.tr("Save this case and start (Enter)")
        )
        self.save_button.clicked.connect(self.save)
        self.cancel_button = push_button(
            "setup-cancel",
            self.tr("Not now") if first_run else self.tr("Cancel"),
            self.tr("Close without saving (Escape)"),
        )
        self.cancel_button.clicked.connect(self.reject)
        for button in (self.back_button, self.cancel_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.step_label)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.errors)
        layout.addLayout(buttons)
        fit_to_text(self, parent, chars=90, lines=40, least=QSize(760, 720))
        self.go_to(0)

    # ----- moving between steps ----------------------------------------------------------

    @property
    def step(self) -> int:
        return self.steps.currentIndex()

    def go_to(self, step: int) -> None:
        """Show step `step` (0-3) and put the focus on its first field."""
        step = max(0, min(step, self.steps.count() - 1))
        self.steps.setCurrentIndex(step)
        last = step == self.steps.count() - 1
        self.step_label.setText(
            self.tr("Step {number} of {total}: {title}").format(
                number=step + 1, total=self.steps.count(), title=self.step_titles[step]
            )
        )
        self.steps.setAccessibleName(self.step_label.text())
        self.back_button.setEnabled(step > 0)
        self.next_button.setVisible(not last)
        self.save_button.setVisible(last)
        self.next_button.setDefault(not last)
        self.save_button.setDefault(last)
        self.next_button.setAutoDefault(not last)
        self.save_button.setAutoDefault(last)
        if last:
            self._summarise()
        self._set_tab_order()
        first = {0: self.member_name, 1: self.finder, 2: self.baby_name, 3: self.case_title}
        widget = first[step]
        if widget is self.finder:
            widget = self.finder.focus_chain()[0]
        widget.setFocus()

    def next(self) -> None:
        """On to the next step when this one's required fields are filled."""
        problems = self.problems(step=self.step)
        if problems:
            self._show_problems(problems, self.step)
            return
        self.errors.hide()
        self.go_to(self.step + 1)

    def back(self) -> None:
        self.errors.hide()
        self.go_to(self.step - 1)

    def _set_tab_order(self) -> None:
        chain = [
            self.member_name, self.member_id, self.group_number, self.state, self.phone,
            self.email, self.address, *self.finder.focus_chain(), self.plan_type,
            self.insurer, self.grandfathered, self.plan_name, self.policy, self.baby_name,
            self.birth_date, self.birth_unknown, self.multiples, self.case_title,
            self.next_button, self.save_button, self.back_button, self.cancel_button,
        ]  # fmt: skip
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ----- reacting to input -------------------------------------------------------------

    def _use_finding(self, outcome: Outcome) -> None:
        self.plan_type.setCurrentIndex(self.plan_type.findData(outcome.plan_type))
        self._sponsor = (outcome.plan_type, outcome.sponsor)
        self._explain_plan_type()
        self.plan_type.setFocus()

    def _explain_plan_type(self) -> None:
        value = self.plan_type.currentData()
        text = self._plan_type_help.get(value, "")
        note = ""
        if self._sponsor and self._sponsor[0] == value and self.finder.outcome is not None:
            note = note_text(self.finder.outcome.note) if self.finder.outcome.note else ""
        parts = [part for part in (note, text, how_to_find_plan_type()) if part]
        self.plan_type_help.setText("\n\n".join(dict.fromkeys(parts)))

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

    def _summarise(self) -> None:
        plan_type = self.plan_type.currentData() or "unknown"
        lines = [
            self.tr("You: {name}").format(name=self.member_name.text().strip() or "—"),
            self.tr("Plan: {kind}").format(kind=plan_type_label(plan_type)),
            self.tr("Baby: {name}").format(name=self.baby_name.text().strip() or "—"),
            self.tr("You can change any of this later on the Coverage page."),
        ]
        self.summary.setText("\n".join(lines))
        self.summary.setAccessibleName(" ".join(lines))

    # ----- saving ------------------------------------------------------------------------

    def missing_fields(self, step: int | None = None) -> list[tuple[QWidget, str, int]]:
        """The required fields still empty (on `step`, or on any step), in form order."""
        missing = []
        for widget, label, on_step in self._required:
            if step is not None and on_step != step:
                continue
            empty_line = isinstance(widget, QLineEdit) and not widget.text().strip()
            no_choice = isinstance(widget, QComboBox) and widget.currentIndex() < 0
            if empty_line or no_choice:
                missing.append((widget, label, on_step))
        return missing

    def sponsor(self) -> str | None:
        """Who sponsors the plan, when the finder found it for the plan type now chosen."""
        if self._sponsor and self._sponsor[0] == self.plan_type.currentData():
            return self._sponsor[1]
        return None

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
                **filled(plan_name=self.plan_name.text().strip(), sponsor=self.sponsor()),
            },
            "baby": {
                **filled(name=self.baby_name.text().strip()),
                "birth_date": birth.isoformat() if birth else None,
                "multiples": self.multiples.value(),
            },
        }

    def problems(self, step: int | None = None) -> list[str]:
        """What stops going on (from `step`) or saving, in plain words; empty when none."""
        lines = [
            self.tr("{field} is needed.").format(field=label)
            for _w, label, _s in self.missing_fields(step)
        ]
        email = self.email.text().strip()
        bad_email = email and ("@" not in email or email.startswith("@") or email.endswith("@"))
        if bad_email and step in (None, 0):
            lines.append(self.tr("Email: write the whole address, like name@example.org."))
        return lines

    def _show_problems(self, problems: list[str], step: int) -> None:
        self.errors.setText("\n".join(problems))
        self.errors.setAccessibleDescription(" ".join(problems))
        self.errors.show()
        missing = self.missing_fields()
        if missing:
            self.go_to(missing[0][2])
            missing[0][0].setFocus()
        elif step != self.step:
            self.go_to(step)

    def save(self) -> None:
        """Store the case and make it current; on a problem, say what to fix and stay open."""
        problems = self.problems()
        case: Case | None = None
        if not problems:
            try:
                case = Case.from_dict(self.case_data())
            except ValidationError as error:
                problems = in_language(error.errors, current_language())
        if problems or case is None:
            email_step = 0 if self.problems(step=0) else self.step
            self._show_problems(problems, email_step)
            return
        case_id = self.context.store.add_case(case, title=self.case_title.text().strip())
        self.context.cases_listed.emit()
        self.context.set_case(case_id)
        self.case_created.emit(case_id)
        self.accept()
