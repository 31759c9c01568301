"""Sending a letter by email: the SMTP account, the message with the PDF attached, and
`send` that turns every failure into a MailError with a plain-words reason.

The caller keeps the letter whatever happens; a MailError only says why it did not go.
"""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
import threading
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import quote

SECURITY = ("ssl", "starttls", "none")


class MailError(Exception):
    """The mail did not go; `reason` says why in plain words.

    `kind` names the failure for the UI ("login" lets it offer to forget a saved password):
    login, address, tls, timeout, host, connect, unsupported or other.
    """

    def __init__(self, reason: str, kind: str = "other"):
        self.reason = reason
        self.kind = kind
        super().__init__(reason)


@dataclass(frozen=True)
class SmtpAccount:
    host: str
    port: int
    security: str  # "ssl" (port 465), "starttls" (port 587) or "none"
    user: str | None
    from_address: str

    def __post_init__(self) -> None:
        if self.security not in SECURITY:
            raise ValueError(
                f'security must be one of {", ".join(SECURITY)}, got "{self.security}"'
            )
        if not self.host.strip():
            raise ValueError("the mail server (host) is empty")
        if not 0 < int(self.port) < 65536:
            raise ValueError(f"the port must be between 1 and 65535, got {self.port}")

    def to_dict(self) -> dict[str, Any]:
        """For the settings store. Never holds the password."""
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "user": self.user,
            "from_address": self.from_address,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> SmtpAccount:
        return cls(
            host=str(data["host"]),
            port=int(data["port"]),
            security=str(data.get("security", "starttls")),
            user=data.get("user") or None,
            from_address=str(data["from_address"]),
        )


def one_line(value: str) -> str:
    """A header value on one line. A line break typed or pasted into a claim number would
    break the header (Python refuses it) or slip text into a header of its own."""
    return " ".join(line.strip() for line in str(value).splitlines() if line.strip())


def build_message(
    letter: Any, to: str, from_address: str, pdf_bytes: bytes | None, pdf_name: str = "letter.pdf"
) -> EmailMessage:
    """The email: the letter's text as the body, the PDF attached byte for byte."""
    message = EmailMessage()
    message["Subject"] = one_line(letter.subject)
    message["From"] = one_line(from_address)
    message["To"] = one_line(to)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=from_address.rpartition("@")[2] or None)
    message.set_content(letter.text)
    if pdf_bytes is not None:
        message.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=pdf_name)
    return message


def send(
    account: SmtpAccount, password: str | None, message: EmailMessage, timeout: float = 30
) -> None:
    """Send `message` within `timeout` seconds in all (connecting, TLS, login, sending);
    MailError says in plain words what went wrong."""
    host, port = account.host, account.port
    deadline = _Deadline(timeout)
    try:
        with deadline:
            _deliver(account, password, message, deadline)
    except MailError:
        raise
    except Exception as error:
        if deadline.expired or _timed_out(error):
            raise MailError(
                f"The mail server {host}:{port} did not answer in time "
                f"(waited {timeout:g} seconds).",
                kind="timeout",
            ) from None
        raise _plain_error(account, error) from None


def _deliver(account: SmtpAccount, password: str | None, message, deadline: _Deadline) -> None:
    # A little longer than the deadline for each socket wait: the deadline ends it first.
    wait = deadline.seconds + 1
    if account.security == "ssl":
        client: smtplib.SMTP = _WatchedSMTPSSL(
            deadline, timeout=wait, context=ssl.create_default_context()
        )
    else:
        client = _WatchedSMTP(deadline, timeout=wait)
    client._host = account.host  # what SMTP(host) sets: the name TLS checks the certificate for
    with client:
        client.connect(account.host, account.port)
        client.ehlo()
        if account.security == "starttls":
            client.starttls(context=ssl.create_default_context())
            client.ehlo()
        if account.user:
            try:
                client.login(account.user, password or "")
            except UnicodeEncodeError:
                raise MailError(
                    "The user name or password holds a character (such as an accented "
                    "letter) that the mail server's login cannot carry: only plain ASCII "
                    "letters, digits and signs can be sent. Check them, or use an app "
                    "password from your provider.",
                    kind="login",
                ) from None
        client.send_message(message)


class _Deadline:
    """One deadline for a whole send: when it passes, the connection is shut down, so a
    silent server, or one that answers a line every 20 seconds, cannot hold on longer.

    It keeps its own duplicate of the connection's descriptor: shutting that down ends the
    connection whatever wraps it later (TLS at connect or after STARTTLS, handshake included).
    """

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.expired = False
        self._copies: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        with self._lock:
            for copy in self._copies:
                copy.close()
            self._copies.clear()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            copy = sock.dup()
            self._copies.append(copy)
            if self.expired:
                _shut(copy)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for copy in self._copies:
                _shut(copy)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)


class _WatchedSMTP(smtplib.SMTP):
    def __init__(self, deadline: _Deadline, **kwargs: Any):
        self._deadline = deadline
        super().__init__(**kwargs)

    def _get_socket(self, host, port, timeout):
        sock = super()._get_socket(host, port, timeout)
        self._deadline.watch(sock)
        return sock


class _WatchedSMTPSSL(smtplib.SMTP_SSL):
    def __init__(self, deadline: _Deadline, **kwargs: Any):
        self._deadline = deadline
        super().__init__(**kwargs)

    def _get_socket(self, host, port, timeout):
        # Watched before the TLS handshake, which can hang too.
        sock = smtplib.SMTP._get_socket(self, host, port, timeout)
        self._deadline.watch(sock)
        return self.context.wrap_socket(sock, server_hostname=self._host)


def _timed_out(error: BaseException) -> bool:
    """A socket wait that timed out (smtplib turns some into 'connection closed')."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, TimeoutError):
            return True
        seen = seen.__cause__ or seen.__context__
    return isinstance(error, smtplib.SMTPServerDisconnected) and "timed out" in str(error)


def _plain_error(account: SmtpAccount, error: Exception) -> MailError:
    """Any other failure, in plain words."""
    host, port = account.host, account.port
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return MailError(
            "The mail server refused the login: check the user name and password "
            "(some providers need an app password).",
            kind="login",
        )
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return MailError(
            f"The mail server does not support this: {_text(error)}.", kind="unsupported"
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        who = ", ".join(error.recipients) or "the recipient"
        return MailError(f"The mail server refused the address {who}: check it.", kind="address")
    if isinstance(error, smtplib.SMTPSenderRefused):
        return MailError(
            f"The mail server refused the sender address {account.from_address}.",
            kind="address",
        )
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return MailError(
            "The secure (TLS) connection failed: check the security setting "
            f"(SSL or STARTTLS) and the port. ({_text(error)})",
            kind="tls",
        )
    if isinstance(error, socket.gaierror):
        return MailError(f'The mail server "{host}" was not found: check its name.', kind="host")
    if isinstance(error, ConnectionRefusedError):
        return MailError(
            f"Could not connect to {host}:{port}: nothing is listening on that port. "
            "Check the server and port.",
            kind="connect",
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return MailError(
            f"The mail server {host}:{port} closed the connection: check the security "
            "setting (SSL or STARTTLS) and the port.",
            kind="tls",
        )
    if isinstance(error, smtplib.SMTPException):
        return MailError(f"The mail server said no: {_text(error)}.")
    if isinstance(error, OSError):
        return MailError(
            f"Could not connect to {host}:{port}: {error.strerror or error}.", kind="connect"
        )
    if isinstance(error, UnicodeError):
        return MailError(
            f"The email holds a character the mail server cannot take ({error.reason}).",
        )
    return MailError(f"The email could not be sent: {error}.")


def _text(error: Exception) -> str:
    detail = getattr(error, "smtp_error", None)
    if isinstance(detail, bytes):
        return detail.decode("utf-8", "replace")
    return str(error) or type(error).__name__


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: link for "Open in my mail app" (the PDF is attached by hand)."""
    query = f"subject={quote(subject, safe='')}&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    return f"mailto:{quote(to, safe='@,')}?{query}"
