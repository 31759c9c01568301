"""Step 3 of the Letters page: where the letter goes, the buttons that print, save or send
it through a delivery back end (`ui.delivery`), the result recorded in the letter history,
and the page's status line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from helper.letters import RenderedLetter
from helper.model import LetterRecord
from helper.store import StoreError
from ui.delivery import DeliveryResult, LetterJob, make_backends
from ui.theme import panel_style
from ui.widgets.named import name_control, plain_label, push_button
from ui.widgets.reflow_box import ReflowBox


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


class LetterDelivery:
    """The "Send to" field, the delivery buttons and the status line of the Letters page.

    `make_job(to)` gives the job for the letter shown (None while there is none),
    `edit_template` copies the letter's templates, `changed` is called when the buttons
    may need updating (a delivery started or ended).
    """

    def __init__(
        self,
        page: QWidget,
        context,
        make_job: Callable[[str], LetterJob | None],
        edit_template: Callable[[], None],
        changed: Callable[[], None],
    ):
        self.page, self.context = page, context
        self.make_job, self.changed = make_job, changed
        self.backends = make_backends()
        self.to_label = QLabel(_tr("Send to (email address)"))
        self.to_field = QLineEdit()
        name_control(
            self.to_field,
            "letters-to",
            _tr("Send to"),
            _tr("The email address the letter goes to (for Email and Open in my mail app)"),
        )
        self.to_field.setMinimumHeight(30)
        self.to_field.setPlaceholderText(_tr("for example appeals@insurer.com"))
        self.to_label.setBuddy(self.to_field)

        self.send_label = QLabel(_tr("3. Print, save or send it"))
        self.send_label.setStyleSheet("font-weight: bold;")
        self.print_button = push_button(
            "letters-print", _tr("Print…"), _tr("Print the letter (opens a print preview)"),
            lambda: self.deliver("print"),
        )  # fmt: skip
        self.pdf_button = push_button(
            "letters-pdf", _tr("Save PDF…"), _tr("Save the letter as a PDF file"),
            lambda: self.deliver("pdf"),
        )  # fmt: skip
        self.packet_button = push_button(
            "letters-packet", _tr("Save packet…"),
            _tr("Save one PDF with a cover sheet, this letter, the call log and the documents "
                "attached to the case"),
            lambda: self.deliver("packet"),
        )  # fmt: skip
        self.email_button = push_button(
            "letters-email", _tr("Email"),
            _tr("Send the letter from your email account (set up in Settings), PDF attached"),
            lambda: self.deliver("email"),
        )  # fmt: skip
        self.mailapp_button = push_button(
            "letters-mailapp", _tr("Open in my mail app"),
            _tr("Start an email in your own mail app and save the PDF for you to attach"),
            lambda: self.deliver("mail_app"),
        )  # fmt: skip
        self.portal_button = push_button(
            "letters-portal", _tr("Copy text and open web form"),
            _tr("This agency takes complaints on its website: copy the letter and open the form"),
            lambda: self.deliver("portal"),
        )  # fmt: skip
        self.template_button = push_button(
            "letters-edit-template", _tr("Edit template"),
            _tr("Make your own copy of this letter's wording and open it; your copy is used "
                "from then on"),
            edit_template,
        )  # fmt: skip

        # Why the buttons are off while the letter has blanks (the buttons say it too).
        self.blanks_note = plain_label("letters-blanks-note")
        self.blanks_note.setWordWrap(True)
        self.blanks_note.setAccessibleName(_tr("Why the letter cannot be sent yet"))
        self.blanks_note.setStyleSheet("font-weight: bold;")
        self.blanks_note.setVisible(False)
        self.sending_buttons = (self.print_button, self.pdf_button, self.packet_button,
                                self.email_button, self.mailapp_button)  # fmt: skip
        self.tips = {button: button.toolTip() for button in self.sending_buttons}

        self.status = plain_label("letters-status")
        self.status.setAccessibleName(_tr("Status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setVisible(False)

    def add_to(self, column) -> None:
        """Put the section in the page's column (the status line goes in by itself)."""
        column.addWidget(self.send_label)
        column.addWidget(self.blanks_note)
        column.addWidget(self.to_label)
        column.addWidget(self.to_field)
        rows = (
            (self.print_button, self.pdf_button, self.packet_button),
            (self.email_button, self.mailapp_button),
            (self.portal_button, self.template_button),
        )
        for buttons in rows:
            row = ReflowBox(min_chars=0)  # a column of buttons when they do not fit across
            for button in buttons:
                row.add(button)
            column.addWidget(row)

    def show_address(self, wanted: str) -> None:
        if self.to_field.text() != wanted:
            self.to_field.setText(wanted)

    def update_buttons(self, letter: RenderedLetter | None, form_url: str | None,
                       kind_chosen: bool, blanks: int = 0) -> None:  # fmt: skip
        """Print, save and send only a complete letter; with `blanks` (a draft shown),
        say why they are off."""
        ready = letter is not None
        busy = getattr(self.backends.get("email"), "busy", False)
        for button in (self.print_button, self.pdf_button, self.packet_button, self.mailapp_button):
            button.setEnabled(ready)
        self.email_button.setEnabled(ready and not busy)
        why = blanks_text(blanks) if blanks and not ready else ""
        self.blanks_note.setText(why)
        self.blanks_note.setVisible(bool(why))
        for button, tip in self.tips.items():
            button.setToolTip(f"{tip}\n{why}" if why else tip)
        portal = self.backends["portal"]
        portal.form_url = form_url
        show_portal = ready and portal.available(letter)
        self.portal_button.setVisible(show_portal)
        self.portal_button.setEnabled(show_portal)
        self.template_button.setEnabled(kind_chosen)

    def deliver(self, method: str) -> None:
        """Hand the letter to one back end; the result is recorded and shown."""
        job = self.make_job(self.to_field.text())
        if job is None:
            self.say(_tr("Fill in what the letter needs first."), False)
            return
        if method == "email" and getattr(self.backends["email"], "busy", False):
            self.say(_tr("Still sending the last email; please wait."), None)
            return
        case_id, letter = self.context.case_id, job.letter
        if method == "email":
            self.say(_tr("Sending…"), None)
        self.backends[method].start(job, lambda result: self._delivered(case_id, letter, result))
        self.changed()

    def _delivered(self, case_id: str | None, letter: RenderedLetter, result: DeliveryResult):
        context = self.context
        if not result.ok:
            self.say(result.message, None if result.cancelled else False)
            self.changed()
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
                context.store.add_letter_record(case_id, record)
            except (StoreError, KeyError, ValueError) as error:
                message += " " + _tr(
                    "(It could not be added to the letter history: {error})"
                ).format(error=error)
            else:
                if case_id == context.case_id:
                    context.notify_letters_changed()  # Home shows the last letter
        self.say(message, True)
        self.changed()

    def say(self, text: str, ok: bool | None) -> None:
        """A message on the page (never a pop-up): green for done, red for a problem."""
        tone = {True: "ok", False: "error"}.get(ok)
        self.status.setStyleSheet(panel_style("#letters-status", tone, self.page))
        self.status.setText(text)
        self.status.setProperty("ok", ok)
        self.status.setVisible(True)


def blanks_text(count: int) -> str:
    """ "Fill in the 2 blanks first.": why a draft cannot be printed, saved or sent."""
    if count == 1:
        return _tr("Fill in the last blank first: the letter can be printed, saved or sent "
                   "once it is complete.")  # fmt: skip
    return _tr("Fill in the {count} blanks first: the letter can be printed, saved or sent "
               "once it is complete.").format(count=count)  # fmt: skip
