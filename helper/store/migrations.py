"""Schema versions of the store and the ladder that brings an older store up to date.

Each step is a pure function from the old tables to the new ones; the step's changes and
the new version number are written together in one atomic write, one step at a time. A
store from a newer app is refused before anything is touched.

Versions:
  0  an unversioned store (no `meta` table)
  1  tables: meta, cases, letters, ticks, settings, drafts, and calls in per-case buckets
     named "calls/<case id>/<n>"
  2  the same, with stored text the case format now refuses made valid: a blank member
     name becomes unknown (null), Windows line ends become newlines, and other control
     characters and lone surrogates are dropped (so a case saved by version 1 still opens)
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable

from helper.store.storage import Tables

SCHEMA_VERSION = 2
META_TABLE = "meta"

Step = Callable[[Tables], Tables]


def stored_version(tables: Tables) -> int:
    """The schema version recorded in the store (0 when there is none)."""
    meta = tables.get(META_TABLE) if isinstance(tables, dict) else None
    if not isinstance(meta, dict):
        return 0
    for doc in meta.values():
        version = doc.get("schema") if isinstance(doc, dict) else None
        if isinstance(version, int) and not isinstance(version, bool):
            return version
    return 0


def with_version(tables: Tables, version: int) -> Tables:
    tables = dict(tables)
    tables[META_TABLE] = {"1": {"schema": version}}
    return tables


def _v1_record_version(tables: Tables) -> Tables:
    """An unversioned store already has the version-1 layout; it only lacked the number."""
    return tables


_CONTROL = r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]"  # compiled by `re` when a migration runs


def _clean_text(value):
    """Strings made valid for the case format; containers walked; the rest unchanged."""
    if isinstance(value, str):
        return re.sub(_CONTROL, "", value.replace("\r\n", "\n").replace("\r", "\n"))
    if isinstance(value, dict):
        return {key: _clean_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_clean_text(item) for item in value]
    return value


def _v2_valid_text(tables: Tables) -> Tables:
    """Version 1 stored text that version 2's case format refuses: make it valid."""
    cleaned = {}
    for name, table in tables.items():
        if name == META_TABLE or not isinstance(table, dict):
            cleaned[name] = table
            continue
        table = _clean_text(table)
        if name == "cases":
            for doc in table.values():
                member = doc.get("data", {}).get("member") if isinstance(doc, dict) else None
                name_value = member.get("name") if isinstance(member, dict) else None
                if isinstance(name_value, str) and not name_value.strip():
                    member["name"] = None
        cleaned[name] = table
    return cleaned


# (version the step produces, step), in order
MIGRATIONS: list[tuple[int, Step]] = [
    (1, _v1_record_version),
    (2, _v2_valid_text),
]


def run_migrations(tables: Tables, save: Callable[[Tables], None]) -> Tables:
    """Apply every step above the stored version; `save` each result with its version."""
    version = stored_version(tables)
    for target, step in MIGRATIONS:
        if version < target:
            tables = with_version(step(copy.deepcopy(tables)), target)
            save(tables)
            version = target
    return tables
