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
from helper.problems import Problem


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
        return [spec.name for spec in _specs(cls)]

    @classmethod
    def parse(cls, data: Any, path: str, errors: list[str]) -> Self:
        """Build from a JSON object; problems are appended to `errors` as "path: message"."""
        if not isinstance(data, dict):
            errors.append(Problem(path or "case", "object", type=type(data).__name__))
            return cls()
        values: dict[str, Any] = {}
        absent = []
        specs = _specs(cls)
        for spec in specs:
            name = spec.name
            if name not in data:
                if spec.required:
                    errors.append(Problem(join(path, name), "required"))
                absent.append(name)
                continue
            try:
                values[name] = spec.parse(data[name], join(path, name))
            except FieldError as error:
                errors.append(error.line())
            except _NestedErrors as nested:
                errors.extend(nested.errors)
                values[name] = nested.value
        extra = (
            {k: v for k, v in data.items() if k not in _known(cls)}
            if len(data) > len(values)
            else {}
        )
        return cls(**values, extra=extra, absent=frozenset(absent) if absent else frozenset())

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        absent = self.absent
        for spec in _specs(type(self)):
            value = getattr(self, spec.name)
            if absent and spec.name in absent and value == spec.default():
                continue
            out[spec.name] = dump(value)
        out.update(self.extra)
        return out


@dataclasses.dataclass(frozen=True)
class _FieldSpec:
    name: str
    parse: Parser
    required: bool
    default: Any  # a callable giving the field's default value


_SPECS: dict[type, tuple[_FieldSpec, ...]] = {}
_KNOWN: dict[type, frozenset[str]] = {}


def _specs(cls: type) -> tuple[_FieldSpec, ...]:
    """The parsed fields of a record class, computed once (dataclasses.fields is slow)."""
    specs = _SPECS.get(cls)
    if specs is None:
        specs = tuple(
            _FieldSpec(
                f.name, f.metadata["parse"], bool(f.metadata.get("required")), _default_maker(f)
            )
            for f in dataclasses.fields(cls)
            if "parse" in f.metadata
        )
        _SPECS[cls] = specs
    return specs


def _known(cls: type) -> frozenset[str]:
    known = _KNOWN.get(cls)
    if known is None:
        known = _KNOWN[cls] = frozenset(spec.name for spec in _specs(cls))
    return known


def _default_maker(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        value = f.default
        return lambda: value
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory
    return lambda: None


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
            raise FieldError(path, "list", type=type(value).__name__)
        errors: list[str] = []
        items = [record.parse(item, join(path, i), errors) for i, item in enumerate(value)]
        if errors:
            raise _NestedErrors(items, errors)
        return items

    return parse_list
