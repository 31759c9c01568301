"""Step 2 of the Letters page: the form of facts the letter needs, what is still missing,
and what cannot be read in what was typed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from helper.letters.fact_errors import fact_error_lines
from helper.letters.session import LetterSession, LetterState
from ui.pages.letters.facts_form import FactsForm
from ui.theme import text_style
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.named import plain_label, push_button


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


class FactsSection:
    """The heading, a note of how many facts are missing, the form and its errors."""

    def __init__(self):
        self.heading = QLabel(_tr("2. Fill in what the letter needs"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.note = ExplanationLabel(object_name="letters-facts-note")
        self.form = FactsForm()
        self.errors = plain_label("letters-facts-errors")
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet(text_style("error", bold=True))
        self.errors.setVisible(False)
        # A reprocessing letter refused for "corrected codes" may still ask the plan to
        # reverse a claim for care not received: the page offers that choice here.
        self.reverse_button = push_button(
            "letters-reverse-instead",
            _tr("Ask the plan to reverse the claim instead (care I did not receive)"),
            _tr("Write the reprocessing letter asking the plan to reverse the claim"),
        )
        self.reverse_button.setVisible(False)

    def widgets(self) -> list:
        return [self.heading, self.note, self.form, self.errors, self.reverse_button]

    def show(
        self, session: LetterSession, state: LetterState, extra: dict
    ) -> tuple[str, bool] | None:
        """Fill the form from `state`; the message for the preview while the letter
        cannot be made yet (and whether it is rich text), or None when nothing is missing."""
        self.errors.setVisible(False)
        self.form.add_facts(session.shown_facts(state), extra)
        self.heading.setVisible(not self.form.is_empty())
        if state.needed is None:
            self.form.mark_needed(set())
            questions = {key: label.text() for key, label in self.form.labels.items()}
            problems = fact_error_lines(state.problems, questions, session.lang)
            self.errors.setText(
                _tr("Please check: {problems}").format(problems="; ".join(problems))
            )
            self.errors.setVisible(True)
            return _tr("Some of what you typed cannot be used yet (see the form)."), False
        self.form.mark_needed({f.key for f in state.needed})
        if state.needed:
            self.note.setText(
                _tr("{count} more to fill in before the letter can be made.").format(
                    count=len(state.needed)
                )
            )
            self.note.setVisible(True)
            lines = "".join(f"<li>{_escape(f.question)}</li>" for f in state.needed)
            return _tr("The letter needs a few more facts:") + f"<ul>{lines}</ul>", True
        self.note.setVisible(False)
        return None


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
