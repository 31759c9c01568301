"""Asks for the mail password when none is kept in the keychain. Opened with `open()`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class PasswordDialog(QDialog):
    """`password_given(password, remember)` fires on OK; `rejected` on Cancel.

    "Remember" is offered only when this computer has a keychain to keep it in.
    """

    password_given = Signal(str, bool)

    def __init__(self, account_label: str, can_remember: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.can_remember = can_remember
        self.setObjectName("password-dialog")
        self.setWindowTitle(self.tr("Email password"))
        self.setAccessibleName(self.tr("Email password"))
        intro = QLabel(
            self.tr("Type the password for {account}. It is used to send this email only.").format(
                account=account_label
            )
        )
        intro.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("password-field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Password"))
        self.field.setToolTip(
            self.tr("Some providers (Gmail, Outlook, iCloud) need an app password here")
        )
        self.field.setMinimumHeight(30)
        intro.setBuddy(self.field)
        self.remember = QCheckBox(self.tr("Remember it in this computer's keychain"))
        self.remember.setObjectName("password-remember")
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setToolTip(
            self.tr("Kept by your operating system's password store, never in the app's files")
        )
        self.remember.setVisible(can_remember)
        if not can_remember:
            note = QLabel(
                self.tr(
                    "This computer has no keychain the app can use, so it will ask again "
                    "next time. The password is never written to a file."
                )
            )
            note.setWordWrap(True)
            note.setObjectName("password-no-keychain")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("password-buttons")
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("password-ok")
        self.ok_button.setText(self.tr("Send"))
        self.ok_button.setAccessibleName(self.tr("Send"))
        self.ok_button.setToolTip(self.tr("Use this password and send"))
        self.ok_button.setEnabled(False)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("password-cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Do not send now"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.field)
        layout.addWidget(self.remember)
        if not can_remember:
            layout.addWidget(note)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if not self.field.text():
            return
        password, remember = self.field.text(), self.can_remember and self.remember.isChecked()
        self.field.clear()  # do not keep it in the widget longer than needed
        super().accept()
        self.password_given.emit(password, remember)
