"""The deadlines calendar is valid RFC 5545 text: CRLF, folding, escaping, one VEVENT each."""

from __future__ import annotations

import datetime as dt
import os
import stat

from helper import calendar_ics as ics
from helper.next_actions import Deadline

NOW = dt.datetime(2026, 11, 27, 15, 4, 5, tzinfo=dt.UTC)


def unfold(text: str) -> list[str]:
    """Content lines: split on CRLF, join continuation lines (RFC 5545 §3.1)."""
    assert "\n" not in text.replace("\r\n", ""), "bare LF found"
    lines: list[str] = []
    for raw in text.split("\r\n"):
        if raw.startswith(" "):
            lines[-1] += raw[1:]
        elif raw:
            lines.append(raw)
    return lines


def parse_events(text: str) -> list[dict[str, str]]:
    events, current, depth = [], None, []
    for line in unfold(text):
        name, _, value = line.partition(":")
        if name == "BEGIN":
            depth.append(value)
            if value == "VEVENT":
                current = {}
        elif name == "END":
            assert depth.pop() == value
            if value == "VEVENT":
                events.append(current)
        elif depth[-1] == "VEVENT":
            current[name] = value
    assert depth == []
    return events


def deadline(due=dt.date(2027, 3, 9), kind="appeal_deadline") -> Deadline:
    return Deadline(
        kind,
        "Appeal",
        due,
        102,
        "Your claim C-0001 was denied; appeal, in writing.",
        "Send the appeal letter.",
        "v1",
        "aca_appeal",
        (),
    )


def test_calendar_holds_the_deadline_as_an_all_day_event_with_a_reminder():
    text = ics.calendar_text(ics.deadline_events("case-1", [deadline()]), now=NOW)
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")
    assert text.endswith("END:VCALENDAR\r\n")
    [event] = parse_events(text)
    assert event["DTSTART;VALUE=DATE"] == "20270309"
    assert event["DTEND;VALUE=DATE"] == "20270310"
    assert event["DTSTAMP"] == "20261127T150405Z"
    assert event["UID"].endswith("@lactation-helper")
    assert "Appeal" in event["SUMMARY"]
    assert "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-P3D" in text
    assert event["DESCRIPTION"].startswith(
        "Your claim C-0001 was denied\\; appeal\\, in writing.\\n"
    )


def test_uid_is_stable_and_distinct():
    one = ics.deadline_events("case-1", [deadline()])[0]
    again = ics.deadline_events("case-1", [deadline()])[0]
    other = ics.deadline_events("case-1", [deadline(dt.date(2027, 4, 1))])[0]
    assert ics.uid_for(one.key) == ics.uid_for(again.key) != ics.uid_for(other.key)


def test_long_lines_fold_at_75_octets_without_splitting_characters():
    summary = "Appeal — " + "é" * 120 + " end"
    text = ics.calendar_text([ics.CalendarEvent("k", dt.date(2027, 1, 2), summary)], now=NOW)
    for raw in text.split("\r\n"):
        assert len(raw.encode("utf-8")) <= 75
        raw.encode("utf-8").decode("utf-8")  # each physical line is whole UTF-8
    [event] = parse_events(text)
    assert event["SUMMARY"] == summary


def test_escaping():
    assert ics.escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_write_calendar_keeps_crlf_and_is_private(tmp_path):
    path = tmp_path / "deadlines.ics"
    text = ics.calendar_text(ics.deadline_events("c", [deadline()]), now=NOW)
    ics.write_calendar(path, text)
    assert path.read_bytes() == text.encode("utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(tmp_path.iterdir()) == [path]
