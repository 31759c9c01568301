"""Errors the store raises; their messages are written for the person using the app."""

from __future__ import annotations


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
