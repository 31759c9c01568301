"""Every file the app writes goes through `write_private`: a temp file in the same folder,
flush, fsync, os.replace, fsync of the folder, readable by the user only (0600).

A crash at any moment leaves either the old file or the new one, never a half-written file.
The store, its backups, letters, PDFs, packets, templates, documents, exported cases, CSV
and calendar files all use it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

PRIVATE_FILE = 0o600


class NotSynced(OSError):
    """The new file is in place, but syncing its folder failed: a power cut could still
    lose the change. Raised by `write_private` after the rename, so the write did happen."""


def fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable (POSIX only; Windows has no folder fsync)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    if os.name == "posix":
        os.chmod(path, PRIVATE_FILE)


def write_private(path: Path, chunks: bytes | str | Iterable[str]) -> None:
    """Replace `path` with `chunks` (bytes, text, or pieces of UTF-8 text) atomically.

    Raises NotSynced (an OSError) when only the last step, syncing the folder, failed.
    """
    path = Path(path)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp, flags, PRIVATE_FILE)
    try:
        with os.fdopen(fd, "wb") as out:
            if isinstance(chunks, bytes):
                out.write(chunks)
            elif isinstance(chunks, str):
                out.write(chunks.encode("utf-8"))
            else:
                for chunk in chunks:
                    out.write(chunk.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        make_private(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    try:
        fsync_dir(path.parent)
    except OSError as error:
        raise NotSynced(error.errno, error.strerror, str(path.parent)) from error


def remove_stale_temp_files(folder: Path, name: str) -> None:
    """Temp files left by a crash mid-write hold nothing the real file lacks: remove them."""
    for leftover in folder.glob(f".{name}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()
