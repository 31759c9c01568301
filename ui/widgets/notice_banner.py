"""A notice at the top of the window: one plain sentence and a Dismiss button."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ui.widgets.named import push_button
from ui.widgets.text_label import text_label


class NoticeBanner(QFrame):
    """Non-modal: says what happened at start; hides itself when dismissed."""

    def __init__(self, name: str, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Notice"))
        self.setStyleSheet(
            f"#{name} {{ background: palette(alternate-base);"
            " border: 2px solid palette(highlight); border-radius: 6px; }"
        )
        self.message = text_label(text, f"{name}-message", self.tr("Notice"))
        dismiss = push_button(
            f"{name}-dismiss", self.tr("Dismiss"), self.tr("Hide this notice"), parent=self
        )
        dismiss.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.message, 1)
        layout.addWidget(dismiss)
