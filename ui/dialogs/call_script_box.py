"""The call editor's "Questions to ask" box: the guide's questions to tick as they are
asked (from `helper.call_prep`), inserted into the summary on request, and the codes to
give the insurer."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from helper.call_prep import codes_to_give, questions
from ui.widgets.named import name_control
from ui.widgets.wrap_check import wrapping_check


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallEditor", text)


class CallScriptBox(QGroupBox):
    """Emits `ticked_changed` when a question is ticked or unticked, and `insert_requested`
    when the user asks to put the questions in the summary."""

    ticked_changed = Signal()
    insert_requested = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(_tr("Questions to ask"), parent)
        self.setObjectName("call-script")
        self.questions = questions(lang)
        self.codes = codes_to_give(None, lang)  # the guide's codes
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "From a lactation consultant's insurance guide for families. Tick each "
                "question as you ask it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.question_boxes: dict[str, QCheckBox] = {}
        for question in self.questions:
            source = question.source
            # A wrapping label beside a bare tick box: a long question, or large text,
            # wraps instead of making the window wider than the screen.
            row, box = wrapping_check(
                question.text,
                f"call-question-{question.id}",
                _tr("Source: {0}, \u201c{1}\u201d: \u201c{2}\u201d").format(
                    source["document"], source["section"], source["quote"]
                ),
            )
            box.setStyleSheet("QCheckBox { padding: 4px; }")
            box.toggled.connect(lambda *_: self.ticked_changed.emit())
            self.question_boxes[question.id] = box
            layout.addWidget(row)
        self.insert_button = QPushButton(_tr("Insert into summary"))
        name_control(
            self.insert_button,
            "call-insert-questions",
            _tr("Insert questions into summary"),
            _tr("Adds the ticked questions (or all of them) to the summary, to note the answers"),
        )
        self.insert_button.clicked.connect(self.insert_requested.emit)
        layout.addWidget(self.insert_button)
        codes = QLabel(self._codes_text())
        codes.setObjectName("call-codes")
        codes.setWordWrap(True)
        codes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        codes.setToolTip(
            "\n".join(
                f"{s['document']}, \u201c{s['section']}\u201d: \u201c{s['quote']}\u201d"
                for code in self.codes
                for s in code.sources
            )
        )
        codes.setAccessibleName(_tr("Codes to give the insurer"))
        layout.addWidget(codes)
        layout.addStretch(1)

    def _codes_text(self) -> str:
        kinds = {"diagnosis": _tr("Diagnosis code"), "procedure": _tr("Procedure code")}
        lines = [_tr("Codes to give them, and ask if they cover them fully:")]
        for code in self.codes:
            lines.append(f"\u2022 {kinds.get(code.kind, code.kind)} {code.code} ({code.text})")
        return "\n".join(lines)

    def tick(self, question_ids) -> None:
        for question_id in question_ids:
            if question_id in self.question_boxes:
                self.question_boxes[question_id].setChecked(True)

    def ticked(self) -> list[str]:
        return [qid for qid, box in self.question_boxes.items() if box.isChecked()]

    def questions_block(self) -> str:
        """The ticked questions (all when none is ticked), each with room for the answer."""
        ticked = set(self.ticked())
        chosen = [q.text for q in self.questions if not ticked or q.id in ticked]
        q_word, a_word = _tr("Q:"), _tr("A:")
        return "\n".join(f"{q_word} {q}\n{a_word} " for q in chosen)
