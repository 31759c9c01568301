"""Settings > Email: the SMTP account letters are sent from.

Host, port, security, user name and from address go to the store's settings; the
password goes to the OS keychain when there is one (never to a file), otherwise the app
asks for it each time it sends.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helper.mail import SmtpAccount, build_message
from helper.mail import account as accounts
from helper.secrets import account_key
from helper.store import StoreError
from ui.context import AppContext
from ui.delivery.mail_worker import MailSender
from ui.dialogs.password_dialog import PasswordDialog
from ui.forms.fields import name_widget
from ui.settings.base import SettingsSection
from ui.theme import text_style
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.named import plain_label, push_button

DEFAULT_PORTS = {"ssl": 465, "starttls": 587, "none": 25}


class _TrialLetter:
    """What `build_message` needs from a letter, for the test email."""

    def __init__(self, subject: str, text: str):
        self.subject = subject
        self.text = text


class EmailSection(SettingsSection):
    name = "email"
    title = "Email"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setTitle(self.tr("Email"))
        self.sender: MailSender | None = None
        self.dialog: PasswordDialog | None = None
        self._loaded: SmtpAccount | None = None
        self.keychain_known = False
        self._keychain_looks = 0
        self._answers: dict[int, tuple[bool, bool]] = {}  # written by the look's thread
        # The thread never touches Qt: a timer of this section picks its answer up, and
        # goes with the section if it closes first (a signal emitted from the thread into
        # a section being deleted crashed the process).
        self._answer_timer = QTimer(self)
        self._answer_timer.setInterval(25)
        self._answer_timer.timeout.connect(self._pick_up_answer)
        intro = ExplanationLabel(
            self.tr(
                "To send letters straight from the app, enter your email provider's outgoing "
                "mail (SMTP) settings. Your provider's help pages list them. Without this you "
                'can still use "Open in my mail app".'
            )
        )
        self.host = self._line("email-host", self.tr("Mail server"), "smtp.example.com")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(587)
        name_widget(self.port, "email-port", self.tr("Port"), self.tr("Usually 587 or 465"))
        self.security = QComboBox()
        for value, text in (
            ("starttls", self.tr("STARTTLS (usually port 587)")),
            ("ssl", self.tr("SSL/TLS (usually port 465)")),
            ("none", self.tr("None (not encrypted; only for a server on this computer)")),
        ):
            self.security.addItem(text, value)
        name_widget(
            self.security,
            "email-security",
            self.tr("Security"),
            self.tr("How the connection is encrypted; your provider says which"),
        )
        self.security.currentIndexChanged.connect(self._security_changed)
        # Sized by a short text, not its longest choice: long choices would widen the page.
        self.security.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.security.setMinimumContentsLength(16)
        self.user = self._line(
            "email-user", self.tr("User name"), self.tr("often your email address")
        )
        self.from_address = self._line(
            "email-from", self.tr("From address"), self.tr("you@example.com")
        )
        self.password = self._line("email-password", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keychain_note = ExplanationLabel(object_name="email-keychain-note")

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        form.addRow(self.tr("Mail server (SMTP host)"), self.host)
        form.addRow(self.tr("Port"), self.port)
        form.addRow(self.tr("Security"), self.security)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("From address"), self.from_address)
        self.password_label = QLabel(self.tr("Password"))
        self.password_label.setBuddy(self.password)
        form.addRow(self.password_label, self.password)

        self.save_button = push_button(
            "email-save", self.tr("Save"), self.tr("Keep these email settings")
        )
        self.save_button.clicked.connect(self.save)
        self.test_button = push_button(
            "email-test",
            self.tr("Send test email"),
            self.tr("Save, then send a short test email to your from address"),
        )
        self.test_button.clicked.connect(self.send_test)
        self.forget_button = push_button(
            "email-forget-password",
            self.tr("Forget saved password"),
            self.tr("Remove the email password from this computer's keychain"),
        )
        self.forget_button.clicked.connect(self.forget_password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.test_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        self.status = plain_label("email-status")
        self.status.setAccessibleName(self.tr("Email settings status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keychain_note)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    # --- building ----------------------------------------------------------------------

    def _line(self, name: str, label: str, placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setPlaceholderText(placeholder)
        name_widget(field, name, label, label)
        return field

    def _security_changed(self) -> None:
        previous = {v for v in DEFAULT_PORTS.values()}
        if self.port.value() in previous:
            self.port.setValue(DEFAULT_PORTS[self.security.currentData()])

    # --- reading and saving --------------------------------------------------------------

    def refresh(self) -> None:
        account = accounts.load_account(self.context.store)
        # Only re-fill the fields when the saved account changed (a restored backup), so
        # a refresh never throws away what the user is typing.
        if account is not None and account != self._loaded:
            self._loaded = account
            self.host.setText(account.host)
            self.security.blockSignals(True)
            self.security.setCurrentIndex(max(self.security.findData(account.security), 0))
            self.security.blockSignals(False)
            self.port.setValue(account.port)
            self.user.setText(account.user or "")
            self.from_address.setText(account.from_address)
        self._look_for_keychain(account)

    def _look_for_keychain(self, account: SmtpAccount | None) -> None:
        """Find out in a background thread whether there is a keychain (and a password in
        it): the first look loads the keyring package and asks the system, which can take
        half a second that the page need not wait for. `keychain_known` is True once the
        answer is shown."""
        if not self.keychain_known:
            self.password.setVisible(False)
            self.password_label.setVisible(False)
            self.forget_button.setVisible(False)
            self.keychain_note.setText(self.tr("Looking for this computer's keychain…"))
        self._keychain_looks += 1
        look = self._keychain_looks

        def work() -> None:
            try:
                keychain = accounts.keychain_available()
                kept = keychain and account is not None
                kept = kept and accounts.stored_password(account) is not None
            except Exception:  # noqa: BLE001 - a keychain that fails is no keychain
                keychain = kept = False
            self._answers[look] = (keychain, bool(kept))

        # Not a daemon: Python waits for it at exit (it holds no Qt object).
        threading.Thread(target=work, name="keychain-look").start()
        self._answer_timer.start()

    def _pick_up_answer(self) -> None:
        look = self._keychain_looks
        if look not in self._answers:
            return
        self._answer_timer.stop()
        keychain, kept = self._answers.pop(look)
        self._answers.clear()  # answers of older looks are stale
        self._show_keychain(look, keychain, kept)

    def _show_keychain(self, look: int, keychain: bool, kept: bool) -> None:
        if look != self._keychain_looks:
            return  # a newer look is on its way
        self.keychain_known = True
        self.password.setVisible(keychain)
        self.password_label.setVisible(keychain)
        self.forget_button.setVisible(kept)
        if keychain:
            self.password.setPlaceholderText(
                self.tr("(a password is kept in your keychain)")
                if kept
                else self.tr("(no password kept yet)")
            )
            self.keychain_note.setText(
                self.tr(
                    "The password is kept in this computer's keychain, never in the app's "
                    "files. Leave it empty to keep the one already saved."
                )
            )
        else:
            self.keychain_note.setText(
                self.tr(
                    "This computer has no keychain the app can use, so the app will ask for "
                    "your password each time it sends. It is never written to a file."
                )
            )

    def account_from_fields(self) -> SmtpAccount:
        """The account as typed; ValueError says what is wrong in plain words."""
        host = self.host.text().strip()
        if not host:
            raise ValueError(self.tr("Type the mail server (for example smtp.gmail.com)."))
        from_address = self.from_address.text().strip()
        if not accounts.is_email_address(from_address):
            raise ValueError(self.tr("Type your email address as the From address."))
        return SmtpAccount(
            host=host,
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text().strip() or None,
            from_address=from_address,
        )

    def save(self) -> SmtpAccount | None:
        """Save the settings (and the password to the keychain); the account, or None."""
        try:
            account = self.account_from_fields()
        except ValueError as error:
            self._say(str(error), False)
            return None
        try:
            accounts.save_account(self.context.store, account)
        except StoreError as error:
            self._say(
                self.tr("The settings could not be saved: {error}").format(error=error), False
            )
            return None
        self._loaded = account
        message = self.tr("Saved.")
        typed = self.password.text()
        if typed and accounts.keychain_available():
            problem = accounts.remember_password(account, typed)
            message += " " + (
                self.tr("The password was not kept: {why}").format(why=problem)
                if problem
                else self.tr("The password is in your keychain.")
            )
        self.password.clear()
        self.refresh()  # the keychain line and the Forget button follow what is kept
        self._say(message, True)
        return account

    def forget_password(self) -> None:
        """Remove the saved password from the keychain (the settings stay)."""
        account = accounts.load_account(self.context.store)
        if account is None:
            return
        problem = accounts.forget_password(account)
        self.refresh()
        if problem:
            self._say(
                self.tr("The password could not be removed: {why}").format(why=problem), False
            )
        else:
            self._say(
                self.tr("The password was removed from your keychain; the app will ask for it."),
                True,
            )

    # --- test email ----------------------------------------------------------------------

    def send_test(self) -> None:
        account = self.save()
        if account is None or (self.sender is not None and self.sender.busy):
            return
        if not accounts.needs_password(account):
            self._send_test(account, None)
            return
        password = accounts.stored_password(account)
        if password is not None:
            self._send_test(account, password)
            return
        self.dialog = PasswordDialog(
            account_key(account.user, account.host), accounts.keychain_available(), self
        )
        self.dialog.password_given.connect(
            lambda password, remember: self._password_given(account, password, remember)
        )
        self.dialog.rejected.connect(lambda: self._say(self.tr("No test email was sent."), None))
        self.dialog.finished.connect(self.dialog.deleteLater)
        self.dialog.open()

    def _password_given(self, account: SmtpAccount, password: str, remember: bool) -> None:
        self.dialog = None
        if remember:
            accounts.remember_password(account, password)
        self._send_test(account, password)

    def _send_test(self, account: SmtpAccount, password: str | None) -> None:
        letter = _TrialLetter(
            self.tr("Test email from Lactation Coverage Helper"),
            self.tr("This is a test. Your email settings work: letters can be sent from the app."),
        )
        message = build_message(letter, account.from_address, account.from_address, None)
        self.sender = MailSender(self)
        self.sender.finished.connect(lambda reason: self._test_done(account, reason))
        self._say(self.tr("Sending a test email…"), None)
        self.test_button.setEnabled(False)
        self.sender.send(account, password, message)

    def _test_done(self, account: SmtpAccount, reason: str) -> None:
        self.test_button.setEnabled(True)
        if reason:
            self._say(self.tr("The test email was not sent. {reason}").format(reason=reason), False)
        else:
            self._say(
                self.tr("Sent a test email to {address}. Check your inbox.").format(
                    address=account.from_address
                ),
                True,
            )

    def _say(self, text: str, ok: bool | None) -> None:
        self.status.setStyleSheet(text_style({True: "ok", False: "error"}.get(ok), self))
        self.status.setText(text)
        self.status.setProperty("ok", ok)
