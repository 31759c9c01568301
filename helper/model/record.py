"""A dataclass base that reads and writes one JSON object of the case format.

Each field carries its parser in `metadata["parse"]`. Unknown keys are kept in `extra`
and written back; keys that were absent on load and are still at their default are not
written, so loading and saving a case gives the same JSON.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any, Self

from helper.model.fields import FieldError, Parser, dump_date, dump_date_time


def spec(
    parse: Parser, default: Any = None, default_factory: Any = None, required: bool = False
) -> Any:
    """A record field parsed by `parse`; a `required` one must be present in the JSON."""
    metadata = {"parse": parse, "required": required}
    if default_factory is not None:
        return dataclasses.field(default_factory=default_factory, metadata=metadata)
    return dataclasses.field(default=default, metadata=metadata)


def join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


@dataclasses.dataclass(kw_only=True)
class Record:
    extra: dict[str, Any] = dataclasses.field(default_factory=dict, repr=False)
    absent: frozenset[str] = dataclasses.field(default=frozenset(), repr=False, compare=False)

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls) if "parse" in f.metadata]

    @classmethod
    def parse(cls, data: Any, path: str, errors: list[str]) -> Self:
        """Build from a JSON object; problems are appended to `errors` as "path: message"."""
        if not isinstance(data, dict):
            errors.append(f"{path or 'case'}: must be an object {{...}}, got {type(data).__name__}")
            return cls()
        values: dict[str, Any] = {}
        absent = []
        for f in dataclasses.fields(cls):
            parse = f.metadata.get("parse")
            if parse is None:
                continue
            if f.name not in data:
                if f.metadata.get("required"):
                    errors.append(f"{join(path, f.name)}: is required")
                absent.append(f.name)
                continue
            try:
                values[f.name] = parse(data[f.name], join(path, f.name))
            except FieldError as error:
                errors.append(error.line())
            except _NestedErrors as nested:
                errors.extend(nested.errors)
                values[f.name] = nested.value
        known = set(cls.field_names())
        extra = {k: v for k, v in data.items() if k not in known}
        return cls(**values, extra=extra, absent=frozenset(absent))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if "parse" not in f.metadata:
                continue
            value = getattr(self, f.name)
            if f.name in self.absent and value == _default_of(f):
                continue
            out[f.name] = dump(value)
        out.update(self.extra)
        return out


def _default_of(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return None


def dump(value: Any) -> Any:
    if isinstance(value, Record):
        return value.to_dict()
    if isinstance(value, list):
        return [dump(item) for item in value]
    if isinstance(value, dt.datetime):
        return dump_date_time(value)
    if isinstance(value, dt.date):
        return dump_date(value)
    return value


class _NestedErrors(Exception):
    def __init__(self, value: Any, errors: list[str]):
        self.value = value
        self.errors = errors


def nested(record: type[Record], nullable: bool = False) -> Parser:
    def parse_nested(value: Any, path: str) -> Any:
        if value is None and nullable:
            return None
        errors: list[str] = []
        result = record.parse(value, path, errors)
        if errors:
            raise _NestedErrors(result, errors)
        return result

    return parse_nested


def list_of(record: type[Record]) -> Parser:
    def parse_list(value: Any, path: str) -> list[Any]:
        if not isinstance(value, list):
            raise FieldError(path, f"must be a list [...], got {type(value).__name__}")
        errors: list[str] = []
        items = [record.parse(item, join(path, i), errors) for i, item in enumerate(value)]
        if errors:
            raise _NestedErrors(items, errors)
        return items

    return parse_list
