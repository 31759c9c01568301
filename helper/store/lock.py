"""The single-writer lock: one running copy of the app writes the store at a time.

An OS file lock (flock on POSIX, msvcrt.locking on Windows) on `store.lock`. The OS drops
it when the process ends, however it ends, so a crashed copy never blocks the next one.
The file holds the holder's process id, for the message.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from helper.files import PRIVATE_FILE, make_private
from helper.store.errors import StoreLocked

LOCK_NAME = "store.lock"
RETRY_SECONDS = 0.05
_WINDOWS_LOCK_OFFSET = 1 << 20  # lock a byte past the pid, so others can still read the pid


class WriterLock:
    def __init__(self, folder: Path):
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    def acquire(self, wait: float = 0) -> None:
        """Take the lock, waiting up to `wait` seconds for its holder to let go; else raise
        StoreLocked naming the process that holds it."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, PRIVATE_FILE)
        try:
            deadline = time.monotonic() + wait
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise StoreLocked(_holder_pid(self.path))
                time.sleep(RETRY_SECONDS)
            make_private(self.path)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, f"{os.getpid()}\n".encode())
            os.fsync(fd)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None


def _holder_pid(path: Path) -> int | None:
    """The holder's pid; a new holder empties the file before writing its own: retry."""
    for _ in range(5):
        pid = _read_pid(path)
        if pid is not None:
            return pid
        time.sleep(0.01)
    return None


def _read_pid(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
