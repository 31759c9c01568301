"""The packet's cover sheet as HTML: to, from, date, subject, the total number of pages and
the contents with their pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from html import escape

from helper.call_log import format_date
from helper.model import Case


@dataclass(frozen=True)
class Section:
    """One part of the packet and where it is: pages `first` to `last` (1-based)."""

    title: str
    first: int
    last: int

    @property
    def pages_label(self) -> str:
        if self.first == self.last:
            return f"page {self.first}"
        return f"pages {self.first}\u2013{self.last}"


def cover_html(
    heading: str,
    recipient_name: str,
    recipient_address: str | None,
    case: Case,
    subject: str,
    today: dt.date,
    total_pages: int,
    sections: list[Section],
) -> str:
    member = case.member
    sender = [member.name or "", *(member.address or "").splitlines()]
    sender += [f"Phone: {member.phone}" if member.phone else ""]
    sender += [f"Email: {member.email}" if member.email else ""]
    sender += [f"Member ID {member.member_id}" if member.member_id else ""]
    to = [recipient_name, *(recipient_address or "").splitlines()]
    rows = [
        ("To", _lines(to)),
        ("From", _lines(sender)),
        ("Date", escape(format_date(today))),
        ("Subject", escape(subject)),
        ("Pages", f"{total_pages} pages in all, including this cover sheet"),
    ]
    table = "".join(f"<tr><td><b>{label}</b></td><td>{value}</td></tr>" for label, value in rows)
    items = "".join(
        f"<li>{escape(section.title)} ({section.pages_label})</li>" for section in sections
    )
    enclosed = sum(1 for section in sections[1:])
    return (
        f"<h1>{escape(heading)}</h1><table>{table}</table>"
        f"<h2>Contents</h2><p>The letter and {enclosed} enclosure"
        f"{'' if enclosed == 1 else 's'}, in this order:</p><ol>{items}</ol>"
    )


def _lines(lines: list[str]) -> str:
    return "<br>".join(escape(line.strip()) for line in lines if line and line.strip())
