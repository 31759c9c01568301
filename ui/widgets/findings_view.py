"""The checker's findings grouped by severity (problem, action, warning, info), each with
its message, next step, due date, sources (quoted words on demand) and, when the next step
names a letter, an "Open letter" button. Severity is shown by icon and word, not colour."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from helper.i18n import letter_kind_title
from helper.next_actions import (
    SEVERITY_ORDER,
    days_left_text,
    letters_in,
    long_date,
    sources_of,
    without_letter_tag,
)
from ui.i18n import current_language
from ui.widgets.checklist_sources import SourceView, citation_text
from ui.widgets.text_label import text_label
from ui.widgets.wrap_button import WrapButton

_ICONS = {
    "problem": QStyle.StandardPixmap.SP_MessageBoxCritical,
    "action": QStyle.StandardPixmap.SP_ArrowRight,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "info": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


def severity_words(widget: QWidget) -> dict[str, str]:
    return {
        "problem": widget.tr("Problem"),
        "action": widget.tr("Action needed"),
        "warning": widget.tr("Warning"),
        "info": widget.tr("Good to know"),
    }


class FindingsView(QWidget):
    """objectNames: `findings-<severity>` group boxes; per finding `finding-<n>` (n from 1,
    property `kind`), `finding-<n>-severity`, `-message`, `-next-step`, `-due`, `-letter`,
    `finding-<n>-source-<m>`. `letter_requested(kind, visit)` from "Open letter"."""

    letter_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findings")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[QWidget] = []
        self.findings: list[Any] = []
        self.visit_label: Callable[[str | None], str] = lambda key: ""

    def kinds(self) -> list[str]:
        return [f.kind for f in self.findings]

    def show_findings(
        self, findings: list[Any], today: dt.date, letters_available: bool = True
    ) -> None:
        for box in self.boxes:
            self.column.removeWidget(box)
            box.setParent(None)
            box.deleteLater()
        self.boxes = []
        self.findings = [f for s in SEVERITY_ORDER for f in findings if f.severity == s]
        words = severity_words(self)
        if not self.findings:
            empty = text_label(
                self.tr(
                    "Nothing found to act on. Add your visits and claims so the check can look at them."
                ),
                "findings-empty",
                self.tr("No findings"),
            )
            self.column.addWidget(empty)
            self.boxes.append(empty)
            return
        number = 0
        for severity in SEVERITY_ORDER:
            group = [f for f in self.findings if f.severity == severity]
            if not group:
                continue
            box = QGroupBox(f"{words[severity]} ({len(group)})")
            box.setObjectName(f"findings-{severity}")
            box.setAccessibleName(box.title())
            inner = QVBoxLayout(box)
            for finding in group:
                number += 1
                inner.addWidget(
                    self._finding(number, finding, words[severity], today, letters_available)
                )
            self.column.addWidget(box)
            self.boxes.append(box)

    def _finding(self, n: int, finding: Any, word: str, today: dt.date, letters: bool) -> QFrame:
        base = f"finding-{n}"
        frame = QFrame()
        frame.setObjectName(base)
        frame.setProperty("kind", finding.kind)
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        column = QVBoxLayout(frame)
        head = QHBoxLayout()
        icon = QLabel()
        side = max(20, self.fontMetrics().height())  # grows with the text size
        icon.setPixmap(self.style().standardIcon(_ICONS[finding.severity]).pixmap(side, side))
        icon.setAccessibleName(word)
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        severity = text_label(word, f"{base}-severity", self.tr("Severity"))
        font = severity.font()
        font.setBold(True)
        severity.setFont(font)
        head.addWidget(severity, 0, Qt.AlignmentFlag.AlignTop)
        head.addStretch(1)
        column.addLayout(head)
        where = self.visit_label(finding.visit)
        message = f"{where}: {finding.message}" if where else finding.message
        column.addWidget(text_label(message, f"{base}-message", self.tr("What was found")))
        step = without_letter_tag(finding.next_step)
        if step:
            column.addWidget(
                text_label(
                    self.tr("Next step: {step}").format(step=step),
                    f"{base}-next-step",
                    self.tr("Next step"),
                )
            )
        if finding.due is not None:
            days = (finding.due - today).days
            lang = current_language()
            due = self.tr("Due: {date} — {left}").format(
                date=long_date(finding.due, lang), left=days_left_text(days, lang)
            )
            column.addWidget(text_label(due, f"{base}-due", self.tr("Due date")))
        kinds = letters_in(finding.next_step) if letters else []
        if kinds:
            # One button a line: side by side they would make the page wider than the window
            # with long letter names or large text.
            row = QVBoxLayout() if len(kinds) > 1 else QHBoxLayout()
            for i, kind in enumerate(kinds):
                words = letter_kind_title(kind, current_language())
                text = (
                    self.tr("Open letter")
                    if len(kinds) == 1
                    else self.tr("Open letter: {kind}").format(kind=words)
                )
                button = QPushButton(text) if len(kinds) == 1 else WrapButton(text)
                button.setObjectName(f"{base}-letter" if i == 0 else f"{base}-letter-{i + 1}")
                button.setMinimumHeight(32)
                button.setAccessibleName(self.tr("Open the letter: {kind}").format(kind=words))
                button.setToolTip(
                    self.tr("Open the letter “{kind}”, filled in from your case").format(kind=words)
                )
                button.clicked.connect(
                    lambda _=False, k=kind: self.letter_requested.emit(k, finding.visit)
                )
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            if isinstance(row, QHBoxLayout):
                row.addStretch(1)
            column.addLayout(row)
        sources = sources_of(finding)
        if sources:
            toggle = QToolButton()
            toggle.setObjectName(f"{base}-sources-toggle")
            toggle.setCheckable(True)
            toggle.setArrowType(Qt.ArrowType.RightArrow)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toggle.setText(self.tr("Sources ({count})").format(count=len(sources)))
            toggle.setAccessibleName(self.tr("Show the sources of this finding"))
            toggle.setToolTip("\n".join(citation_text(s) for s in sources))
            holder = QWidget()
            holder.setObjectName(f"{base}-sources")
            inner = QVBoxLayout(holder)
            inner.setContentsMargins(16, 0, 0, 0)
            for m, source in enumerate(sources, start=1):
                inner.addWidget(SourceView(source, f"{base}-source-{m}"))
            holder.setVisible(False)

            def show(on: bool, t=toggle, h=holder) -> None:
                h.setVisible(on)
                t.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

            toggle.toggled.connect(show)
            column.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
            column.addWidget(holder)
        return frame
