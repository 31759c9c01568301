"""The Calls page's bar that offers a call typed but not saved (a draft the store kept):
restore it in the editor, or discard it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QHBoxLayout

from helper.call_log import format_started
from ui.i18n import current_language
from ui.theme import panel_style
from ui.widgets.named import plain_label, push_button


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallsPage", text)


class DraftBar(QFrame):
    def __init__(self, restore: Callable[[], object], discard: Callable[[], object]):
        super().__init__()
        self.setObjectName("calls-draft-bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(panel_style("#calls-draft-bar", "warning"))
        self.text = plain_label("calls-draft-text")
        self.text.setWordWrap(True)
        self.restore_button = push_button(
            "calls-draft-restore",
            _tr("Restore"),
            _tr("Open the unsaved call again, as you left it"),
            restore,
            min_height=34,
        )
        self.discard_button = push_button(
            "calls-draft-discard",
            _tr("Discard"),
            _tr("Throw the unsaved call away"),
            discard,
            min_height=34,
        )
        bar = QHBoxLayout(self)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.restore_button)
        bar.addWidget(self.discard_button)
        self.setVisible(False)

    def offer(self, data: dict) -> None:
        """Show the bar for the draft `data` (saying when the call was, when known)."""
        when = draft_time(data)
        self.text.setText(
            _tr("You have an unsaved call from {0}.").format(when)
            if when
            else _tr("You have an unsaved call.")
        )
        self.setVisible(True)


def draft_time(data: dict) -> str:
    """When the drafted call started (else when it was saved), as the log shows dates."""
    for value in (data.get("call", {}).get("started"), data.get("saved_at")):
        try:
            return format_started(dt.datetime.fromisoformat(value), current_language())
        except (TypeError, ValueError):
            continue
    return ""
