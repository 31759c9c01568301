"""The plan finder on screen: one plain question at a time, each answer a button.

Used as a step of the first-run set-up and, on its own, from the Coverage page ("Help me
find my plan type"). The questions and where they lead are `helper.plan_finder`.
Keyboard: Tab reaches the answers, Enter or Space picks one; after an answer the focus moves
to the next question's first answer, so a screen reader reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helper.plan_finder import Outcome, PlanFinder
from ui.dialogs.setup.finder_texts import answer_text, outcome_text, question_help, question_text
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.named import plain_label, push_button
from ui.widgets.wrap_button import WrapButton


def fit_to_text(dialog: QDialog, parent: QWidget | None, chars: int, lines: int, least: QSize):
    """Size a dialog to `chars` characters by `lines` lines at the user's text size (at least
    `least`), within the main window, else the screen."""
    metrics = dialog.fontMetrics()
    width = max(least.width(), metrics.averageCharWidth() * chars)
    height = max(least.height(), metrics.lineSpacing() * lines)
    area = parent.window().size() if parent is not None else None
    if area is None and dialog.screen() is not None:
        area = dialog.screen().availableGeometry().size()
    if area is not None:
        width, height = min(width, area.width()), min(height, area.height())
    dialog.resize(width, height)


class PlanFinderWidget(QWidget):
    """objectNames: `plan-finder`, `plan-finder-question`, `plan-finder-help`,
    `plan-finder-answer-<id>`, `plan-finder-result`, `plan-finder-back`, `plan-finder-restart`.

    `found(Outcome)` fires when the answers lead to a plan type; `cleared()` when the user
    goes back from there."""

    found = Signal(object)
    cleared = Signal()
    rebuilt = Signal()  # new answer buttons: a dialog sets its tab order again

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan-finder")
        self.finder = PlanFinder()
        self.question_label = plain_label("plan-finder-question")
        self.question_label.setWordWrap(True)
        self.question_label.setStyleSheet("font-weight: bold;")
        self.help_label = ExplanationLabel(object_name="plan-finder-help")
        self.answers_box = QVBoxLayout()
        self.answers_box.setSpacing(4)
        self.result_label = plain_label("plan-finder-result")
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.back_button = push_button(
            "plan-finder-back",
            self.tr("Previous question"),
            self.tr("Go back one question and answer it again"),
            self.back,
        )
        self.restart_button = push_button(
            "plan-finder-restart",
            self.tr("Start over"),
            self.tr("Answer the questions again from the first one"),
            self.restart,
        )
        for button in (self.back_button, self.restart_button):
            button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addWidget(self.restart_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.question_label)
        layout.addWidget(self.help_label)
        layout.addLayout(self.answers_box)
        layout.addWidget(self.result_label)
        layout.addLayout(row)
        self.answer_buttons: dict[str, WrapButton] = {}
        self._show()

    def focus_chain(self) -> list[QWidget]:
        """The finder's controls in Tab order."""
        return [*self.answer_buttons.values(), self.back_button, self.restart_button]

    @property
    def outcome(self) -> Outcome | None:
        return self.finder.outcome

    def answer(self, answer_id: str) -> None:
        """Pick an answer to the current question (what clicking its button does)."""
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.isAncestorOf(focus)
        self.finder.answer(answer_id)
        self._show(focus=had_focus)
        if self.finder.outcome is not None:
            self.found.emit(self.finder.outcome)

    def back(self) -> None:
        was_found = self.finder.outcome is not None
        self.finder.back()
        self._show(focus=True)
        if was_found:
            self.cleared.emit()

    def restart(self) -> None:
        was_found = self.finder.outcome is not None
        self.finder.restart()
        self._show(focus=True)
        if was_found:
            self.cleared.emit()

    def _show(self, focus: bool = False) -> None:
        for button in self.answer_buttons.values():
            self.answers_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.answer_buttons = {}
        question = self.finder.question
        self.back_button.setEnabled(bool(self.finder.answers))
        self.restart_button.setEnabled(bool(self.finder.answers))
        if question is None:
            outcome = self.finder.outcome
            self.question_label.hide()
            self.help_label.hide()
            self.result_label.setText(outcome_text(outcome) if outcome else "")
            self.result_label.setAccessibleName(self.result_label.text())
            self.result_label.show()
            self.rebuilt.emit()
            if focus:
                self.back_button.setFocus()
            return
        self.result_label.hide()
        asked = question_text(question.id)
        self.question_label.setText(asked)
        self.question_label.show()
        self.help_label.setText(question_help(question.id))
        self.help_label.show()
        for answer in question.answers:
            text = answer_text(question.id, answer.id)
            button = WrapButton(text)
            button.setObjectName(f"plan-finder-answer-{answer.id}")
            button.setAccessibleName(text)
            button.setAccessibleDescription(asked)
            button.setToolTip(asked)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=answer.id: self.answer(a))
            self.answers_box.addWidget(button)
            if self.isVisible():
                button.show()  # now, so it can take the focus at once
            self.answer_buttons[answer.id] = button
        self.rebuilt.emit()
        if focus:
            next(iter(self.answer_buttons.values())).setFocus()


class PlanFinderDialog(QDialog):
    """The finder on its own (Coverage page). `chosen(Outcome)` fires on "Use this plan type".
    objectNames: `plan-finder-dialog`, `plan-finder-use`, `plan-finder-cancel`."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("plan-finder-dialog")
        self.setWindowTitle(self.tr("Find your plan type"))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        intro = QLabel(
            self.tr(
                'A few plain questions pick the kind of plan. "I don\'t know" is always '
                "a fine answer: the app says what it will assume and how to find out."
            )
        )
        intro.setObjectName("plan-finder-intro")
        intro.setWordWrap(True)
        self.finder = PlanFinderWidget()
        self.use_button = push_button(
            "plan-finder-use",
            self.tr("Use this plan type"),
            self.tr("Put the plan type found into the plan and save it"),
            self.use,
        )
        self.use_button.setEnabled(False)
        self.cancel_button = push_button(
            "plan-finder-cancel",
            self.tr("Cancel"),
            self.tr("Close without changing the plan (Escape)"),
            self.reject,
        )
        self.cancel_button.setAutoDefault(False)
        self.finder.found.connect(self._found)
        self.finder.cleared.connect(lambda: self.use_button.setEnabled(False))
        self.finder.rebuilt.connect(self._set_tab_order)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.use_button)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.addWidget(intro)
        column.addWidget(self.finder)
        column.addStretch(1)
        scroll = QScrollArea()  # large text on a small screen: the questions scroll
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        fit_to_text(self, parent, chars=70, lines=30, least=QSize(620, 520))
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        chain = [*self.finder.focus_chain(), self.cancel_button, self.use_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _found(self, _outcome: Outcome) -> None:
        self.use_button.setEnabled(True)
        self.use_button.setDefault(True)
        self.use_button.setFocus()

    def use(self) -> None:
        outcome = self.finder.outcome
        if outcome is None:
            return
        self.chosen.emit(outcome)
        self.accept()
