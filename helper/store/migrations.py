"""Schema versions of the store and the ladder that brings an older store up to date.

Each step is a pure function from the old tables to the new ones; the step's changes and
the new version number are written together in one atomic write, one step at a time. A
store from a newer app is refused before anything is touched.

Versions:
  0  an unversioned store (no `meta` table)
  1  tables: meta, cases, letters, ticks, settings, drafts, and calls in per-case buckets
     named "calls/<case id>/<n>"
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from helper.store.storage import Tables

SCHEMA_VERSION = 1
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


# (version the step produces, step), in order
MIGRATIONS: list[tuple[int, Step]] = [
    (1, _v1_record_version),
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
