"""The guided checklist: steps in phases with ticks kept per case, and the call script."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QProgressBar,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helper import checklist
from helper.model import Case
from helper.summary import plan_type_words
from ui import ask
from ui.i18n import current_language
from ui.pages.base import Page
from ui.widgets.checklist_call_script import CallScriptView
from ui.widgets.checklist_links import can_open_letters, open_call_editor, open_letter
from ui.widgets.checklist_step import ChecklistStepWidget
from ui.widgets.heading import heading_label
from ui.widgets.named import plain_label


class ChecklistPage(Page):
    """objectNames: `checklist-plan-note`, `checklist-progress`, `checklist-tabs`,
    `checklist-steps`, `phase-<id>`, `step-<id>...` (see ChecklistStepWidget),
    `call-script` (see CallScriptView)."""

    name = "checklist"
    title = "Checklist"

    @classmethod
    def nav_title(cls) -> str:
        return cls.tr("Checklist")

    def __init__(self, context, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.step_widgets: dict[str, ChecklistStepWidget] = {}
        self.steps: list[checklist.Step] = []
        self.editor = None
        column = QVBoxLayout(self)

        heading = heading_label(self.tr("Your checklist"))
        column.addWidget(heading)
        self.plan_note = plain_label("checklist-plan-note")
        self.plan_note.setWordWrap(True)
        column.addWidget(self.plan_note)
        self.progress = QProgressBar()
        self.progress.setObjectName("checklist-progress")
        self.progress.setAccessibleName(self.tr("Checklist progress"))
        self.progress.setToolTip(self.tr("How many steps you have ticked"))
        self.progress.setMinimumHeight(26)
        column.addWidget(self.progress)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("checklist-tabs")
        self.tabs.setAccessibleName(self.tr("Checklist and call script"))
        self.tabs.setToolTip(self.tr("Switch between the steps and the call script"))
        self.tabs.tabBar().setAccessibleName(self.tr("Checklist tabs"))
        self.tabs.tabBar().setAccessibleDescription(
            self.tr("Steps or call script; Ctrl+Tab switches between them")
        )
        self.steps_area = QScrollArea()
        self.steps_area.setObjectName("checklist-steps")
        self.steps_area.setWidgetResizable(True)
        self.tabs.addTab(self.steps_area, self.tr("Steps"))
        self.call_script = CallScriptView()
        self.call_script.log_call_requested.connect(self.log_call)
        self.tabs.addTab(self.call_script, self.tr("Call script"))
        column.addWidget(self.tabs, 1)
        # Filled in when first shown (see Page): a hidden page costs nothing at start.

    # ----- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.context.case()
        ticks = self.context.store.checklist_ticks(self.context.case_id) if case else set()
        self.steps = checklist.steps_for(case, current_language())
        self._show_plan_note(case)
        self._build_steps(case, ticks)
        self._show_progress(ticks)
        self.call_script.show_case(case)
        self.call_script.log_button.setEnabled(case is not None)

    def _show_plan_note(self, case: Case | None) -> None:
        if case is None:
            text = self.tr(
                "These are the general steps. Create a case (File > New case) so the steps "
                "follow your plan and your ticks are kept."
            )
        else:
            kind = plan_type_words(case.plan.type, current_language())
            text = self.tr("Steps for your plan: {kind}.").format(kind=kind)
            if case.plan.type == "unknown":
                text += " " + self.tr(
                    "Some answers assume a plan that follows the Affordable Care Act; "
                    "set your plan type on the Coverage page to be sure."
                )
        self.plan_note.setText(text)

    def _build_steps(self, case: Case | None, ticks: set[str]) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.step_widgets = {}
        letters = can_open_letters(self, self.context)
        for phase, steps in checklist.steps_by_phase(case, current_language()):
            box = QGroupBox(phase.title)
            box.setObjectName(f"phase-{phase.id}")
            box.setAccessibleName(phase.title)
            inner = QVBoxLayout(box)
            intro = QLabel(phase.intro)
            intro.setWordWrap(True)
            inner.addWidget(intro)
            for step in steps:
                widget = ChecklistStepWidget(step, step.id in ticks, case is not None)
                widget.ticked.connect(self.set_tick)
                widget.action_requested.connect(self._run_action)
                if widget.action_button is not None:
                    usable = (step.letter_kind and letters) or (
                        step.action == "log_call" and case is not None
                    )
                    widget.action_button.setVisible(bool(usable))
                inner.addWidget(widget)
                self.step_widgets[step.id] = widget
            layout.addWidget(box)
        layout.addStretch(1)
        old = self.steps_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.steps_area.setWidget(body)

    def _show_progress(self, ticks: set[str]) -> None:
        progress = checklist.progress(self.steps, ticks)
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        label = self.tr("{done} of {total} done").format(done=progress.done, total=progress.total)
        self.progress.setFormat(label)
        self.progress.setAccessibleDescription(label)

    def progress_text(self) -> str:
        return self.progress.format()

    # ----- actions -----------------------------------------------------------------------

    def set_tick(self, step_id: str, done: bool) -> None:
        case_id = self.context.case_id
        if not case_id:
            return
        try:
            self.context.store.set_tick(case_id, step_id, done)
        except Exception as error:  # noqa: BLE001 (the store reports disk trouble)
            ask.warn(self, self.tr("Tick not saved"), str(error))
            widget = self.step_widgets.get(step_id)
            if widget is not None:
                widget.tick.blockSignals(True)
                widget.tick.setChecked(not done)
                widget.tick.blockSignals(False)
            return
        self._show_progress(self.context.store.checklist_ticks(case_id))

    def _run_action(self, action: str) -> None:
        if action == "log_call":
            self.log_call()
        elif action.startswith("letter:"):
            open_letter(self, self.context, action.split(":", 1)[1])

    def log_call(self):
        """Open the call editor prefilled; returns it (None without a case)."""
        self.editor = open_call_editor(self, self.context)
        return self.editor
