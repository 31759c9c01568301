"""Sending letters through a real SMTP server on 127.0.0.1 (aiosmtpd)."""

from __future__ import annotations

import email
import socket
from email import policy
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from helper.letters import letter_pdf, render_letter
from helper.mail import MailError, SmtpAccount, build_message, mailto_url, send
from tests.helper.letters_support import ADDRESS, TODAY, case_of


class Inbox:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(**kwargs):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    return controller, inbox


@pytest.fixture
def letter(example_case_dict, home):
    return render_letter("aca_appeal", case_of(example_case_dict), extra=ADDRESS, today=TODAY)


def test_mail_arrives_with_the_pdf_byte_identical(letter):
    pdf = letter_pdf(letter)
    controller, inbox = start_server()
    try:
        account = SmtpAccount("127.0.0.1", controller.port, "none", None, "ana@example.org")
        message = build_message(
            letter, "appeals@example-insurer.com", account.from_address, pdf, "appeal.pdf"
        )
        send(account, None, message, timeout=5)
    finally:
        controller.stop()
    assert len(inbox.envelopes) == 1
    envelope = inbox.envelopes[0]
    assert envelope.rcpt_tos == ["appeals@example-insurer.com"]
    received = email.message_from_bytes(envelope.content, policy=policy.default)
    assert " ".join(received["Subject"].split()) == letter.subject
    assert "REF-20260912-01" in received.get_body(("plain",)).get_content()
    attachments = list(received.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["appeal.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_payload(decode=True) == pdf


def test_refused_login_raises_a_plain_reason(letter):
    def refuse(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=False, handled=False)

    controller, inbox = start_server(authenticator=refuse, auth_require_tls=False)
    try:
        account = SmtpAccount("127.0.0.1", controller.port, "none", "ana", "ana@example.org")
        message = build_message(
            letter, "appeals@example-insurer.com", account.from_address, b"%PDF"
        )
        with pytest.raises(MailError, match="refused the login") as raised:
            send(account, "wrong", message, timeout=5)
    finally:
        controller.stop()
    assert "password" in raised.value.reason
    assert raised.value.kind == "login"
    assert inbox.envelopes == []
    assert "REF-20260912-01" in letter.text  # the letter is still there to send again


def test_closed_port_raises_a_plain_reason(letter):
    port = free_port()  # nothing listens on it once the probe socket is closed
    account = SmtpAccount("127.0.0.1", port, "none", None, "ana@example.org")
    message = build_message(letter, "appeals@example-insurer.com", account.from_address, None)
    with pytest.raises(MailError, match=f"Could not connect to 127.0.0.1:{port}") as raised:
        send(account, None, message, timeout=5)
    assert raised.value.kind == "connect"


def test_starttls_against_a_server_without_it_says_so(letter):
    controller, _ = start_server()
    try:
        account = SmtpAccount("127.0.0.1", controller.port, "starttls", None, "ana@example.org")
        message = build_message(letter, "a@example.org", account.from_address, None)
        with pytest.raises(MailError, match="does not support"):
            send(account, None, message, timeout=5)
    finally:
        controller.stop()


def test_account_checks_its_settings_and_never_holds_a_password():
    with pytest.raises(ValueError, match="security"):
        SmtpAccount("smtp.example.org", 587, "tls", "ana", "ana@example.org")
    with pytest.raises(ValueError, match="port"):
        SmtpAccount("smtp.example.org", 0, "ssl", "ana", "ana@example.org")
    account = SmtpAccount("smtp.example.org", 587, "starttls", "ana", "ana@example.org")
    assert SmtpAccount.from_dict(account.to_dict()) == account
    assert "password" not in account.to_dict()


def test_mailto_url_carries_subject_and_body():
    url = mailto_url("appeals@example.com", "Appeal of claim C-1", "Line one\nA & B ?")
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "appeals@example.com"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Appeal of claim C-1"]
    assert query["body"] == ["Line one\r\nA & B ?"]
