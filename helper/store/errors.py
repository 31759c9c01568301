"""Errors the store raises; their messages are written for the person using the app."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """The store cannot do what was asked (unreadable, newer version, read-only, disk error)."""


class StoreLocked(StoreError):
    """Another running copy of the app holds the single-writer lock."""

    def __init__(self, pid: int | None):
        self.pid = pid
        where = f" (process {pid})" if pid else ""
        super().__init__(
            f"Lactation Coverage Helper is already open in another window{where}. Close it first."
        )


class StoreNotWritable(StoreError):
    """The data folder cannot be written (read-only or full disk, no permission); the data
    may still be readable (`Store.open(home, read_only=True)`)."""

    def __init__(self, home: Path, error: OSError):
        self.home = Path(home)
        self.reason = error.strerror or str(error)
        where = f" ({error.filename})" if error.filename else ""
        super().__init__(
            f"Your data folder {self.home} cannot be written: {self.reason}{where}. "
            "Nothing can be saved there until that is fixed (is the disk full or read-only?)."
        )
