"""The Letters page: choose a letter, fill what is missing, preview it, then print, save,
email, open in the mail app or paste into a regulator's web form.

The letter shows at once: while facts are missing, as a draft with a highlighted blank
for each (filled in as the user types, `PREVIEW_DELAY_MS` after the last keystroke), and
the print, save and send buttons stay off until nothing is missing.

The page asks a `helper.letters.session.LetterSession` for everything (which kinds fit,
what is missing, the letter itself, its deadlines) and hands the finished letter to a
delivery back end (`ui.delivery`). Each step is a part in this package: `choose`, `facts`,
`preview`, `delivery`, `history`, plus the documents panel. What the user types is kept
per case as a draft in the store, so nothing typed is lost; a letter that could not be
sent or printed stays on the page with the reason shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from helper.letters import RenderedLetter
from helper.letters.draft import DraftLetter
from helper.letters.refusals import not_applicable_text
from helper.letters.session import LetterDraft, LetterSession
from helper.model import Case
from helper.store import StoreError
from helper.store.drafts import LETTER_DRAFTS
from ui.accessibility import add_button_shortcut
from ui.delivery import LetterJob
from ui.i18n import current_language
from ui.pages.base import Page
from ui.pages.letters.choose import LetterChooser
from ui.pages.letters.delivery import LetterDelivery
from ui.pages.letters.documents import DocumentsPanel
from ui.pages.letters.facts import FactsSection
from ui.pages.letters.history import LetterHistory
from ui.pages.letters.preview import LetterPreview
from ui.pages.letters.templates import edit_template
from ui.widgets.heading import heading_label
from ui.widgets.reflow_splitter import ReflowSplitter

DRAFT_KIND = LETTER_DRAFTS  # the store keeps one letters draft per case
# After the last keystroke, the preview is made again (and what was typed kept): short
# enough that a typist sees the blank fill as they type (tests/benchmarks/bench_blanks.py).
PREVIEW_DELAY_MS = 150


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


class LettersPage(Page):
    name = "letters"
    title = "Letters"

    @classmethod
    def nav_title(cls) -> str:
        return _tr("Letters")

    def __init__(self, context, parent: QWidget | None = None):
        self.case: Case | None = None
        self.letter: RenderedLetter | None = None  # only ever a complete letter
        self.draft: DraftLetter | None = None  # the letter with blanks, shown while incomplete
        self.report = None
        self.session: LetterSession | None = None
        self._shown_case: str | None = None
        self._draft = LetterDraft()
        super().__init__(context, parent)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(PREVIEW_DELAY_MS)
        self._save_timer.timeout.connect(self.update_letter)
        self._build()  # filled in when first shown (see Page)

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        heading = heading_label(tr("Letters"), 1.4, "letters-heading")
        self.disclaimer = QLabel(tr("This is information, not legal advice."))
        self.disclaimer.setObjectName("letters-disclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet("font-style: italic;")

        self.chooser = LetterChooser(self._kind_changed, self._visit_changed)
        self.kind_list, self.visit_combo = self.chooser.kind_list, self.chooser.visit_combo
        self.facts = FactsSection()
        self.facts.reverse_button.clicked.connect(self.reverse_instead)
        self.form = self.facts.form
        self.form.changed.connect(self._facts_edited)
        self.delivery = LetterDelivery(
            self, self.context, self._job, self.edit_template, self.update_buttons
        )
        self.backends = self.delivery.backends
        self.to_field, self.status = self.delivery.to_field, self.delivery.status
        self.to_field.textEdited.connect(lambda _t: self._to_edited())
        self.documents = DocumentsPanel(
            self.context, lambda: (self.current_visit(), self.visit_combo.currentText()), self
        )
        self.documents.message.connect(self._say)
        self.history = LetterHistory()

        left = QWidget()
        column = QVBoxLayout(left)
        for widget in (heading, self.disclaimer, *self.chooser.widgets(), *self.facts.widgets()):
            column.addWidget(widget)
        self.delivery.add_to(column)
        for widget in (self.status, self.documents, self.history.label, self.history.list):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("letters-controls")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(360)

        self.right = LetterPreview()
        self.preview = self.right.preview
        self.recipient_label, self.deadline_label = (
            self.right.recipient_label,
            self.right.deadline_label,
        )
        splitter = ReflowSplitter(min_chars=90)  # stacked when large text needs the width
        splitter.setObjectName("letters-splitter")
        splitter.addWidget(scroll)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        add_button_shortcut(self, self.delivery.print_button, "Ctrl+P")
        add_button_shortcut(self, self.delivery.pdf_button, "Ctrl+Shift+S")

    # --- refreshing ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the current case; keep the chosen letter and what was typed."""
        if not hasattr(self, "preview"):
            return  # the base class connects signals before the widgets exist
        self._flush_draft()
        case_id = self.context.case_id
        try:
            self.case = self.context.case()
        except KeyError:
            self.case = None
        if case_id != self._shown_case:
            self._shown_case = case_id
            self._draft = self._load_draft(case_id)
            self.chooser.clear()
            self.form.clear()
            self.to_field.clear()
            self.status.setVisible(False)
        lang = current_language()
        # The letters' one report per case version (helper.letters.sources), the same the
        # letter functions read: making a letter runs the checker once.
        self.session = LetterSession(self.case, lang=lang) if self.case is not None else None
        self.report = self.session.report if self.session is not None else None
        self.chooser.fill_kinds(self.session, self._draft.kind)
        self.chooser.fill_visits(self.case, self._draft.visit)
        self.history.fill(self.case)
        self.update_letter()

    def letters_changed(self) -> None:
        """A letter was recorded: show it in the history (the letter being made stays)."""
        if not self.isVisible():
            self.stale = True
            return
        self.case = self.context.case()
        self.history.fill(self.case)

    def _kind_at(self, row: int) -> str | None:
        return self.chooser.kind_at(row)

    def current_kind(self) -> str | None:
        return self.chooser.current_kind()

    def choose_kind(self, kind: str) -> None:
        """Select a letter kind (as a click in the list would)."""
        self.chooser.choose_kind(kind)

    def current_visit(self) -> str | None:
        return self.chooser.current_visit()

    # --- the letter ----------------------------------------------------------------------

    def _kind_changed(self) -> None:
        if self.chooser.updating:
            return
        self._flush_draft()
        self.form.clear()
        self.to_field.clear()
        self.status.setVisible(False)
        self.update_letter()

    def _visit_changed(self) -> None:
        if self.chooser.updating:
            return
        self._flush_draft()
        self.form.clear()
        self.update_letter()

    def _facts_edited(self) -> None:
        kind = self.current_kind()
        if kind:
            self._draft.keep_typed(kind, self.form.fields, self.form.values())
        self._save_timer.start()

    def _to_edited(self) -> None:
        kind = self.current_kind()
        if kind:
            self._draft.to[kind] = self.to_field.text()
            self._save_timer.start()

    def extra(self) -> dict[str, str]:
        """What the user typed that this letter can use: case facts and its own facts."""
        return self._draft.extra(self.current_kind())

    def update_letter(self) -> None:
        """Work out what is missing; when nothing is, render the letter into the preview."""
        self._save_timer.stop()
        self._flush_draft()
        self.letter = self.draft = None
        kind, session = self.current_kind(), self.session
        self.facts.errors.setVisible(False)
        if session is None or kind is None:
            self._show_empty(
                self.tr("Choose or create a case first: the letters are made from it.")
                if session is None
                else self.tr("No letter fits this case yet.")
            )
            return
        visit, extra = self.current_visit(), self.extra()
        state = session.prepare(kind, visit, extra)
        self.facts.reverse_button.setVisible(False)
        if state.refusal is not None:
            self.form.clear()
            self._show_empty(not_applicable_text(state.refusal, session.lang))
            self.facts.reverse_button.setVisible(self._reverse_would_fit(kind, visit, extra))
            return
        if state.error is not None:
            self._show_empty(state.error)
            return
        waiting = self.facts.show(session, state, extra)
        if waiting is not None and state.draft is not None:
            self._show_letter(state.draft, session.deadline(kind, state.draft.context))
            return
        if waiting is not None:
            self._show_empty(*waiting)
            return
        if state.render_error is not None:
            self._show_empty(state.render_error)
            return
        if state.template_error is not None:
            self._show_empty(
                self.tr("The letter's template has a problem (was it edited?): {error}").format(
                    error=state.template_error
                )
            )
            return
        self._show_letter(state.letter, session.deadline(kind, state.context))
        self._show_reading_copy(kind, visit, extra)

    def _reverse_would_fit(self, kind: str, visit: str | None, extra: dict) -> bool:
        """Whether a refused reprocessing letter could ask to reverse the claim instead."""
        if kind != "claim_reprocessing" or extra.get("reprocessing.mode") == "reverse":
            return False
        reverse = {**extra, "reprocessing.mode": "reverse"}
        return self.session.prepare(kind, visit, reverse).refusal is None

    def reverse_instead(self) -> None:
        """The parent chose to ask the plan to reverse the claim (care not received)."""
        kind = self.current_kind()
        if kind != "claim_reprocessing":
            return
        self._draft.letter_facts.setdefault(kind, {})["reprocessing.mode"] = "reverse"
        self.update_letter()

    def _show_empty(self, message: str, rich: bool = False) -> None:
        self.letter = self.draft = None
        self.right.show_message(message, rich)
        self.update_buttons()

    def _show_letter(self, letter: RenderedLetter | DraftLetter, deadline) -> None:
        """The letter, or the draft with blanks (which nothing can print, save or send)."""
        complete = isinstance(letter, RenderedLetter)
        self.letter = letter if complete else None
        self.draft = None if complete else letter
        self.right.show_letter(letter, deadline)
        typed_to = self._draft.to.get(self.current_kind() or "")
        self.delivery.show_address(
            typed_to if typed_to is not None else (letter.recipient.email or "")
        )
        self.update_buttons()

    def _show_reading_copy(self, kind: str, visit: str | None, extra: dict) -> None:
        if not self.right.wants_reading_copy or self.session is None:
            return
        try:
            self.right.show_reading_copy(self.session.reading_copy(kind, visit, extra))
        except Exception as error:  # noqa: BLE001 - the letter itself is still shown
            self.right.show_reading_copy(str(error))

    def update_buttons(self) -> None:
        kind = self.current_kind()
        form_url = self.session.regulator_form_url(kind) if self.session else None
        blanks = len(self.draft.blanks) if self.draft is not None else 0
        self.delivery.update_buttons(self.letter, form_url, kind is not None, blanks)

    # --- drafts --------------------------------------------------------------------------

    def _load_draft(self, case_id: str | None) -> LetterDraft:
        return LetterDraft.from_data(self.context.store.letter_draft(case_id) if case_id else None)

    def _flush_draft(self) -> None:
        """Keep what was typed (and which letter is chosen) in the store for this case."""
        case_id = self._shown_case
        if not case_id or not hasattr(self, "chooser"):
            return
        self._draft.kind = self.current_kind() or self._draft.kind
        if self.visit_combo.count():
            self._draft.visit = self.current_visit()
        data = self._draft.to_data()
        if data == self.context.store.letter_draft(case_id):
            return
        try:
            self.context.store.save_letter_draft(case_id, data)
        except (StoreError, KeyError, ValueError) as error:
            self._say(
                self.tr("What you typed could not be kept: {error}").format(error=error), False
            )

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self._flush_draft()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if self.current_kind():
            # An edited template shows when the user comes back; after the page is painted
            # (the first showing has just been filled by refresh(): no second render now).
            self._save_timer.start()

    # --- actions -------------------------------------------------------------------------

    def _job(self, to: str) -> LetterJob | None:
        """The delivery job for the letter shown, to `to`; None while there is none."""
        if self.letter is None:
            return None
        return LetterJob(self.letter, self, self.context.store, to, self.case,
                         self.current_visit(), extra=self.extra())  # fmt: skip

    def deliver(self, method: str) -> None:
        """Hand the letter to one back end; the result is recorded and shown."""
        self.delivery.deliver(method)

    def _say(self, text: str, ok: bool | None) -> None:
        self.delivery.say(text, ok)

    def edit_template(self) -> None:
        """Make the user's own copies of this letter's templates and open the HTML one."""
        kind = self.current_kind()
        if kind:
            self._say(*edit_template(kind))
