"""Field parsers for the case format: each checks one JSON value and names the field on error."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from helper.problems import Problem

_ISO_DATE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
)  # fromisoformat also takes week dates (2026-W01-1)

# Sane bounds: beyond them a value is a typo, and date arithmetic or float conversion in the
# rules would overflow. Changing one means changing docs/case-format.md and the JSON Schema.
FIRST_DATE = dt.date(1900, 1, 1)
LAST_DATE = dt.date(2100, 12, 31)
MAX_AMOUNT = 1_000_000  # dollars, for one charge or one member cost
MAX_UNITS = 100  # units on one claim line
MAX_MINUTES = 1440  # minutes of one visit or call: a day
MAX_MULTIPLES = 12  # babies born together
MAX_RENTAL_DAYS = 3660  # days of one pump rental: ten years
MAX_QUANTITY = 10_000  # items on one equipment line: a year of daily storage bags, many times over
MAX_PROBLEMS_SHOWN = 20  # a message lists this many problems, then "and N more"
# Lone surrogates cannot be saved as UTF-8; control characters other than tab and newline
# are invisible mistakes (or binary junk) in a name or note.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


class ValidationError(ValueError):
    """A case that breaks the format. `errors` lists "path: what is wrong" lines."""

    def __init__(self, errors: list[str]):
        self.errors = list(dict.fromkeys(errors))  # one line per problem, in order
        super().__init__("\n".join(self.lines()))

    def lines(self, limit: int = MAX_PROBLEMS_SHOWN) -> list[str]:
        """The problems, one per line: the first `limit`, then "and N more problems"."""
        shown = self.errors[:limit] or ["invalid case"]
        more = len(self.errors) - len(shown)
        if more > 0:
            shown.append(f"and {more} more problem{'s' if more > 1 else ''}")
        return shown


class FieldError(Exception):
    """Raised by a parser: the field path, the problem's code (catalogue "problems" of
    `data/texts.json`) and the values in its words."""

    def __init__(self, path: str, code: str, **params: Any):
        self.problem = Problem(path, code, **params)
        self.path = path
        self.message = self.problem.reason()
        super().__init__(str(self.problem))

    def line(self) -> Problem:
        return self.problem


Parser = Callable[[Any, str], Any]


def _show(value: Any) -> str:
    """A short, printable picture of a JSON value for a message (never a deep repr)."""
    if isinstance(value, dict):
        return "an object {...}"
    if isinstance(value, list):
        return "a list [...]"
    if isinstance(value, str):
        value = value if len(value) <= 40 else value[:37] + "..."
        return '"' + "".join(c if c.isprintable() else _escape(c) for c in value) + '"'
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**30:
        return "a number with more than 30 digits"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


show = _show  # for messages built outside this module


def _escape(character: str) -> str:
    return f"\\u{ord(character):04x}" if ord(character) <= 0xFFFF else ascii(character)[1:-1]


def all_storable(texts: list[str]) -> bool:
    """True when none of `texts` holds a character `text_problem` would name (one search)."""
    return _BAD_CHARACTER.search("\n".join(texts)) is None


def character_problem(value: str) -> tuple[str, dict[str, str]] | None:
    """What is wrong with the characters of a text, as (code, params); None when it can
    be stored."""
    bad = _BAD_CHARACTER.search(value)
    if bad is None:
        return None
    character = bad.group()
    code = "broken_character" if "\ud800" <= character <= "\udfff" else "control_character"
    return code, {"character": _escape(character)}


def text_problem(value: str) -> str | None:
    """What is wrong with the characters of a text, in English, or None."""
    problem = character_problem(value)
    return None if problem is None else Problem("", problem[0], **problem[1])


def optional(parse: Parser) -> Parser:
    def parse_optional(value: Any, path: str) -> Any:
        return None if value is None else parse(value, path)

    return parse_optional


def text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise FieldError(path, "text", got=_show(value))
    problem = character_problem(value)
    if problem:
        raise FieldError(path, problem[0], **problem[1])
    return value


def required_text(value: Any, path: str) -> str:
    value = text(value, path)
    if not value.strip():
        raise FieldError(path, "not_empty")
    return value


def name_text(value: Any, path: str) -> str | None:
    """An optional name: absent or null is fine, an empty or all-spaces one is a mistake."""
    if value is None:
        return None
    value = text(value, path)
    if not value.strip():
        raise FieldError(path, "name_not_empty")
    return value


def boolean_or_unknown(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise FieldError(path, "true_false_null", got=_show(value))


def whole_number(minimum: int, maximum: int) -> Parser:
    def parse_whole(value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise FieldError(path, "whole_number", minimum=minimum, got=_show(value))
        if value > maximum:
            raise FieldError(path, "at_most", maximum=f"{maximum:,}", got=_show(value))
        return value

    return parse_whole


def money(value: Any, path: str) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FieldError(path, "amount", got=_show(value))
    if value != value or value in (float("inf"), float("-inf")):
        raise FieldError(path, "finite", got=_show(value))
    if value < 0:
        raise FieldError(path, "amount", got=_show(value))
    if value > MAX_AMOUNT:
        raise FieldError(path, "amount_at_most", maximum=f"{MAX_AMOUNT:,}", got=_show(value))
    return value


def _in_range(day: dt.date, path: str, value: str) -> None:
    if not FIRST_DATE <= day <= LAST_DATE:
        first, last = FIRST_DATE.isoformat(), LAST_DATE.isoformat()
        raise FieldError(path, "date_range", first=first, last=last, got=_show(value))


def date(value: Any, path: str) -> dt.date:
    if not isinstance(value, str):
        raise FieldError(path, "date", got=_show(value))
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError(path, "real_date", got=_show(value)) from None
    _in_range(day, path, value)
    return day


def date_time(value: Any, path: str) -> dt.datetime:
    if not isinstance(value, str):
        raise FieldError(path, "date_time", got=_show(value))
    try:
        if len(value) < 16 or value[10] != "T" or not _ISO_DATE.fullmatch(value[:10]):
            raise ValueError
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        raise FieldError(path, "real_date_time", got=_show(value)) from None
    _in_range(moment.date(), path, value)
    return moment


def wall_clock(value: dt.datetime | None) -> dt.datetime:
    """A call time to sort and compare by: its clock time, with or without an offset.

    A case may mix "10:05" and "10:05-07:00"; Python refuses to compare those two kinds, so
    every ordering of moments goes through here (None sorts first)."""
    return dt.datetime.min if value is None else value.replace(tzinfo=None)


def one_of(*choices: str) -> Parser:
    def parse_choice(value: Any, path: str) -> str:
        if value not in choices:
            raise FieldError(path, "one_of", choices=", ".join(choices), got=_show(value))
        return value

    return parse_choice


def text_list(value: Any, path: str) -> list[str]:
    if not isinstance(value, list):
        raise FieldError(path, "code_list", got=_show(value))
    return [required_text(item, f"{path}[{i}]") for i, item in enumerate(value)]


def dump_date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def dump_date_time(value: dt.datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="auto" if value.microsecond else "seconds")


def dataclass_kw(cls: type) -> type:
    """Records are keyword-only dataclasses (the base class has defaulted fields)."""
    import dataclasses

    return dataclasses.dataclass(kw_only=True)(cls)
