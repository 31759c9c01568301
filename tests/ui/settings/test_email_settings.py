"""Settings > Email: the account is saved in the store, the password never is; the test
email reaches a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import email
import socket
import threading
from email import policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton, QSpinBox

from helper.mail import account as accounts
from helper.secrets import AskEachTimeBackend, SecretBackend
from helper.store import STORE_NAME
from ui.context import AppContext
from ui.pages.settings import SettingsPage
from ui.settings import settings_sections
from ui.settings.email_section import EmailSection

PASSWORD = "s3cret-Pa55word-xyz"


class MemoryKeychain(SecretBackend):
    """A keychain that lives in this process, so tests never touch the real one."""

    name = "memory"
    priority = 5

    def __init__(self):
        self.kept: dict[str, str] = {}

    def usable(self) -> bool:
        return True

    def get_password(self, account: str) -> str | None:
        return self.kept.get(account)

    def set_password(self, account: str, password: str) -> None:
        self.kept[account] = password

    def delete_password(self, account: str) -> None:
        self.kept.pop(account, None)


@pytest.fixture
def keychain(monkeypatch):
    chain = MemoryKeychain()
    monkeypatch.setattr(accounts, "secret_backend", lambda: chain)
    return chain


@pytest.fixture
def no_keychain(monkeypatch):
    monkeypatch.setattr(accounts, "secret_backend", AskEachTimeBackend)


def make_section(qtbot, store) -> EmailSection:
    section = EmailSection(AppContext(store))
    qtbot.addWidget(section)
    section.show()
    qtbot.waitUntil(lambda: section.keychain_known)  # looked for in the background
    return section


def fill(section, qtbot, host="smtp.example.org", port=587, security="starttls"):
    qtbot.keyClicks(section.findChild(QLineEdit, "email-host"), host)
    combo = section.findChild(QComboBox, "email-security")
    combo.setCurrentIndex(combo.findData(security))
    section.findChild(QSpinBox, "email-port").setValue(port)
    qtbot.keyClicks(section.findChild(QLineEdit, "email-user"), "ana@example.org")
    qtbot.keyClicks(section.findChild(QLineEdit, "email-from"), "ana@example.org")


def click(widget, name, qtbot):
    qtbot.mouseClick(widget.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_the_settings_page_has_the_email_section(qtbot, store, no_keychain):
    assert EmailSection in settings_sections()
    page = SettingsPage(AppContext(store))
    qtbot.addWidget(page)
    assert isinstance(page.section("email"), EmailSection)
    assert page.section("email").objectName() == "settings-email"


def test_account_is_saved_and_the_password_goes_to_the_keychain_only(qtbot, store, keychain, home):
    section = make_section(qtbot, store)
    fill(section, qtbot)
    password = section.findChild(QLineEdit, "email-password")
    assert password.isVisible()
    assert password.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(password, PASSWORD)
    click(section, "email-save", qtbot)

    assert store.get_setting("email.account") == {
        "host": "smtp.example.org",
        "port": 587,
        "security": "starttls",
        "user": "ana@example.org",
        "from_address": "ana@example.org",
    }
    assert keychain.kept == {"ana@example.org@smtp.example.org": PASSWORD}
    assert password.text() == ""
    status = section.findChild(QLabel, "email-status")
    assert "keychain" in status.text() and status.property("ok") is True
    on_disk = (home / STORE_NAME).read_bytes()
    assert b"smtp.example.org" in on_disk
    assert PASSWORD.encode() not in on_disk
    for path in home.rglob("*"):
        if path.is_file():
            assert PASSWORD.encode() not in path.read_bytes(), path

    again = make_section(qtbot, store)
    assert again.findChild(QLineEdit, "email-host").text() == "smtp.example.org"
    assert again.findChild(QComboBox, "email-security").currentData() == "starttls"
    assert "kept in your keychain" in again.findChild(QLineEdit, "email-password").placeholderText()


def test_a_saved_password_can_be_forgotten(qtbot, store, keychain, home):
    section = make_section(qtbot, store)
    forget = section.findChild(QPushButton, "email-forget-password")
    assert not forget.isVisible()  # nothing kept yet
    fill(section, qtbot)
    qtbot.keyClicks(section.findChild(QLineEdit, "email-password"), PASSWORD)
    click(section, "email-save", qtbot)
    qtbot.waitUntil(forget.isVisible)  # the keychain is looked at in the background

    click(section, "email-forget-password", qtbot)

    assert keychain.kept == {}
    qtbot.waitUntil(lambda: not forget.isVisible())
    assert "no password kept" in section.findChild(QLineEdit, "email-password").placeholderText()
    assert "removed" in section.findChild(QLabel, "email-status").text()
    assert store.get_setting("email.account")["host"] == "smtp.example.org"  # settings stay


def test_the_keychain_is_looked_for_without_holding_up_the_page(qtbot, store, monkeypatch):
    looking = threading.Event()
    answer = threading.Event()

    def slow_backend():
        looking.set()
        answer.wait(5)
        return AskEachTimeBackend()

    monkeypatch.setattr(accounts, "secret_backend", slow_backend)
    section = EmailSection(AppContext(store))
    qtbot.addWidget(section)
    section.show()
    assert looking.wait(5)
    assert not section.keychain_known  # the page is there, the answer not yet
    assert "Looking for" in section.keychain_note.text()
    assert not section.findChild(QLineEdit, "email-password").isVisible()
    assert section.findChild(QLineEdit, "email-host").isEnabled()
    answer.set()
    qtbot.waitUntil(lambda: section.keychain_known)
    assert "ask for your password each time" in section.keychain_note.text()


def test_without_a_keychain_no_password_is_asked_or_kept(qtbot, store, no_keychain, home):
    section = make_section(qtbot, store)
    assert not section.findChild(QLineEdit, "email-password").isVisible()
    assert "ask for your password each time" in section.keychain_note.text()
    fill(section, qtbot, port=465, security="ssl")
    click(section, "email-save", qtbot)
    assert store.get_setting("email.account")["security"] == "ssl"
    assert store.get_setting("email.account")["port"] == 465
    assert "password" not in store.get_setting("email.account")


def test_security_choice_suggests_its_usual_port(qtbot, store, no_keychain):
    section = make_section(qtbot, store)
    combo = section.findChild(QComboBox, "email-security")
    port = section.findChild(QSpinBox, "email-port")
    combo.setCurrentIndex(combo.findData("ssl"))
    assert port.value() == 465
    port.setValue(2525)  # a port the user typed is kept
    combo.setCurrentIndex(combo.findData("starttls"))
    assert port.value() == 2525


def test_bad_input_is_named_and_nothing_is_saved(qtbot, store, no_keychain):
    section = make_section(qtbot, store)
    qtbot.keyClicks(section.findChild(QLineEdit, "email-host"), "smtp.example.org")
    qtbot.keyClicks(section.findChild(QLineEdit, "email-from"), "ana at example")
    click(section, "email-save", qtbot)
    status = section.findChild(QLabel, "email-status")
    assert "From address" in status.text() and status.property("ok") is False
    assert store.get_setting("email.account") is None


def test_test_email_reaches_the_server(qtbot, store, no_keychain):
    received = []

    class Inbox:
        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            received.append(envelope)
            return "250 OK"

    def check_login(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == PASSWORD.encode()
        return AuthResult(success=ok, handled=False)

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(
        Inbox(), hostname="127.0.0.1", port=port, authenticator=check_login, auth_require_tls=False
    )
    controller.start()
    try:
        section = make_section(qtbot, store)
        fill(section, qtbot, host="127.0.0.1", port=port, security="none")
        click(section, "email-test", qtbot)
        dialog = section.findChild(QDialog, "password-dialog")
        assert dialog is not None and dialog.isVisible()
        qtbot.keyClicks(dialog.findChild(QLineEdit, "password-field"), PASSWORD)
        click(dialog, "password-ok", qtbot)
        status = section.findChild(QLabel, "email-status")
        qtbot.waitUntil(lambda: "Sending" not in status.text(), timeout=10000)
        assert status.property("ok") is True, status.text()
        assert "Sent a test email to ana@example.org" in status.text()
    finally:
        controller.stop()
    message = email.message_from_bytes(received[0].content, policy=policy.default)
    assert received[0].rcpt_tos == ["ana@example.org"]
    assert "Test email" in str(message["Subject"])
    assert PASSWORD.encode() not in (store.home / STORE_NAME).read_bytes()


def test_a_refresh_keeps_what_is_being_typed(qtbot, store, no_keychain):
    section = make_section(qtbot, store)
    fill(section, qtbot)
    click(section, "email-save", qtbot)
    host = section.findChild(QLineEdit, "email-host")
    host.setText("smtp.half-typed")
    section.refresh()  # the settings page refreshes on every case switch or edit
    assert host.text() == "smtp.half-typed"
