"""Send the letter by email: the PDF attached, the text as the body, on a worker thread.

The password comes from the keychain, or from the password dialog when none is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from helper.pdf import PdfError
from ui.delivery.delivery import Delivery, DeliveryResult, Done, LetterJob
from ui.delivery.pdf_file import letter_pdf_bytes, pdf_failure

if TYPE_CHECKING:  # the mail machinery (email, smtplib) is imported when a mail goes
    from helper.mail import SmtpAccount
    from ui.delivery.mail_worker import MailSender
    from ui.dialogs.password_dialog import PasswordDialog


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmailDelivery", text)


class EmailDelivery(Delivery):
    method = "email"

    def __init__(self) -> None:
        self.sender: MailSender | None = None
        self.dialog: PasswordDialog | None = None

    @property
    def busy(self) -> bool:
        return self.sender is not None and self.sender.busy

    def start(self, job: LetterJob, done: Done) -> None:
        from helper.mail import account as accounts

        account = accounts.load_account(job.store)
        to = job.to.strip()
        if account is None:
            done(
                DeliveryResult.failure(
                    self.method,
                    _tr(
                        "Set up your email account first: Settings, then Email. Or use "
                        '"Open in my mail app".'
                    ),
                )
            )
            return
        if not accounts.is_email_address(to):
            done(
                DeliveryResult.failure(
                    self.method,
                    _tr(
                        'Type the email address to send the letter to in "Send to" (for '
                        "example appeals@insurer.com)."
                    ),
                )
            )
            return
        if not accounts.needs_password(account):
            self._send(job, account, None, done)
            return
        password = accounts.stored_password(account)
        if password is not None:
            self._send(job, account, password, done)
            return
        self._ask_password(job, account, done)

    def _ask_password(self, job: LetterJob, account: SmtpAccount, done: Done) -> None:
        from helper.mail import account as accounts
        from helper.secrets import account_key
        from ui.dialogs.password_dialog import PasswordDialog

        dialog = PasswordDialog(
            account_key(account.user, account.host), accounts.keychain_available(), job.parent
        )
        self.dialog = dialog

        def given(password: str, remember: bool) -> None:
            self.dialog = None
            note = accounts.remember_password(account, password) if remember else None
            self._send(job, account, password, done, note)

        def cancelled() -> None:
            self.dialog = None
            done(DeliveryResult.cancel(self.method, _tr("Not sent: no password was given.")))

        dialog.password_given.connect(given)
        dialog.rejected.connect(cancelled)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _send(
        self,
        job: LetterJob,
        account: SmtpAccount,
        password: str | None,
        done: Done,
        note: str | None = None,
    ) -> None:
        from helper.mail import build_message
        from ui.delivery.mail_worker import MailSender

        letter, to = job.letter, job.to.strip()
        try:
            pdf = letter_pdf_bytes(letter)
        except (OSError, PdfError) as error:
            done(
                DeliveryResult.failure(
                    self.method, pdf_failure(error, _tr("Could not make the PDF"))
                )
            )
            return
        try:
            message = build_message(letter, to, account.from_address, pdf, f"{job.file_stem}.pdf")
        except (ValueError, TypeError) as error:  # never leave the page saying "Sending…"
            done(
                DeliveryResult.failure(self.method, _tr("Not sent: {reason}").format(reason=error))
            )
            return
        sender = MailSender()
        self.sender = sender

        def finished(reason: str) -> None:
            self.sender = None
            sender.deleteLater()
            if reason:
                done(
                    DeliveryResult.failure(
                        self.method,
                        _tr(
                            "Not sent. {reason} Your letter is kept: you can try again, "
                            "or save it as a PDF."
                        ).format(reason=reason),
                    )
                )
                return
            text = _tr("Sent the letter to {to}, with the PDF attached.").format(to=to)
            if note:
                text += " " + _tr("(The password was not remembered: {why})").format(why=note)
            done(DeliveryResult.success(self.method, text, to=to))

        sender.finished.connect(finished)
        sender.send(account, password, message)
