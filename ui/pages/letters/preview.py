"""The right side of the Letters page: to whom, by when, and the letter as it will print
(in Spanish, with a Spanish reading copy beside it). While facts are missing it shows the
letter with each one as a highlighted blank (`helper.letters.draft`), and says how many."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from helper.i18n import cite_text, period_text
from helper.letters import RenderedLetter
from helper.letters.draft import DraftLetter
from helper.letters.session import Deadline, recipient_where
from ui.i18n import current_language
from ui.widgets.dates import show_date
from ui.widgets.named import name_control, plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


class LetterPreview(QWidget):
    """Recipient and deadline lines over the read-only preview."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.recipient_label = plain_label("letters-recipient")
        self.recipient_label.setAccessibleName(_tr("Recipient"))
        self.recipient_label.setWordWrap(True)
        self.recipient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline_label = plain_label("letters-deadline")
        self.deadline_label.setAccessibleName(_tr("Deadline"))
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTextBrowser()
        name_control(
            self.preview,
            "letters-preview",
            _tr("Letter preview"),
            _tr("The letter as it will be printed (read-only)"),
        )
        self.description = self.preview.accessibleDescription()
        self.preview.setReadOnly(True)
        self.preview.setOpenLinks(False)
        column = QVBoxLayout(self)
        column.addWidget(self._lines_that_scroll(), 0)
        column.addWidget(self._preview_with_reading_copy(), 1)

    def _lines_that_scroll(self) -> QScrollArea:
        """The recipient and deadline lines, in an area that scrolls when the pane is short
        (large text with the panes stacked) instead of being cut off by the letter."""
        lines = QWidget()
        lines.setObjectName("letters-preview-lines")
        box = QVBoxLayout(lines)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.recipient_label)
        box.addWidget(self.deadline_label)
        area = QScrollArea()
        area.setObjectName("letters-preview-lines-area")
        area.setWidget(lines)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._lines_area = area
        return area

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        """The lines take the height they need, but at most 40% of the pane: the letter
        keeps the rest."""
        super().resizeEvent(event)
        area = self._lines_area
        needed = area.widget().heightForWidth(area.viewport().width())
        if needed < 0:
            needed = area.widget().sizeHint().height()
        area.setMaximumHeight(max(1, min(needed + 2, int(self.height() * 0.4))))

    def _preview_with_reading_copy(self) -> QWidget:
        """The preview; in Spanish, a tab beside it with a Spanish reading copy."""
        self.reading_copy: QTextBrowser | None = None
        if current_language() != "es":
            return self.preview
        self.reading_copy = QTextBrowser()
        name_control(
            self.reading_copy,
            "letters-reading-copy",
            _tr("Spanish reading copy"),
            _tr("What the letter says, in Spanish, for you to read; the letter sent is in English"),
        )
        tabs = QTabWidget()
        tabs.setObjectName("letters-preview-tabs")
        tabs.setAccessibleName(_tr("Letter and reading copy"))
        tabs.addTab(self.preview, _tr("Letter (sent in English)"))
        tabs.addTab(self.reading_copy, _tr("Spanish reading copy"))
        return tabs

    @property
    def wants_reading_copy(self) -> bool:
        return self.reading_copy is not None

    def show_reading_copy(self, text: str) -> None:
        if self.reading_copy is not None:
            self.reading_copy.setPlainText(text)

    def show_message(self, message: str, rich: bool = False) -> None:
        """No letter: a message in its place."""
        if rich:
            self.preview.setHtml(f"<p>{message}</p>" if not message.startswith("<") else message)
        else:
            self.preview.setPlainText(message)
        self.recipient_label.setText("")
        self.deadline_label.setText("")
        self.show_reading_copy("")
        self.preview.setAccessibleDescription(self.description)

    def show_letter(self, letter: RenderedLetter | DraftLetter, deadline: Deadline) -> None:
        """The letter, or a draft with blanks (then the reading copy waits for the letter)."""
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(letter.html)
        self.preview.verticalScrollBar().setValue(scroll)
        blanks = len(letter.blanks) if isinstance(letter, DraftLetter) else 0
        self.preview.setAccessibleDescription(blanks_description(blanks) or self.description)
        if blanks:
            self.show_reading_copy(
                _tr("The reading copy is made when the letter is complete: fill in the "
                    "highlighted blanks first.")
            )  # fmt: skip
        where = recipient_where(letter)
        self.recipient_label.setText(
            _tr("To: {name}").format(name=letter.recipient.name) + (f" — {where}" if where else "")
        )
        self.deadline_label.setText(deadline_text(deadline))


def blanks_description(count: int) -> str:
    """What a screen reader hears about the preview while the letter has blanks."""
    if not count:
        return ""
    if count == 1:
        return _tr("The letter as it will be printed, with 1 blank still to fill in (read-only)")
    return _tr(
        "The letter as it will be printed, with {count} blanks still to fill in (read-only)"
    ).format(count=count)


def deadline_text(deadline: Deadline) -> str:
    """The appeal deadline and the plan's time to decide, with their sources, in the
    app's language (the letter's own context is English)."""
    lang = current_language()
    parts = []
    if deadline.due:
        text = _tr("Last day to file this appeal: {date}").format(date=show_date(deadline.due))
        if deadline.period and deadline.cite:
            words = (
                _tr("(up to {period} from the denial; {cite})")
                if deadline.up_to
                else _tr("({period} from the denial; {cite})")
            )
            text += " " + words.format(
                period=period_text(deadline.period, lang), cite=cite_text(deadline.cite, lang)
            )
        parts.append(text + ".")
    if deadline.has_decision:
        parts.append(
            _tr("The plan should answer within {time} ({cite}).").format(
                time=period_text(deadline.decision_time, lang),
                cite=cite_text(deadline.decision_cite, lang),
            )
        )
    return " ".join(parts) or _tr("No deadline is known for this letter.")
