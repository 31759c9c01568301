"""Reading a case file someone hands you: the checks an import makes on top of the model.

The model (`Case.from_dict`) decides what a case *is*; a stored case is read with it alone.
A file from outside gets more: a size limit before reading, a byte-order mark accepted.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from helper.model.case import Case
from helper.model.fields import ValidationError

MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclasses.dataclass
class LoadedCase:
    """A case read from a file, and what the reader should know about it (unknown fields)."""

    case: Case
    warnings: list[str]


class CaseFileError(ValidationError):
    """The file could not be read at all (missing, a folder, too big, not UTF-8 text)."""


def read_case_file(path: str | Path) -> LoadedCase:
    """Read and check a case file; CaseFileError or ValidationError lists what is wrong."""
    return load_case_text(read_case_bytes(Path(path)))


def read_case_bytes(path: Path) -> str:
    """The file's text, read only up to the size limit (a device or a huge file is refused)."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise CaseFileError(["no such file"]) from None
    except IsADirectoryError:
        raise CaseFileError(["is a folder, not a case file"]) from None
    except OSError as error:
        raise CaseFileError([f"cannot be read ({error.strerror or error})"]) from None
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise CaseFileError([f"is larger than {limit} MB: not a case file"])
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CaseFileError(["not a text file (expected case JSON in UTF-8)"]) from None


def load_case_text(text: str) -> LoadedCase:
    """Parse case JSON from outside the app: the model's checks, then the import's own."""
    return LoadedCase(Case.from_json(text), [])
