"""Field parsers for the case format: each checks one JSON value and names the field on error."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

_ISO_DATE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
)  # fromisoformat also takes week dates (2026-W01-1)


class ValidationError(ValueError):
    """A case that breaks the format. `errors` lists "path: what is wrong" lines."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        first = self.errors[0] if self.errors else "invalid case"
        more = len(self.errors) - 1
        super().__init__(first if more <= 0 else f"{first} (and {more} more problem(s))")


class FieldError(Exception):
    """Raised by a parser; the caller adds the field path."""

    def __init__(self, path: str, message: str):
        self.path = path
        self.message = message
        super().__init__(f"{path}: {message}")

    def line(self) -> str:
        return f"{self.path}: {self.message}"


Parser = Callable[[Any, str], Any]


def _show(value: Any) -> str:
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 40 else text[:37] + "..."


def optional(parse: Parser) -> Parser:
    def parse_optional(value: Any, path: str) -> Any:
        return None if value is None else parse(value, path)

    return parse_optional


def text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise FieldError(path, f"must be text, got {_show(value)}")
    return value


def required_text(value: Any, path: str) -> str:
    value = text(value, path)
    if not value.strip():
        raise FieldError(path, "must not be empty")
    return value


def boolean_or_unknown(value: Any, path: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    raise FieldError(path, f"must be true, false or null (unknown), got {_show(value)}")


def whole_number(minimum: int) -> Parser:
    def parse_whole(value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise FieldError(path, f"must be a whole number ≥ {minimum}, got {_show(value)}")
        return value

    return parse_whole


def money(value: Any, path: str) -> float | int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise FieldError(path, f"must be an amount in dollars ≥ 0, got {_show(value)}")
    if value != value or value in (float("inf"), float("-inf")):
        raise FieldError(path, f"must be an amount in dollars ≥ 0, got {_show(value)}")
    return value


def date(value: Any, path: str) -> dt.date:
    if not isinstance(value, str):
        raise FieldError(path, f"must be a date as YYYY-MM-DD, got {_show(value)}")
    try:
        if not _ISO_DATE.fullmatch(value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise FieldError(path, f"must be a real date as YYYY-MM-DD, got {_show(value)}") from None


def date_time(value: Any, path: str) -> dt.datetime:
    if not isinstance(value, str):
        raise FieldError(path, f"must be a date and time as YYYY-MM-DDTHH:MM, got {_show(value)}")
    try:
        if len(value) < 16 or value[10] != "T" or not _ISO_DATE.fullmatch(value[:10]):
            raise ValueError
        return dt.datetime.fromisoformat(value)
    except ValueError:
        raise FieldError(
            path, f"must be a real date and time as YYYY-MM-DDTHH:MM[:SS], got {_show(value)}"
        ) from None


def one_of(*choices: str) -> Parser:
    def parse_choice(value: Any, path: str) -> str:
        if value not in choices:
            raise FieldError(path, f"must be one of {', '.join(choices)}; got {_show(value)}")
        return value

    return parse_choice


def text_list(value: Any, path: str) -> list[str]:
    if not isinstance(value, list):
        raise FieldError(path, f"must be a list of codes, got {_show(value)}")
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
