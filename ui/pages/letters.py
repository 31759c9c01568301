"""The Letters page: choose a letter, fill what is missing, preview it, then print, save,
email, open in the mail app or paste into a regulator's web form.

The page asks `helper.letters` for everything (which kinds fit, what is missing, the
letter itself) and hands the finished letter to a delivery back end (`ui.letters`). What
the user types is kept per case as a draft in the store, so nothing typed is lost; a
letter that could not be sent or printed stays on the page with the reason shown.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from helper.i18n import cite_text, period_text
from helper.letters import (
    BadFactError,
    LetterError,
    LetterNotApplicable,
    RenderedLetter,
    build_context,
    copy_template_for_editing,
    get_kind,
    missing_facts,
    render_letter,
    suggested_kinds,
    user_letters_dir,
)
from helper.letters.environment import letters_environment
from helper.letters.extra import LETTER_FACT_KEYS
from helper.letters.fact_errors import fact_error_lines
from helper.letters.refusals import not_applicable_text
from helper.letters.services import all_services
from helper.model import Case, LetterRecord
from helper.store import StoreError
from ui.accessibility import add_button_shortcut
from ui.i18n import current_language, kind_purpose, kind_title
from ui.letters import DeliveryResult, LetterJob, make_backends
from ui.letters.documents_panel import DocumentsPanel
from ui.letters.facts_form import FactsForm
from ui.pages.base import Page
from ui.theme import panel_style, text_style
from ui.widgets.dates import show_date
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.heading import heading_label
from ui.widgets.named import name_control, plain_label, push_button
from ui.widgets.reflow_splitter import ReflowSplitter

log = logging.getLogger(__name__)
DRAFT_KIND = "letters"
SAVE_DELAY_MS = 250
METHOD_WORDS = {
    "print": "printed",
    "pdf": "saved as PDF",
    "email": "emailed",
    "mail_app": "opened in the mail app",
    "portal": "pasted into a web form",
}
APPEAL_KINDS = ("aca_appeal", "plan_appeal", "gap_exception", "external_review_request")


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


def is_letter_fact(key: str) -> bool:
    """Facts that belong to one letter (its recipient...), not to the case."""
    return key in LETTER_FACT_KEYS


class LettersPage(Page):
    name = "letters"
    title = "Letters"

    @classmethod
    def nav_title(cls) -> str:
        return _tr("Letters")

    def __init__(self, context, parent: QWidget | None = None):
        self.case: Case | None = None
        self.letter: RenderedLetter | None = None
        self.report = None
        self._shown_case: str | None = None
        self._draft: dict = {}
        self._updating = False
        super().__init__(context, parent)
        self.backends = make_backends()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
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

        kind_label = QLabel(tr("1. Choose the letter"))
        kind_label.setStyleSheet("font-weight: bold;")
        self.kind_list = QListWidget()
        name_control(
            self.kind_list,
            "letters-kind",
            tr("Letter to write"),
            tr("The letters that fit your case; the ones the checker suggests come first"),
        )
        self.kind_list.setWordWrap(True)
        self.kind_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kind_list.setMinimumHeight(150)
        self.kind_list.setSpacing(2)
        self.kind_list.currentItemChanged.connect(lambda *_: self._kind_changed())
        kind_label.setBuddy(self.kind_list)

        self.visit_label = QLabel(tr("Which visit or pump is it about?"))
        self.visit_combo = QComboBox()
        name_control(
            self.visit_combo,
            "letters-visit",
            tr("Visit or pump"),
            tr("Pick one visit or pump, or let the letter cover all that fit"),
        )
        self.visit_combo.setMinimumHeight(32)
        self.visit_combo.currentIndexChanged.connect(lambda _i: self._visit_changed())
        self.visit_label.setBuddy(self.visit_combo)

        self.facts_heading = QLabel(tr("2. Fill in what the letter needs"))
        self.facts_heading.setStyleSheet("font-weight: bold;")
        self.facts_note = ExplanationLabel(object_name="letters-facts-note")
        self.form = FactsForm()
        self.form.changed.connect(self._facts_edited)
        self.facts_errors = plain_label("letters-facts-errors")
        self.facts_errors.setWordWrap(True)
        self.facts_errors.setStyleSheet(text_style("error", bold=True))
        self.facts_errors.setVisible(False)

        to_label = QLabel(tr("Send to (email address)"))
        self.to_field = QLineEdit()
        name_control(
            self.to_field,
            "letters-to",
            tr("Send to"),
            tr("The email address the letter goes to (for Email and Open in my mail app)"),
        )
        self.to_field.setMinimumHeight(30)
        self.to_field.setPlaceholderText(tr("for example appeals@insurer.com"))
        self.to_field.textEdited.connect(lambda _t: self._to_edited())
        to_label.setBuddy(self.to_field)

        send_label = QLabel(tr("3. Print, save or send it"))
        send_label.setStyleSheet("font-weight: bold;")
        self.print_button = push_button(
            "letters-print", tr("Print…"), tr("Print the letter (opens a print preview)"),
            lambda: self.deliver("print"),
        )  # fmt: skip
        self.pdf_button = push_button(
            "letters-pdf", tr("Save PDF…"), tr("Save the letter as a PDF file"),
            lambda: self.deliver("pdf"),
        )  # fmt: skip
        self.packet_button = push_button(
            "letters-packet", tr("Save packet…"),
            tr("Save one PDF with a cover sheet, this letter, the call log and the documents "
               "attached to the case"),
            lambda: self.deliver("packet"),
        )  # fmt: skip
        self.email_button = push_button(
            "letters-email", tr("Email"),
            tr("Send the letter from your email account (set up in Settings), PDF attached"),
            lambda: self.deliver("email"),
        )  # fmt: skip
        self.mailapp_button = push_button(
            "letters-mailapp", tr("Open in my mail app"),
            tr("Start an email in your own mail app and save the PDF for you to attach"),
            lambda: self.deliver("mail_app"),
        )  # fmt: skip
        self.portal_button = push_button(
            "letters-portal", tr("Copy text and open web form"),
            tr("This agency takes complaints on its website: copy the letter and open the form"),
            lambda: self.deliver("portal"),
        )  # fmt: skip
        self.template_button = push_button(
            "letters-edit-template", tr("Edit template"),
            tr("Make your own copy of this letter's wording and open it; your copy is used "
               "from then on"),
            self.edit_template,
        )  # fmt: skip
        row1 = QHBoxLayout()
        for button in (self.print_button, self.pdf_button, self.packet_button):
            row1.addWidget(button)
        row2 = QHBoxLayout()
        for button in (self.email_button, self.mailapp_button):
            row2.addWidget(button)
        row3 = QHBoxLayout()
        row3.addWidget(self.portal_button)
        row3.addWidget(self.template_button)

        self.status = plain_label("letters-status")
        self.status.setAccessibleName(tr("Status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)

        self.documents = DocumentsPanel(
            self.context, lambda: (self.current_visit(), self.visit_combo.currentText()), self
        )
        self.documents.message.connect(self._say)

        history_label = QLabel(tr("Letters made for this case"))
        history_label.setStyleSheet("font-weight: bold;")
        self.history = QListWidget()
        name_control(
            self.history,
            "letters-history",
            tr("Letter history"),
            tr("Every letter made for this case: when, how, and to whom"),
        )
        self.history.setMinimumHeight(90)
        self.history.setMaximumHeight(180)
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        history_label.setBuddy(self.history)

        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(heading)
        column.addWidget(self.disclaimer)
        column.addWidget(kind_label)
        column.addWidget(self.kind_list)
        column.addWidget(self.visit_label)
        column.addWidget(self.visit_combo)
        column.addWidget(self.facts_heading)
        column.addWidget(self.facts_note)
        column.addWidget(self.form)
        column.addWidget(self.facts_errors)
        column.addWidget(send_label)
        column.addWidget(to_label)
        column.addWidget(self.to_field)
        column.addLayout(row1)
        column.addLayout(row2)
        column.addLayout(row3)
        column.addWidget(self.status)
        column.addWidget(self.documents)
        column.addWidget(history_label)
        column.addWidget(self.history)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("letters-controls")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(360)

        self.recipient_label = plain_label("letters-recipient")
        self.recipient_label.setAccessibleName(tr("Recipient"))
        self.recipient_label.setWordWrap(True)
        self.recipient_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.deadline_label = plain_label("letters-deadline")
        self.deadline_label.setAccessibleName(tr("Deadline"))
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview = QTextBrowser()
        name_control(
            self.preview,
            "letters-preview",
            tr("Letter preview"),
            tr("The letter as it will be printed (read-only)"),
        )
        self.preview.setReadOnly(True)
        self.preview.setOpenLinks(False)
        right = QWidget()
        right_column = QVBoxLayout(right)
        right_column.addWidget(self.recipient_label)
        right_column.addWidget(self.deadline_label)
        right_column.addWidget(self._preview_with_reading_copy(), 1)

        splitter = ReflowSplitter(min_chars=90)  # stacked when large text needs the width
        splitter.setObjectName("letters-splitter")
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        add_button_shortcut(self, self.print_button, "Ctrl+P")
        add_button_shortcut(self, self.pdf_button, "Ctrl+Shift+S")

    def _preview_with_reading_copy(self) -> QWidget:
        """The preview; in Spanish, a tab beside it with a Spanish reading copy."""
        self.reading_copy: QTextBrowser | None = None
        if current_language() != "es":
            return self.preview
        from PySide6.QtWidgets import QTabWidget

        self.reading_copy = QTextBrowser()
        name_control(
            self.reading_copy,
            "letters-reading-copy",
            self.tr("Spanish reading copy"),
            self.tr(
                "What the letter says, in Spanish, for you to read; the letter sent is in English"
            ),
        )
        tabs = QTabWidget()
        tabs.setObjectName("letters-preview-tabs")
        tabs.setAccessibleName(self.tr("Letter and reading copy"))
        tabs.addTab(self.preview, self.tr("Letter (sent in English)"))
        tabs.addTab(self.reading_copy, self.tr("Spanish reading copy"))
        return tabs

    def _show_reading_copy(self, kind: str | None, visit: str | None, extra: dict) -> None:
        if self.reading_copy is None:
            return
        if kind is None or self.case is None or self.letter is None:
            self.reading_copy.setPlainText("")
            return
        from helper.letters.reading_copy import reading_copy_es

        try:
            self.reading_copy.setPlainText(reading_copy_es(kind, self.case, visit, extra))
        except Exception as error:  # noqa: BLE001 - the letter itself is still shown
            self.reading_copy.setPlainText(str(error))

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
            self._updating = True
            self.kind_list.clear()
            self.visit_combo.clear()
            self._updating = False
            self.form.clear()
            self.to_field.clear()
            self.status.setVisible(False)
        self.report = self._coverage_report()
        self._fill_kinds()
        self._fill_visits()
        self._fill_history()
        self.update_letter()

    def _coverage_report(self):
        """The checker's report (in English, as letters are sent), shared through the
        context; None when it cannot run: a letter must not be blocked by the checker."""
        if self.case is None:
            return None
        try:
            return self.context.report("en")
        except Exception as error:  # noqa: BLE001 - see docstring
            log.warning("coverage check failed (%s); letters listed without its report", error)
            return None

    def letters_changed(self) -> None:
        """A letter was recorded: show it in the history (the letter being made stays)."""
        if not self.isVisible():
            self.stale = True
            return
        self.case = self.context.case()
        self._fill_history()

    def _load_draft(self, case_id: str | None) -> dict:
        draft = self.context.store.get_draft(DRAFT_KIND, case_id) if case_id else None
        draft = draft if isinstance(draft, dict) else {}
        for key in ("facts", "letter_facts", "to"):
            if not isinstance(draft.get(key), dict):
                draft[key] = {}
        return draft

    def _fill_kinds(self) -> None:
        self._updating = True
        try:
            wanted = self.current_kind() or self._draft.get("kind")
            self.kind_list.clear()
            if self.case is None:
                return
            checker = set(getattr(self.report, "letters", None) or [])
            for kind_id in suggested_kinds(self.case):
                kind = get_kind(kind_id)
                title = kind_title(kind)
                if kind_id in checker:
                    title = "★ " + title + "  ·  " + self.tr("Suggested for your case")
                item = QListWidgetItem(f"{title}\n{kind_purpose(kind)}")
                item.setData(Qt.ItemDataRole.UserRole, kind_id)
                item.setToolTip(kind_purpose(kind))
                self.kind_list.addItem(item)
            row = next((i for i in range(self.kind_list.count()) if self._kind_at(i) == wanted), 0)
            self.kind_list.setCurrentRow(row)
        finally:
            self._updating = False

    def _kind_at(self, row: int) -> str | None:
        item = self.kind_list.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_kind(self) -> str | None:
        item = self.kind_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose_kind(self, kind: str) -> None:
        """Select a letter kind (as a click in the list would)."""
        for row in range(self.kind_list.count()):
            if self._kind_at(row) == kind:
                self.kind_list.setCurrentRow(row)
                return
        raise KeyError(kind)

    def _fill_visits(self) -> None:
        self._updating = True
        try:
            wanted = self.visit_combo.currentData() or self._draft.get("visit")
            self.visit_combo.clear()
            services = all_services(self.case) if self.case is not None else []
            self.visit_combo.addItem(self.tr("All the visits and pumps this letter is about"), None)
            for service in services:
                self.visit_combo.addItem(self._service_label(service), service.key)
            index = self.visit_combo.findData(wanted) if wanted else 0
            self.visit_combo.setCurrentIndex(max(index, 0))
            matters = len(services) > 1
            self.visit_combo.setVisible(matters)
            self.visit_label.setVisible(matters)
        finally:
            self._updating = False

    def _service_label(self, service) -> str:
        when = show_date(service.date, self.tr("no date"))
        if service.visit is not None:
            who = service.visit.provider.name or self.tr("lactation visit")
            text = self.tr("Visit on {date} ({who})").format(date=when, who=who)
        else:
            text = self.tr("Pump or supplies {code} on {date}").format(
                code=service.equipment.code or "", date=when
            )
        if service.claim is not None and service.claim.number:
            text += " · " + self.tr("claim {number}").format(number=service.claim.number)
        return text

    def current_visit(self) -> str | None:
        return self.visit_combo.currentData() or None

    def _fill_history(self) -> None:
        self.history.clear()
        records = list(self.case.letters) if self.case is not None else []
        records.sort(key=lambda r: r.created or dt.datetime.min, reverse=True)
        for record in records:
            self.history.addItem(self.history_line(record))
        if not records:
            item = QListWidgetItem(self.tr("No letters yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.history.addItem(item)

    def history_line(self, record: LetterRecord) -> str:
        try:
            title = kind_title(get_kind(record.kind))
        except KeyError:
            title = record.kind
        when = show_date(record.created.date() if record.created else record.sent, "")
        how = self.tr(METHOD_WORDS.get(record.method or "", record.method or ""))
        line = " · ".join(part for part in (when, title, how) if part)
        if record.to:
            line += " " + self.tr("to {to}").format(to=record.to)
        return line

    # --- the letter ----------------------------------------------------------------------

    def _kind_changed(self) -> None:
        if self._updating:
            return
        self._flush_draft()
        self.form.clear()
        self.to_field.clear()
        self.status.setVisible(False)
        self.update_letter()

    def _visit_changed(self) -> None:
        if self._updating:
            return
        self._flush_draft()
        self.form.clear()
        self.update_letter()

    def _facts_edited(self) -> None:
        self._store_form_values()
        self._save_timer.start()

    def _to_edited(self) -> None:
        kind = self.current_kind()
        if kind:
            self._draft["to"][kind] = self.to_field.text()
            self._save_timer.start()

    def extra(self) -> dict[str, str]:
        """What the user typed that this letter can use: case facts and its own facts."""
        kind = self.current_kind() or ""
        values = dict(self._draft.get("facts", {}))
        values.update(self._draft.get("letter_facts", {}).get(kind, {}))
        return values

    def _store_form_values(self) -> None:
        kind = self.current_kind()
        if not kind:
            return
        typed = self.form.values()
        letter_facts = self._draft["letter_facts"].setdefault(kind, {})
        for key in self.form.fields:
            target = letter_facts if is_letter_fact(key) else self._draft["facts"]
            if key in typed:
                target[key] = typed[key]
            else:
                target.pop(key, None)

    def update_letter(self) -> None:
        """Work out what is missing; when nothing is, render the letter into the preview."""
        self._save_timer.stop()
        self._flush_draft()
        self.letter = None
        kind, case = self.current_kind(), self.case
        self.facts_errors.setVisible(False)
        if case is None or kind is None:
            self._show_empty(
                self.tr("Choose or create a case first: the letters are made from it.")
                if case is None
                else self.tr("No letter fits this case yet.")
            )
            return
        visit, extra = self.current_visit(), self.extra()
        try:
            lang = current_language()
            asked = missing_facts(kind, case, visit, None, lang)
            try:
                needed = missing_facts(kind, case, visit, extra, lang)
            except BadFactError as error:
                needed = None
                problems = error.errors
        except LetterNotApplicable as error:
            self.form.clear()
            self._show_empty(not_applicable_text(error, current_language()))
            return
        except LetterError as error:
            self._show_empty(str(error))
            return
        shown = {f.key: f for f in asked}
        for fact in needed or []:
            shown.setdefault(fact.key, fact)
        self.form.add_facts(list(shown.values()), extra)
        self.facts_heading.setVisible(not self.form.is_empty())
        if needed is None:
            self.form.mark_needed(set())
            questions = {key: label.text() for key, label in self.form.labels.items()}
            problems = fact_error_lines(problems, questions, lang)
            self.facts_errors.setText(
                self.tr("Please check: {problems}").format(problems="; ".join(problems))
            )
            self.facts_errors.setVisible(True)
            self._show_empty(self.tr("Some of what you typed cannot be used yet (see the form)."))
            return
        self.form.mark_needed({f.key for f in needed})
        if needed:
            self.facts_note.setText(
                self.tr("{count} more to fill in before the letter can be made.").format(
                    count=len(needed)
                )
            )
            self.facts_note.setVisible(True)
            lines = "".join(f"<li>{_escape(f.question)}</li>" for f in needed)
            self._show_empty(
                self.tr("The letter needs a few more facts:") + f"<ul>{lines}</ul>", rich=True
            )
            return
        self.facts_note.setVisible(False)
        try:
            letter = render_letter(kind, case, visit, extra)
            context = build_context(kind, case, visit, extra)
        except LetterError as error:
            self._show_empty(str(error))
            return
        except Exception as error:  # noqa: BLE001 - an edited template may be broken
            self._show_empty(
                self.tr("The letter's template has a problem (was it edited?): {error}").format(
                    error=error
                )
            )
            return
        self._show_letter(letter, context)
        self._show_reading_copy(kind, visit, extra)

    def _show_empty(self, message: str, rich: bool = False) -> None:
        self.letter = None
        if rich:
            self.preview.setHtml(f"<p>{message}</p>" if not message.startswith("<") else message)
        else:
            self.preview.setPlainText(message)
        self.recipient_label.setText("")
        self.deadline_label.setText("")
        self._show_reading_copy(None, None, {})
        self._update_buttons()

    def _show_letter(self, letter: RenderedLetter, context: dict) -> None:
        self.letter = letter
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(letter.html)
        self.preview.verticalScrollBar().setValue(scroll)
        recipient = letter.recipient
        where = recipient.address.replace("\n", ", ") if recipient.address else ""
        where = where or recipient.email or recipient.web_form or ""
        self.recipient_label.setText(
            self.tr("To: {name}").format(name=recipient.name) + (f" — {where}" if where else "")
        )
        self.deadline_label.setText(self._deadline_text(letter.kind, context))
        kind = self.current_kind() or ""
        typed_to = self._draft["to"].get(kind)
        wanted_to = typed_to if typed_to is not None else (recipient.email or "")
        if self.to_field.text() != wanted_to:
            self.to_field.setText(wanted_to)
        self._update_buttons()

    def _deadline_text(self, kind: str, context: dict) -> str:
        """The appeal deadline and the plan's time to decide, with their sources, in the
        app's language (the letter's own context is English)."""
        lang = current_language()
        law = context.get("law") or {}
        parts = []
        window = law.get("appeal_window") or {}
        due = law.get("appeal_due_date")
        if due and kind in ("aca_appeal", "plan_appeal"):
            text = self.tr("Last day to file this appeal: {date}").format(date=show_date(due))
            if window.get("period") and window.get("cite"):
                words = (
                    self.tr("(up to {period} from the denial; {cite})")
                    if window.get("up_to")
                    else self.tr("({period} from the denial; {cite})")
                )
                text += " " + words.format(
                    period=period_text(window["period"], lang), cite=cite_text(window["cite"], lang)
                )
            parts.append(text + ".")
        decision = law.get("decision") or {}
        if decision and kind in APPEAL_KINDS:
            parts.append(
                self.tr("The plan should answer within {time} ({cite}).").format(
                    time=period_text(decision.get("text", ""), lang),
                    cite=cite_text(decision.get("cite", ""), lang),
                )
            )
        return " ".join(parts) or self.tr("No deadline is known for this letter.")

    def _update_buttons(self) -> None:
        ready = self.letter is not None
        busy = getattr(self.backends.get("email"), "busy", False)
        for button in (self.print_button, self.pdf_button, self.packet_button, self.mailapp_button):
            button.setEnabled(ready)
        self.email_button.setEnabled(ready and not busy)
        portal = self.backends["portal"]
        portal.form_url = self._regulator_form_url()
        show_portal = ready and portal.available(self.letter)
        self.portal_button.setVisible(show_portal)
        self.portal_button.setEnabled(show_portal)
        self.template_button.setEnabled(self.current_kind() is not None)

    def _regulator_form_url(self) -> str | None:
        """The regulator's complaint form, for a complaint letter to a regulator."""
        kind = self.current_kind()
        if not kind or get_kind(kind).recipient != "regulator":
            return None
        regulator = getattr(self.report, "regulator", None) or {}
        return regulator.get("complaint_url") or None

    # --- drafts --------------------------------------------------------------------------

    def _flush_draft(self) -> None:
        """Keep what was typed (and which letter is chosen) in the store for this case."""
        case_id = self._shown_case
        if not case_id or not hasattr(self, "kind_list"):
            return
        draft = dict(self._draft)
        draft["kind"] = self.current_kind() or draft.get("kind")
        draft["visit"] = self.current_visit() if self.visit_combo.count() else draft.get("visit")
        if draft == self.context.store.get_draft(DRAFT_KIND, case_id):
            return
        try:
            self.context.store.save_draft(DRAFT_KIND, case_id, draft)
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
            self.update_letter()  # an edited template shows when the user comes back

    # --- delivering ----------------------------------------------------------------------

    def deliver(self, method: str) -> None:
        """Hand the letter to one back end; the result is recorded and shown."""
        if self.letter is None:
            self._say(self.tr("Fill in what the letter needs first."), False)
            return
        if method == "email" and getattr(self.backends["email"], "busy", False):
            self._say(self.tr("Still sending the last email; please wait."), None)
            return
        case_id, letter = self.context.case_id, self.letter
        job = LetterJob(letter, self, self.context.store, self.to_field.text(), self.case,
                        self.current_visit(), extra=self.extra())  # fmt: skip
        if method == "email":
            self._say(self.tr("Sending…"), None)
        self.backends[method].start(job, lambda result: self._delivered(case_id, letter, result))
        self._update_buttons()

    def _delivered(self, case_id: str | None, letter: RenderedLetter, result: DeliveryResult):
        if not result.ok:
            self._say(result.message, None if result.cancelled else False)
            self._update_buttons()
            return
        message = result.message
        if case_id:
            now = dt.datetime.now().replace(microsecond=0)
            record = LetterRecord(
                kind=letter.kind,
                created=now,
                sent=now.date() if result.method == "email" else None,
                method=result.method,
                to=result.to,
            )
            try:
                self.context.store.add_letter_record(case_id, record)
            except (StoreError, KeyError, ValueError) as error:
                message += " " + self.tr(
                    "(It could not be added to the letter history: {error})"
                ).format(error=error)
            else:
                if case_id == self.context.case_id:
                    self.context.notify_letters_changed()  # Home shows the last letter
        self._say(message, True)
        self._update_buttons()

    def _say(self, text: str, ok: bool | None) -> None:
        """A message on the page (never a pop-up): green for done, red for a problem."""
        tone = {True: "ok", False: "error"}.get(ok)
        self.status.setStyleSheet(panel_style("#letters-status", tone, self))
        self.status.setText(text)
        self.status.setProperty("ok", ok)
        self.status.setVisible(True)

    # --- templates -----------------------------------------------------------------------

    def edit_template(self) -> None:
        """Make the user's own copies of this letter's templates and open the HTML one."""
        kind = self.current_kind()
        if not kind:
            return
        try:
            html = copy_template_for_editing(kind, "html")
            copy_template_for_editing(kind, "txt")
        except OSError as error:
            self._say(self.tr("Could not copy the template: {error}").format(error=error), False)
            return
        # Templates already loaded from the shipped folder stay cached even once a copy
        # exists; drop them so the copy is used from now on.
        cache = getattr(letters_environment(), "cache", None)
        if cache is not None:
            cache.clear()
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(html)))
        text = self.tr(
            "Your own copy of this letter is in {folder}: {html} (print and PDF) and the .txt "
            "one (email and web form). Your copy is used from now on; the preview updates when "
            "you come back here."
        ).format(folder=user_letters_dir(), html=html.name)
        if not opened:
            text += " " + self.tr("Open it with a text editor.")
        self._say(text, True)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
