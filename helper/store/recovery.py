"""Reading the store file at open: refusing one from a newer app, and moving an unreadable
one aside (kept, untouched) so a fresh store can start."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from helper.files import fsync_dir, make_private
from helper.store import backups
from helper.store.errors import StoreError
from helper.store.migrations import SCHEMA_VERSION, stored_version
from helper.store.storage import Tables, UnreadableStore, check_shape, read_store_file

CASES, LETTERS = "cases", "letters"


@dataclasses.dataclass(frozen=True)
class Recovery:
    """The store could not be read when opened: it was moved aside and a fresh one begun."""

    moved_to: Path
    newest_backup: Path | None
    reason: str

    def message(self) -> str:
        text = (
            f"Your saved data could not be read ({self.reason}). It was kept, unchanged, "
            f"at {self.moved_to}, and a fresh store was started."
        )
        if self.newest_backup is not None:
            text += f" The newest backup is {self.newest_backup}; you can restore it."
        return text


def _newer_version_message(version: int) -> str:
    return (
        "This data was saved by a newer version of Lactation Coverage Helper "
        f"(store version {version}; this version reads up to {SCHEMA_VERSION}). "
        "Please update the app. Nothing was changed."
    )


def read_checked(path: Path) -> tuple[Tables, dict[str, str], bytes]:
    """Read a store file; refuse one from a newer app before judging its shape."""
    tables, pieces, raw = read_store_file(path, check=False)
    version = stored_version(tables)
    if version > SCHEMA_VERSION:
        raise StoreError(_newer_version_message(version))
    check_shape(tables)
    for doc in tables.get(CASES, {}).values():
        if not isinstance(doc.get("id"), str) or not isinstance(doc.get("data"), dict):
            raise UnreadableStore("a case record is damaged")
    for doc in tables.get(LETTERS, {}).values():
        if not isinstance(doc.get("case"), str) or not isinstance(doc.get("record"), dict):
            raise UnreadableStore("a letter record is damaged")
    return tables, pieces, raw


def move_aside(home: Path, path: Path, reason: str) -> Recovery:
    """Keep an unreadable store file, untouched, under a new name."""
    target = home / f"store.corrupt-{backups.timestamp()}.json"
    os.replace(path, target)
    make_private(target)
    fsync_dir(home)
    newest = backups.list_backups(home)
    return Recovery(moved_to=target, newest_backup=newest[0] if newest else None, reason=reason)
