"""Deadlines as an iCalendar file (RFC 5545) any calendar app can import.

One all-day VEVENT per deadline, with a reminder (VALARM) a few days before. Lines end
in CRLF, are folded at 75 octets (never inside a UTF-8 character) and text values are
escaped (backslash, semicolon, comma, newline).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from helper.files import write_private

PRODID = "-//Lactation Coverage Helper//Deadlines//EN"
MAX_OCTETS = 75


@dataclasses.dataclass(frozen=True)
class CalendarEvent:
    """An all-day event. `key` makes the UID stable, so importing twice updates, not doubles."""

    key: str
    date: dt.date
    summary: str
    description: str = ""
    alarm_days_before: int = 3


def escape_text(value: str) -> str:
    """TEXT value escaping (RFC 5545 §3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Split a content line into CRLF + space continued pieces of at most 75 octets."""
    pieces: list[str] = []
    current = ""
    current_octets = 0
    limit = MAX_OCTETS
    for char in line:
        size = len(char.encode("utf-8"))
        if current_octets + size > limit:
            pieces.append(current)
            current, current_octets = "", 0
            limit = MAX_OCTETS - 1  # continuation lines start with one space
        current += char
        current_octets += size
    pieces.append(current)
    return "\r\n ".join(pieces)


def uid_for(key: str) -> str:
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"{digest}@lactation-helper"


def _stamp(now: dt.datetime) -> str:
    if now.tzinfo is not None:
        now = now.astimezone(dt.UTC)
    return now.strftime("%Y%m%dT%H%M%SZ")


def event_lines(event: CalendarEvent, stamp: str) -> list[str]:
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid_for(event.key)}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{event.date:%Y%m%d}",
        f"DTEND;VALUE=DATE:{event.date + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(event.summary)}",
    ]
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    lines += ["TRANSP:TRANSPARENT"]
    if event.alarm_days_before > 0:
        lines += [
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            f"TRIGGER:-P{event.alarm_days_before}D",
            f"DESCRIPTION:{escape_text(event.summary)}",
            "END:VALARM",
        ]
    lines.append("END:VEVENT")
    return lines


def calendar_text(events: Iterable[CalendarEvent], now: dt.datetime | None = None) -> str:
    """The whole .ics file as text (write it with newline="" to keep the CRLFs)."""
    stamp = _stamp(now or dt.datetime.now(dt.UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for event in events:
        lines += event_lines(event, stamp)
    lines.append("END:VCALENDAR")
    return "".join(fold_line(line) + "\r\n" for line in lines)


def deadline_events(
    case_key: str, deadlines: Iterable[Any], alarm_days_before: int = 3
) -> list[CalendarEvent]:
    """Calendar events for the `helper.next_actions.Deadline`s of one case."""
    events = []
    for deadline in deadlines:
        description = deadline.message
        if deadline.next_step:
            description += f"\n\nNext step: {deadline.next_step}"
        events.append(
            CalendarEvent(
                key=f"{case_key}|{deadline.kind}|{deadline.visit or ''}|{deadline.due}",
                date=deadline.due,
                summary=f"Last day: {deadline.title} (lactation coverage)",
                description=description,
                alarm_days_before=alarm_days_before,
            )
        )
    return events


def follow_up_events(case_key: str, follow_ups: Iterable[Any]) -> list[CalendarEvent]:
    """Calendar events for call follow-ups (`helper.call_log.FollowUp`), reminder a day before."""
    events = []
    for item in follow_ups:
        call = item.call
        who = call.department or call.phone or "the plan"
        details = [f"Follow up on your call of {call.started:%Y-%m-%d} to {who}."]
        if call.reference:
            details.append(f"Reference number: {call.reference}")
        if call.outcome:
            details.append(f"Outcome then: {call.outcome}")
        events.append(
            CalendarEvent(
                key=f"{case_key}|follow_up|{call.id or call.started.isoformat()}|{item.due}",
                date=item.due,
                summary=f"Call back: {who} (lactation coverage)",
                description="\n".join(details),
                alarm_days_before=1,
            )
        )
    return events


def write_calendar(path: str | Path, text: str) -> None:
    """Write the calendar file atomically, readable by the user only (CRLF kept as is)."""
    write_private(Path(path), text)
