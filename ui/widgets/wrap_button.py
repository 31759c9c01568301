"""A push button whose text wraps onto more lines when space is short.

Letter titles are long ("Open letter: Apelar una visita o un sacaleches negado o cobrado
(planes de la ACA)"); at large text sizes a plain QPushButton would make the page wider
than the window. Here the words live in a word-wrapped label inside the button: the
button's own `text()` stays empty, so read `label_text()`; the accessible name carries it.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget


class WrapButton(QPushButton):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(text, self)
        self.label.setObjectName("wrap-button-text")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setForegroundRole(QPalette.ColorRole.ButtonText)
        layout = QHBoxLayout(self)
        margin = max(6, self.fontMetrics().height() // 3)
        layout.setContentsMargins(margin + 4, margin, margin + 4, margin)
        layout.addWidget(self.label)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(text)

    def label_text(self) -> str:
        return self.label.text()

    def set_label_text(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        # As wide as the text on one line: a layout that aligns the button gives it at most
        # this width, and the height it reserved (for its full width) then still fits.
        margins = self.layout().contentsMargins()
        width = (
            self.label.fontMetrics().horizontalAdvance(self.label.text())
            + margins.left()
            + margins.right()
            + 2
        )
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt name)
        return self.layout().totalHeightForWidth(width)
