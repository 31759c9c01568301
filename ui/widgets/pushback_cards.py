"""Answers to the usual pushback on a call, as cards: what the rep says, what to answer,
and where that answer comes from."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from helper.call_prep import PushbackCard
from ui.widgets.checklist_sources import SourceView
from ui.widgets.text_label import text_label


class PushbackCardView(QGroupBox):
    """objectNames: `pushback-<id>`, `pushback-<id>-answer-<n>`, `-note-<n>`,
    `pushback-<id>-source-<n>-<m>` (n, m from 1)."""

    def __init__(self, card: PushbackCard, parent: QWidget | None = None):
        super().__init__(self.tr("If they say: “{words}”").format(words=card.they_say), parent)
        base = f"pushback-{card.id}"
        self.card = card
        self.setObjectName(base)
        self.setAccessibleName(self.title())
        column = QVBoxLayout(self)
        for n, answer in enumerate(card.answers, start=1):
            column.addWidget(
                text_label(
                    self.tr("You say: “{words}”").format(words=answer.say),
                    f"{base}-answer-{n}",
                    self.tr("Answer to give"),
                )
            )
            if answer.note:
                note = text_label(answer.note, f"{base}-note-{n}", self.tr("Note"))
                note.setStyleSheet("QLabel { margin-left: 12px; }")
                column.addWidget(note)
            for m, source in enumerate(answer.sources, start=1):
                column.addWidget(SourceView(source, f"{base}-source-{n}-{m}"))


class PushbackCards(QWidget):
    """All cards for the current plan; `set_cards` replaces them."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pushback-cards")
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.views: list[PushbackCardView] = []

    def set_cards(self, cards: list[PushbackCard]) -> None:
        for view in self.views:
            self.column.removeWidget(view)
            view.setParent(None)
            view.deleteLater()
        self.views = [PushbackCardView(card, self) for card in cards]
        for view in self.views:
            self.column.addWidget(view)
