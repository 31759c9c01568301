"""Sending a letter by email: the SMTP account, the message with the PDF attached, and
`send` that turns every failure into a MailError with a plain-words reason.

The caller keeps the letter whatever happens; a MailError only says why it did not go.
"""

from __future__ import annotations

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
    from helper.mail.smtp import send as send_now  # smtplib and ssl: only to send

    send_now(account, password, message, timeout)


def mailto_url(to: str, subject: str, body: str) -> str:
    """A mailto: link for "Open in my mail app" (the PDF is attached by hand)."""
    query = f"subject={quote(subject, safe='')}&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
    return f"mailto:{quote(to, safe='@,')}?{query}"
