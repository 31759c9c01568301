"""The Coverage page's "Help me find my plan type" button.

Kept apart from the finder so that building the page at start loads only a button: the
finder's questions and words are imported when the button is first clicked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ui.widgets.named import name_control
from ui.widgets.wrap_button import WrapButton

if TYPE_CHECKING:
    from helper.plan_finder import Outcome
    from ui.dialogs.setup.finder import PlanFinderDialog


class PlanFinderButton(WrapButton):
    """ "Help me find my plan type" beside a plan form: opens the finder (never blocking);
    its answer goes into `type_box` (a ChoiceBox) and `save(sponsor=...)` stores it.
    objectName `coverage-find-plan-type`; the open dialog is `self.dialog`. Its words wrap
    when the plan column is narrow (large text)."""

    def __init__(self, type_box, save: Callable[..., object], parent: QWidget | None = None):
        super().__init__(self.tr("Help me find my plan type…"), parent)
        name_control(
            self,
            "coverage-find-plan-type",
            self.label_text().rstrip("…"),
            self.tr("Answer a few plain questions to find which kind of plan you have"),
        )
        self.setMinimumHeight(34)
        self.type_box = type_box
        self.save = save
        self.dialog: PlanFinderDialog | None = None
        self.clicked.connect(self.open_finder)

    def open_finder(self) -> PlanFinderDialog:
        from ui.dialogs.setup.finder import PlanFinderDialog

        dialog = PlanFinderDialog(self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(self._use)
        dialog.finished.connect(lambda _result: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _use(self, outcome: Outcome) -> None:
        self.type_box.set_value(outcome.plan_type)
        self.save(sponsor=outcome.sponsor)
