"""The SMTP conversation behind `helper.mail.send`: smtplib and ssl are imported only when a
mail is sent, not when the app starts."""

from __future__ import annotations

import contextlib
import smtplib
import socket
import ssl
import threading
from email.message import EmailMessage
from typing import Any

from helper.mail import MailError, SmtpAccount


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
