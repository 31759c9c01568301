"""The one small interface every way of sending a letter follows (print, PDF, email...).

A back end gets a `LetterJob` and calls `done(DeliveryResult)` exactly once: at once for
the quick ones (PDF, mail app, web form), later for those that wait on the user or the
network (print preview, email). The page records the letter when the result is a success
and shows the result's plain-words message either way; the letter itself is never cleared.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QWidget

from helper.letters import RenderedLetter
from helper.letters.draft import is_draft
from helper.model import Case

METHODS = ("print", "pdf", "email", "mail_app", "portal")


@dataclass(frozen=True)
class LetterJob:
    """What a back end needs: the letter, who it goes to, and a widget to parent dialogs."""

    letter: RenderedLetter
    parent: QWidget | None
    store: object  # the open helper.store.Store (settings, data folder)
    to: str = ""  # the email address typed on the page (email, mail app)
    case: Case | None = None  # the case the letter is made from (the packet's documents)
    visit: str | None = None  # the visit or pump the letter is about, if one was chosen
    today: dt.date | None = None  # the letter's date
    extra: dict | None = None  # the facts typed for the letter

    def __post_init__(self) -> None:
        if not isinstance(self.letter, RenderedLetter) or is_draft(self.letter.html):
            raise TypeError("only a complete letter can be printed, saved or sent")

    @property
    def file_stem(self) -> str:
        """A file name for the letter without its ending: "aca_appeal-C-0001"."""
        return suggested_stem(self.letter)


@dataclass(frozen=True)
class DeliveryResult:
    """How it went. `ok` letters are recorded; `cancelled` means the user stopped it."""

    method: str
    ok: bool
    message: str
    to: str | None = None  # recipient written in the letter history
    path: Path | None = None  # a file written, if any
    cancelled: bool = False

    @classmethod
    def success(cls, method: str, message: str, to: str | None = None, path: Path | None = None):
        return cls(method, True, message, to=to, path=path)

    @classmethod
    def failure(cls, method: str, message: str) -> DeliveryResult:
        return cls(method, False, message)

    @classmethod
    def cancel(cls, method: str, message: str) -> DeliveryResult:
        return cls(method, False, message, cancelled=True)


Done = Callable[[DeliveryResult], None]


class Delivery:
    """Base of the back ends: `method` is the letter-history method; `start` does the work."""

    method = ""

    def available(self, letter: RenderedLetter) -> bool:
        """Whether this way fits the letter (the web form needs a form address)."""
        return True

    def start(self, job: LetterJob, done: Done) -> None:
        raise NotImplementedError


def suggested_stem(letter: RenderedLetter) -> str:
    """A safe file name from the letter's kind and its first claim number, if any."""
    claim = re.search(r"claim ([A-Za-z0-9-]+)", letter.subject)
    stem = letter.kind + (f"-{claim.group(1)}" if claim else "")
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "letter"


def plain_os_error(error: OSError, what: str) -> str:
    """An OSError in plain words: what failed and why, without a traceback."""
    reason = error.strerror or str(error) or type(error).__name__
    where = f" ({error.filename})" if getattr(error, "filename", None) else ""
    return f"{what}: {reason}{where}."
