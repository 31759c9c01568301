"""One checklist step: a tick box with the step's title, opening to say why it matters,
the exact words to use and the source, with an optional action button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from helper.checklist import Step
from ui.widgets.checklist_sources import SourceView
from ui.widgets.text_label import text_label


class _ClickLabel(QLabel):
    """A step's title: a click on it ticks the box, as a click on a tick box's text does."""

    clicked = Signal()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()


class ChecklistStepWidget(QFrame):
    """objectNames: `step-<id>` (frame), `-tick`, `-more`, `-details`, `-why`,
    `-for-you` (what the step means for this plan, when it says more), `-say`,
    `-source` (then `-source-2` ...), `-action`.

    `ticked(step_id, done)` when the box is ticked by the user; `action_requested(action)`
    when the step's button is pressed ("log_call" or "letter:<kind>").
    """

    ticked = Signal(str, bool)
    action_requested = Signal(str)

    def __init__(self, step: Step, done: bool, can_tick: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.step = step
        base = f"step-{step.id}"
        self.setObjectName(base)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 6, 8, 6)

        row = QHBoxLayout()
        title = step.title
        if step.warning:
            title = self.tr("Warning: {title}").format(title=title)
        # The title is a wrapping label beside a text-less tick box: a long title (or large
        # text) wraps instead of making the page wider than the window.
        self.tick = QCheckBox()
        self.tick.setObjectName(f"{base}-tick")
        self.tick.setChecked(done)
        self.tick.setEnabled(can_tick)
        self.tick.setMinimumHeight(32)
        self.tick.setAccessibleName(title)
        self.tick.setToolTip(
            self.tr("Tick when done") if can_tick else self.tr("Create a case to keep your ticks")
        )
        self.tick.setAccessibleDescription(self.tick.toolTip())
        if step.warning:
            self.tick.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            font = self.tick.font()
            font.setBold(True)
            self.tick.setFont(font)
        self.tick.toggled.connect(lambda on: self.ticked.emit(step.id, on))
        self.title = _ClickLabel(title)
        self.title.setObjectName(f"{base}-title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setBuddy(self.tick)
        self.title.setFont(self.tick.font())
        self.title.setMinimumHeight(32)
        self.title.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        self.title.clicked.connect(lambda: self.tick.isEnabled() and self.tick.toggle())
        self.more = QToolButton()
        self.more.setObjectName(f"{base}-more")
        self.more.setCheckable(True)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setText(self.tr("Why and what to say"))
        self.more.setMinimumHeight(32)
        self.more.setAccessibleName(
            self.tr("Why and what to say: {title}").format(title=step.title)
        )
        self.more.setToolTip(self.tr("Open this step to see why it matters and the words to use"))
        self.more.toggled.connect(self.set_expanded)
        row.addWidget(self.tick, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.title, 1)
        row.addWidget(self.more, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(row)

        self.details = QWidget()
        self.details.setObjectName(f"{base}-details")
        details = QVBoxLayout(self.details)
        details.setContentsMargins(28, 0, 0, 4)
        details.addWidget(text_label(step.why, f"{base}-why", self.tr("Why it matters")))
        if step.for_you:
            for_you = text_label(step.for_you, f"{base}-for-you", self.tr("For your plan"))
            for_you.setStyleSheet("QLabel { font-weight: bold; }")
            details.addWidget(for_you)
        say_title = QLabel(self.tr("What to say:"))
        font = say_title.font()
        font.setBold(True)
        say_title.setFont(font)
        details.addWidget(say_title)
        say = text_label(f"“{step.say}”", f"{base}-say", self.tr("What to say"))
        say.setStyleSheet("QLabel { margin-left: 10px; }")
        details.addWidget(say)
        for index, source in enumerate(step.sources):
            name = f"{base}-source" if index == 0 else f"{base}-source-{index + 1}"
            details.addWidget(SourceView(source, name))
        self.action_button: QPushButton | None = None
        label = self._action_label()
        if label:
            self.action_button = QPushButton(label)
            self.action_button.setObjectName(f"{base}-action")
            self.action_button.setMinimumHeight(34)
            self.action_button.setAccessibleName(label)
            self.action_button.setToolTip(label)
            self.action_button.clicked.connect(lambda: self.action_requested.emit(step.action))
            details.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.details.setVisible(False)
        column.addWidget(self.details)

    def _action_label(self) -> str:
        if self.step.action == "log_call":
            return self.tr("Log this call")
        if self.step.letter_kind:
            return self.tr("Open the letter")
        return ""

    def set_expanded(self, expanded: bool) -> None:
        self.details.setVisible(expanded)
        self.more.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        if self.more.isChecked() != expanded:
            self.more.setChecked(expanded)
