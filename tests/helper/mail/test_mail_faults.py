"""Mail faults over real sockets on 127.0.0.1: a server that never answers, one that
answers a line at a time forever, a password the login cannot carry, line breaks in a
header value. Deadlines are short (1 s) so the tests stay quick."""

from __future__ import annotations

import email
import socket
import threading
import time
from email import policy
from types import SimpleNamespace

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from helper.mail import MailError, SmtpAccount, build_message, send

DEADLINE = 1.0


class Inbox:
    def __init__(self):
        self.envelopes = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd name)
        self.envelopes.append(envelope)
        return "250 OK"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def a_letter(subject: str = "Appeal of claim C-0001") -> SimpleNamespace:
    return SimpleNamespace(subject=subject, text="Dear plan,\n\nPlease pay.\n")


@pytest.fixture
def silent_server():
    """A plain socket that accepts connections (the kernel does) and never says a word."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(5)
        yield listener.getsockname()[1]


@pytest.fixture
def dripping_server():
    """Accepts, then sends one greeting continuation line every 0.3 s, forever: each wait
    for a line is short, so only a deadline for the whole send can end it."""
    stop = threading.Event()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.1)

    def serve():
        peers = []
        while not stop.is_set():
            try:
                peer, _ = listener.accept()
                peers.append(peer)
            except TimeoutError:
                pass
            for peer in list(peers):
                try:
                    peer.sendall(b"220-still thinking\r\n")
                except OSError:
                    peers.remove(peer)
            stop.wait(0.3)
        for peer in peers:
            peer.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)
    listener.close()


@pytest.fixture
def stalling_starttls_server():
    """Greets, offers STARTTLS, says "go ahead", then never starts the TLS handshake."""
    stop = threading.Event()
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    listener.settimeout(0.1)

    def serve():
        while not stop.is_set():
            try:
                peer, _ = listener.accept()
            except TimeoutError:
                continue
            with peer:
                peer.settimeout(0.1)
                peer.sendall(b"220 ready\r\n")
                said = b""
                while not stop.is_set():
                    try:
                        said += peer.recv(1024)
                    except TimeoutError:
                        continue
                    if b"EHLO" in said.upper():
                        peer.sendall(b"250-localhost\r\n250 STARTTLS\r\n")
                        said = b""
                    elif b"STARTTLS" in said.upper():
                        peer.sendall(b"220 go ahead\r\n")
                        stop.wait()  # and then nothing

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join(timeout=5)
    listener.close()


def timed_send(account: SmtpAccount, password: str | None = None) -> tuple[MailError, float]:
    message = build_message(a_letter(), "appeals@example.org", account.from_address, None)
    started = time.monotonic()
    with pytest.raises(MailError) as raised:
        send(account, password, message, timeout=DEADLINE)
    return raised.value, time.monotonic() - started


@pytest.mark.parametrize("security", ["none", "starttls", "ssl"])
def test_a_silent_server_is_a_timeout_within_the_deadline(silent_server, security):
    account = SmtpAccount("127.0.0.1", silent_server, security, None, "ana@example.org")
    error, took = timed_send(account)
    assert error.kind == "timeout", error.reason
    assert "did not answer in time" in error.reason and "TLS" not in error.reason
    assert took < DEADLINE + 0.9


def test_a_server_answering_a_line_at_a_time_still_meets_the_deadline(dripping_server):
    account = SmtpAccount("127.0.0.1", dripping_server, "none", None, "ana@example.org")
    error, took = timed_send(account)
    assert error.kind == "timeout", error.reason
    assert took < DEADLINE + 0.9


def test_a_tls_handshake_that_never_comes_after_starttls_meets_the_deadline(
    stalling_starttls_server,
):
    account = SmtpAccount("127.0.0.1", stalling_starttls_server, "starttls", None, "a@b.org")
    error, took = timed_send(account)
    assert error.kind == "timeout", error.reason
    assert took < DEADLINE + 0.9


def test_a_password_the_login_cannot_carry_is_a_mail_error():
    def accept(server, session, envelope, mechanism, auth_data):
        return AuthResult(success=True, handled=False)

    inbox = Inbox()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=free_port(), authenticator=accept, auth_require_tls=False
    )
    controller.start()
    try:
        account = SmtpAccount("127.0.0.1", controller.port, "none", "ana", "ana@example.org")
        error, _ = timed_send(account, password="contraseña-ñ")
    finally:
        controller.stop()
    assert error.kind == "login"
    assert "password" in error.reason and "character" in error.reason
    assert inbox.envelopes == []


def test_line_breaks_in_a_header_value_stay_on_one_line_and_add_no_header():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        account = SmtpAccount("127.0.0.1", controller.port, "none", None, "ana@example.org")
        subject = "Appeal of claim C-0001\r\nBcc: someone@example.net\n(member ID X)"
        message = build_message(
            a_letter(subject), "appeals@example.org\n", account.from_address, None
        )
        send(account, None, message, timeout=5)
    finally:
        controller.stop()
    (envelope,) = inbox.envelopes
    assert envelope.rcpt_tos == ["appeals@example.org"]
    received = email.message_from_bytes(envelope.content, policy=policy.default)
    assert received["Bcc"] is None
    assert " ".join(str(received["Subject"]).split()) == (
        "Appeal of claim C-0001 Bcc: someone@example.net (member ID X)"
    )
