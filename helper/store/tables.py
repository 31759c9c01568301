"""The store's tables and the small helpers every part of the store uses to read and
write their documents (see `repository.py` for what each table holds)."""

from __future__ import annotations

import copy
import datetime as dt
import os
from typing import Any

from tinydb import Query

from helper.model import ValidationError
from helper.store.errors import StoreError
from helper.store.storage import encode

BUCKET_SIZE = 500
LISTS = ("calls", "letters")

CASES, LETTERS, TICKS, SETTINGS, DRAFTS = "cases", "letters", "ticks", "settings", "drafts"
Q = Query()


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _copy_doc(doc: dict) -> dict:
    """A copy that shares nothing mutable with the store's memory (cheap for flat docs)."""
    return {k: copy.deepcopy(v) if isinstance(v, dict | list) else v for k, v in doc.items()}


def _json_value(value: Any, what: str) -> Any:
    try:
        encode(value)
    except (TypeError, ValueError) as error:
        raise StoreError(f"{what} cannot be saved: {error}") from None
    return copy.deepcopy(value)


def _new_id(prefix: str, taken: set[str]) -> str:
    while True:
        candidate = prefix + os.urandom(4).hex()
        if candidate not in taken:
            return candidate


def _parse(record_class: type, data: dict, path: str) -> Any:
    errors: list[str] = []
    record = record_class.parse(data, path, errors)
    if errors:
        raise ValidationError(errors)
    return record


def _checked(record_class: type, record: Any, path: str) -> dict:
    """The record's JSON, checked so that what is stored can always be read back."""
    doc = _copy_doc(record.to_dict())
    _json_value(doc, f"The {path}")
    _parse(record_class, doc, path)
    return doc


def _replace_with(new: dict):
    def replace(doc: dict) -> None:
        doc.clear()
        doc.update(new)

    return replace


def _bucket_name(case_id: str, number: int) -> str:
    return f"calls/{case_id}/{number}"


def _bucket_number(name: str) -> int:
    return int(name.rsplit("/", 1)[1])
