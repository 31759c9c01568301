"""Did the app's last run end cleanly? A marker file in the data folder says it did not.

The window writes `app-running` when it opens the store and removes it when it closes.
Found at start, it means the last run crashed or was killed with the window open: the app
then opens on the case list instead of the case that may have caused the crash.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from helper.files import PRIVATE_FILE

MARKER_NAME = "app-running"


class RunMarker:
    def __init__(self, home: Path):
        self.path = Path(home) / MARKER_NAME

    def begin(self) -> bool:
        """Write the marker (with this process id); True when the last run left one."""
        unclean = self.path.exists()
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.path, flags, PRIVATE_FILE)
            try:
                os.write(fd, f"{os.getpid()}\n".encode("ascii"))
            finally:
                os.close(fd)
        except OSError:
            pass  # a folder that cannot be written: there is nothing to remember then
        return unclean

    def end(self) -> None:
        """The run ends cleanly: remove the marker."""
        with contextlib.suppress(OSError):
            self.path.unlink()
