"""Sending a letter by email: the SMTP account, the message with the PDF attached, and
`send` that turns every failure into a MailError with a plain-words reason.

The caller keeps the letter whatever happens; a MailError only says why it did not go.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
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


def build_message(
    letter: Any, to: str, from_address: str, pdf_bytes: bytes | None, pdf_name: str = "letter.pdf"
) -> EmailMessage:
    """The email: the letter's text as the body, the PDF attached byte for byte."""
    message = EmailMessage()
    message["Subject"] = letter.subject
    message["From"] = from_address
    message["To"] = to
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=from_address.rpartition("@")[2] or None)
    message.set_content(letter.text)
    if pdf_bytes is not None:
        message.add_attachment(pdf_bytes, maintype="application", subtype="pdf", filename=pdf_name)
    return message


def send(
    account: SmtpAccount, password: str | None, message: EmailMessage, timeout: float = 30
) -> None:
    """Send `message`; MailError says in plain words what went wrong."""
    host, port = account.host, account.port
    try:
        if account.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                host, port, timeout=timeout, context=ssl.create_default_context()
            )
        else:
            client = smtplib.SMTP(host, port, timeout=timeout)
        with client:
            client.ehlo()
            if account.security == "starttls":
                client.starttls(context=ssl.create_default_context())
                client.ehlo()
            if account.user:
                client.login(account.user, password or "")
            client.send_message(message)
    except smtplib.SMTPAuthenticationError:
        raise MailError(
            "The mail server refused the login: check the user name and password "
            "(some providers need an app password).",
            kind="login",
        ) from None
    except smtplib.SMTPNotSupportedError as error:
        raise MailError(
            f"The mail server does not support this: {_text(error)}.", kind="unsupported"
        ) from None
    except smtplib.SMTPRecipientsRefused as error:
        who = ", ".join(error.recipients) or "the recipient"
        raise MailError(
            f"The mail server refused the address {who}: check it.", kind="address"
        ) from None
    except smtplib.SMTPSenderRefused:
        raise MailError(
            f"The mail server refused the sender address {account.from_address}.",
            kind="address",
        ) from None
    except (ssl.SSLError, ssl.CertificateError) as error:
        raise MailError(
            "The secure (TLS) connection failed: check the security setting "
            f"(SSL or STARTTLS) and the port. ({_text(error)})",
            kind="tls",
        ) from None
    except TimeoutError:
        raise MailError(
            f"The mail server {host}:{port} did not answer in time.", kind="timeout"
        ) from None
    except socket.gaierror:
        raise MailError(
            f'The mail server "{host}" was not found: check its name.', kind="host"
        ) from None
    except ConnectionRefusedError:
        raise MailError(
            f"Could not connect to {host}:{port}: nothing is listening on that port. "
            "Check the server and port.",
            kind="connect",
        ) from None
    except smtplib.SMTPServerDisconnected:
        raise MailError(
            f"The mail server {host}:{port} closed the connection: check the security "
            "setting (SSL or STARTTLS) and the port.",
            kind="tls",
        ) from None
    except smtplib.SMTPException as error:
        raise MailError(f"The mail server said no: {_text(error)}.") from None
    except OSError as error:
        raise MailError(
            f"Could not connect to {host}:{port}: {error.strerror or error}.", kind="connect"
        ) from None


def _text(error: Exception) -> str:
    detail = getattr(error, "smtp_error", None)
    if isinstance(detail, bytes):
        return detail.decode("utf-8", "replace")
    return str(error) or type(error).__name__


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: link for "Open in my mail app" (the PDF is attached by hand)."""
    query = f"subject={quote(subject, safe='')}&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    return f"mailto:{quote(to, safe='@,')}?{query}"
