"""Timing a call with the insurer: start and stop (a hold, a transfer), whole minutes."""

from __future__ import annotations

import math
import time
from collections.abc import Callable


class CallTimer:
    """Measures a call's length with a clock tests can replace (seconds, monotonic).

    Start/stop can repeat (a hold, a transfer): the time adds up.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic):
        self.clock = clock
        self._since: float | None = None
        self._banked = 0.0

    @property
    def running(self) -> bool:
        return self._since is not None

    def start(self) -> None:
        if self._since is None:
            self._since = self.clock()

    def stop(self) -> float:
        if self._since is not None:
            self._banked += max(0.0, self.clock() - self._since)
            self._since = None
        return self._banked

    def elapsed(self) -> float:
        running = self.clock() - self._since if self._since is not None else 0.0
        return self._banked + max(0.0, running)

    def minutes(self) -> int:
        """Whole minutes, rounded up (a 10-second call is 1 minute)."""
        return math.ceil(self.elapsed() / 60)


def format_elapsed(seconds: float) -> str:
    """ "mm:ss", or "h:mm:ss" from one hour."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"
