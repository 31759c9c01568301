"""The call script: the questions to ask, the codes to give, the pushback cards and a
"Log this call" button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helper.call_prep import codes_to_give, pushback_cards, questions
from helper.model import Case
from ui.i18n import current_language
from ui.widgets.checklist_sources import SourceView, citation_text, quote_text
from ui.widgets.pushback_cards import PushbackCards


class CallScriptView(QScrollArea):
    """objectNames: `call-script`, `call-questions`, `call-question-<id>`, `call-codes`
    (a table: code, what it means, from), `pushback-cards`, `call-log-button`."""

    log_call_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("call-script")
        self.setWidgetResizable(True)
        body = QWidget()
        column = QVBoxLayout(body)

        intro = QLabel(
            self.tr(
                "Have this in front of you when you call the number on your insurance card. "
                "Write down the name of the person you talk to and the call's reference number."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        self.log_button = QPushButton(self.tr("Log this call"))
        self.log_button.setObjectName("call-log-button")
        self.log_button.setMinimumHeight(36)
        self.log_button.setAccessibleName(self.tr("Log this call"))
        self.log_button.setToolTip(self.tr("Write down who you spoke to and what they said"))
        self.log_button.clicked.connect(self.log_call_requested)
        column.addWidget(self.log_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.questions_box = QGroupBox(self.tr("Ask"))
        self.questions_box.setObjectName("call-questions")
        self.questions_layout = QVBoxLayout(self.questions_box)
        column.addWidget(self.questions_box)

        codes_box = QGroupBox(self.tr("Codes to give"))
        codes_layout = QVBoxLayout(codes_box)
        hint = QLabel(
            self.tr(
                "Codes are how plans decide. The diagnosis code says why you were seen; the "
                "procedure code says what was done. Both are on your consultant's superbill "
                "and on the plan's Explanation of Benefits."
            )
        )
        hint.setWordWrap(True)
        codes_layout.addWidget(hint)
        self.codes = QTableWidget(0, 3)
        self.codes.setObjectName("call-codes")
        self.codes.setAccessibleName(self.tr("Codes to give"))
        self.codes.setToolTip(self.tr("Hover a code to see its source"))
        self.codes.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("What it means"), self.tr("From")]
        )
        self.codes.horizontalHeader().setStretchLastSection(True)
        self.codes.verticalHeader().setVisible(False)
        self.codes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.codes.setMinimumHeight(160)
        codes_layout.addWidget(self.codes)
        column.addWidget(codes_box)

        cards_title = QLabel(self.tr("If they push back"))
        font = cards_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        cards_title.setFont(font)
        column.addWidget(cards_title)
        self.cards = PushbackCards()
        column.addWidget(self.cards)
        column.addStretch(1)
        self.setWidget(body)
        self._question_widgets: list[QWidget] = []

    def show_case(self, case: Case | None) -> None:
        for widget in self._question_widgets:
            self.questions_layout.removeWidget(widget)
            widget.setParent(None)
            widget.deleteLater()
        self._question_widgets = []
        for number, question in enumerate(questions(current_language()), start=1):
            label = QLabel(f"{number}. {question.text}")
            label.setObjectName(f"call-question-{question.id}")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(self.tr("Question to ask"))
            label.setToolTip(quote_text(question.source))
            source = SourceView(question.source, f"call-question-{question.id}-source")
            for widget in (label, source):
                self.questions_layout.addWidget(widget)
                self._question_widgets.append(widget)
        codes = codes_to_give(case, current_language())
        self.codes.setRowCount(len(codes))
        for row, code in enumerate(codes):
            origin = (
                self.tr("The guide") if code.origin == "guide" else self.tr("Your plan's policy")
            )
            tip = "\n".join(f"{citation_text(s)}: {quote_text(s)}" for s in code.sources)
            for column, text in enumerate((code.code, code.text, origin)):
                item = QTableWidgetItem(text)
                item.setToolTip(tip)
                self.codes.setItem(row, column, item)
        self.codes.resizeColumnsToContents()
        self.cards.set_cards(pushback_cards(case, current_language()))
