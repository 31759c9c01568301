"""Rolling backups of the store file: a copy is made each time the store is opened."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path

from helper import files as atomic
from helper.files import write_private
from helper.paths import ensure_private_dir

BACKUP_DIR = "backups"
KEEP = 10


def backup_dir(home: Path) -> Path:
    return Path(home) / BACKUP_DIR


def timestamp() -> str:
    return dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def list_backups(home: Path) -> list[Path]:
    """Backups of the store, newest first."""
    folder = backup_dir(home)
    if not folder.is_dir():
        return []
    return sorted(folder.glob("store-*.json"), reverse=True)


def remove_stale_temp_files(home: Path) -> None:
    """A crash while a backup was written leaves a whole copy of the store as a temp file
    in the backups folder; the store file holds all of it: remove it."""
    folder = backup_dir(home)
    if folder.is_dir():
        atomic.remove_stale_temp_files(folder, "store-*.json")


def make_backup(home: Path, raw: bytes) -> Path | None:
    """Keep a copy of `raw` (unless the newest backup already holds it); keep the last 10."""
    existing = list_backups(home)
    if existing and _same_content(existing[0], raw):
        return None
    folder = ensure_private_dir(backup_dir(home))
    target = folder / f"store-{timestamp()}.json"
    with contextlib.suppress(atomic.NotSynced):  # the copy is there; the store will warn
        write_private(target, raw)
    for old in list_backups(home)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
    return target


def _same_content(path: Path, raw: bytes) -> bool:
    try:
        return path.stat().st_size == len(raw) and path.read_bytes() == raw
    except OSError:
        return False
