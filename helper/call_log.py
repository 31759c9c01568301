"""The insurer call log as evidence: search, follow-ups, CSV and printable HTML.

Pure Python (no Qt): the calls page, the home page and the CLI all use it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence

from helper import i18n
from helper.model import Call, Case, ValidationError
from helper.model.fields import wall_clock

# The CSV columns: the case format's call fields, in its order (ISO dates and times).
CSV_COLUMNS: tuple[str, ...] = tuple(Call.field_names())

_NOT_DIGITS = re.compile(r"\D+")
_MONTHS = i18n.MONTHS_EN  # English is formatted here, fast: 10,000 rows are searched


# --- showing dates -------------------------------------------------------------------------


def format_date(value: dt.date | None, lang: str = "en") -> str:
    """A date as "March 9, 2027" ("9 de marzo de 2027" in Spanish; independent of the
    system locale); "" for None."""
    if value is None:
        return ""
    if lang == "en":
        return f"{_MONTHS[value.month - 1]} {value.day}, {value.year}"
    return i18n.long_date(value, lang)


def format_started(value: dt.datetime | None, lang: str = "en") -> str:
    """A call's start as "Sep 12, 2026 10:05" ("12 sept 2026 10:05" in Spanish); "" for None."""
    if value is None:
        return ""
    if lang != "en":
        return i18n.short_date_time(value, lang)
    # Not strftime: it is locale-dependent and ~6 µs a call (10,000 rows are searched).
    return f"{_MONTHS[value.month - 1][:3]} {value.day}, {value.year} {value.hour:02d}:{value.minute:02d}"


def rep_label(call: Call) -> str:
    """The rep's name with their id, e.g. "Kim (K-77)"."""
    name = (call.rep_name or "").strip()
    rep_id = (call.rep_id or "").strip()
    if name and rep_id:
        return f"{name} ({rep_id})"
    return name or (f"ID {rep_id}" if rep_id else "")


# --- search --------------------------------------------------------------------------------


def search_text(call: Call, lang: str = "en") -> str:
    """Everything a user might type to find this call, lowercased, in one string; dates
    also as shown in `lang` ("sept", "septiembre").

    Precompute it once per call: `matches_text` on it is a few substring tests.
    """
    parts: list[str] = []
    if call.started is not None:
        parts += [format_started(call.started), call.started.isoformat(timespec="minutes")]
        parts.append(_MONTHS[call.started.month - 1])
        if lang != "en":
            parts += [format_started(call.started, lang), i18n.month_name(call.started.month, lang)]
    if call.minutes is not None:
        parts.append(f"{call.minutes} min")
    for name in ("department", "phone", "rep_name", "rep_id", "reference", "visit"):
        value = getattr(call, name)
        if value:
            parts.append(value)
    if call.phone:
        parts.append(_NOT_DIGITS.sub("", call.phone))
    for name in ("summary", "outcome"):
        value = getattr(call, name)
        if value:
            parts.append(value)
    if call.follow_up is not None:
        parts += [format_date(call.follow_up), call.follow_up.isoformat()]
        if lang != "en":
            parts.append(format_date(call.follow_up, lang))
    return "\n".join(parts).casefold()


def query_words(query: str) -> list[str]:
    """The words of a search box's text; every one of them must match."""
    return query.casefold().split()


def matches_text(text: str, words: Sequence[str]) -> bool:
    """True when every word occurs in `text` (a `search_text`)."""
    return all(word in text for word in words)


def matches(call: Call, query: str) -> bool:
    """True when the call holds every word of `query`, case-insensitive, in any field."""
    return matches_text(search_text(call), query_words(query))


# --- follow-ups for the home page --------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class FollowUp:
    """A call whose follow-up date is still open. `days_left` < 0 means overdue."""

    call: Call
    due: dt.date
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def due_today(self) -> bool:
        return self.days_left == 0


def _department(call: Call) -> str:
    """The department as compared: two calls are on the same line when their departments
    match or one of them has none noted."""
    return (call.department or "").strip().casefold()


def _later(a: dt.datetime | None, b: dt.datetime) -> dt.datetime:
    return b if a is None or wall_clock(b) > wall_clock(a) else a


def follow_ups(calls: Iterable[Call], today: dt.date) -> list[FollowUp]:
    """Open follow-ups, soonest (most overdue) first.

    A follow-up counts as done once a later call to the same department is logged (that
    call carries its own follow-up date if more is needed).
    """
    dated = [c for c in calls if c.started is not None]
    # The latest call per department (and with none noted) answers the question "was there a
    # later call on the same line?" for every call at once: thousands of calls, one pass.
    latest_any: dt.datetime | None = None
    latest_blank: dt.datetime | None = None
    latest_by_dept: dict[str, dt.datetime] = {}
    for other in dated:
        dept = _department(other)
        latest_any = _later(latest_any, other.started)
        if dept:
            latest_by_dept[dept] = _later(latest_by_dept.get(dept), other.started)
        else:
            latest_blank = _later(latest_blank, other.started)
    result = []
    for call in dated:
        if call.follow_up is None:
            continue
        dept = _department(call)
        later = (latest_any,) if not dept else (latest_by_dept.get(dept), latest_blank)
        answered = any(
            moment is not None and wall_clock(moment) > wall_clock(call.started) for moment in later
        )
        if not answered:
            result.append(FollowUp(call, call.follow_up, (call.follow_up - today).days))
    result.sort(key=lambda f: (f.due, wall_clock(f.call.started)))
    return result


# --- CSV -----------------------------------------------------------------------------------


def calls_to_csv(calls: Iterable[Call]) -> str:
    """The calls as CSV text: a header row of the case format's field names, ISO dates.

    Write it with encoding "utf-8-sig" so spreadsheet programs read accents right.
    """
    import csv  # on use: the app starts without it

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for call in calls:
        data = call.to_dict()
        writer.writerow(["" if data.get(c) is None else str(data[c]) for c in CSV_COLUMNS])
    return out.getvalue()


def calls_from_csv(text: str) -> list[Call]:
    """Read calls back from `calls_to_csv` text (or a spreadsheet saved as CSV).

    Empty cells are "not noted". Raises ValidationError naming the row and field of every
    problem, e.g. `row 3, minutes: must be a whole number ≥ 0, got "ten"`.
    """
    import csv  # on use: the app starts without it

    reader = csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))
    header = [name.strip() for name in (reader.fieldnames or [])]
    if "started" not in header:
        raise ValidationError(['header: needs a "started" column (the date and time of the call)'])
    reader.fieldnames = header
    calls: list[Call] = []
    errors: list[str] = []
    for number, row in enumerate(reader, start=2):
        if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
            continue
        data = {}
        for name, value in row.items():
            if name is None or value is None or value == "":
                continue
            data[name] = _csv_value(name, value)
        row_errors: list[str] = []
        call = Call.parse(data, "", row_errors)
        errors += [f"row {number}, {line}" for line in row_errors]
        calls.append(call)
    if errors:
        raise ValidationError(errors)
    return calls


def _csv_value(name: str, value: str) -> object:
    if name == "minutes":
        stripped = value.strip()
        return int(stripped) if stripped.isdigit() else stripped
    if name in ("started", "follow_up"):
        stripped = value.strip()
        # Spreadsheets often write "2026-09-12 10:05"; the case format wants the "T".
        if name == "started" and len(stripped) >= 16 and stripped[10] == " ":
            stripped = stripped[:10] + "T" + stripped[11:]
        return stripped
    return value


# --- printable HTML ------------------------------------------------------------------------


def _visit_label(case: Case | None, key: str | None) -> str:
    if not key:
        return ""
    visit = case.find_visit(key) if case is not None else None
    if visit is None:
        return key
    label = f"Visit of {format_date(visit.date)}"
    if visit.provider.name:
        label += f" with {visit.provider.name}"
    return label


def _row(label: str, value: str) -> str:
    import html  # on use: the app starts without it

    if not value:
        return ""
    body = html.escape(value).replace("\n", "<br/>")
    return (
        f'<tr><td width="24%" valign="top"><b>{html.escape(label)}</b></td>'
        f'<td valign="top">{body}</td></tr>'
    )


def calls_to_html(case: Case | None, calls: Iterable[Call], printed: dt.date | None = None) -> str:
    """A printable call log (HTML for QTextDocument), oldest call first.

    Each call shows when, how long, who (rep name and id), the reference number, what
    was said, the outcome and the follow-up date: the evidence an appeal needs.
    """
    import html  # on use: the app starts without it

    ordered = sorted(calls, key=lambda c: wall_clock(c.started))
    esc = html.escape
    head = []
    if case is not None:
        who = [
            ("Member", case.member.name or ""),
            ("Member ID", case.member.member_id or ""),
            ("Group number", case.member.group_number or ""),
            ("Insurer", case.plan.insurer or ""),
            ("Plan", case.plan.plan_name or ""),
        ]
        head = [_row(label, value) for label, value in who]
    parts = [
        "<html><head><meta charset='utf-8'/></head>",
        "<body style='font-family: sans-serif; font-size: 10pt;'>",
        "<h1 style='font-size: 16pt;'>Calls with the insurer</h1>",
    ]
    if any(head):
        parts.append(f"<table cellpadding='2' cellspacing='0'>{''.join(head)}</table>")
    count = len(ordered)
    summary_line = f"{count} call{'s' if count != 1 else ''} logged"
    if printed is not None:
        summary_line += f", printed {format_date(printed)}"
    parts.append(f"<p>{esc(summary_line)}.</p>")
    if not ordered:
        parts.append("<p>No calls are logged yet.</p>")
    for call in ordered:
        title = format_started(call.started)
        if call.minutes is not None:
            title += f" \u2014 {call.minutes} min"
        if call.department:
            title += f" \u2014 {call.department}"
        rows = [
            _row("Phone number", call.phone or ""),
            _row("Rep", rep_label(call)),
            _row("Reference number", call.reference or ""),
            _row("About", _visit_label(case, call.visit)),
            _row("What was said", call.summary or ""),
            _row("Outcome", call.outcome or ""),
            _row("Follow up by", format_date(call.follow_up)),
        ]
        parts.append(f"<h2 style='font-size: 12pt;'>{esc(title)}</h2>")
        parts.append(
            "<table border='1' cellpadding='4' cellspacing='0' width='100%' "
            f"style='border-collapse: collapse;'>{''.join(rows)}</table>"
        )
    parts.append("</body></html>")
    return "\n".join(parts)
