"""Reading a case file someone hands you: the checks an import makes on top of the model.

The model (`Case.from_dict`) decides what a case *is*; a stored case is read with it alone.
A file from outside gets more: a size limit before reading, a byte-order mark accepted,
a misspelt field name refused ("did you mean ...?"), other unknown fields reported as
warnings, and calls or letters that point at a visit the file does not have refused.
"""

from __future__ import annotations

import dataclasses
import difflib
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from helper.model.case import Case
from helper.model.fields import ValidationError, show
from helper.model.record import Record, join

MAX_FILE_BYTES = 20 * 1024 * 1024
EXTENSION_PREFIX = "x_"  # a field of your own: kept, never questioned
NEAR_MISS_CUTOFF = 0.8  # difflib ratio from which an unknown key is taken for a typo


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
    case = Case.from_json(text)
    refused, warnings = unknown_field_problems(case)
    refused += reference_problems(case)
    refused += document_file_problems(case)
    if refused:
        raise ValidationError(refused)
    return LoadedCase(case, warnings)


def unknown_field_problems(case: Case) -> tuple[list[str], list[str]]:
    """(near misses of a known field, refused; other unknown fields, warnings)."""
    refused: list[str] = []
    warnings: list[str] = []
    for record, path in _records(case, ""):
        if not record.extra:
            continue
        known = type(record).field_names()
        for key in record.extra:
            if key.startswith(EXTENSION_PREFIX):
                continue
            where = join(path, key)
            guess = near_miss(key, known)
            if guess is not None:
                refused.append(f'{where}: unknown field; did you mean "{guess}"?')
            else:
                warnings.append(f"{where}: unknown field, kept as it is")
    return refused, warnings


def near_miss(key: str, known: list[str]) -> str | None:
    """The known field `key` is probably a misspelling of, or None."""
    plain = key.strip().lower().replace("-", "_").replace(" ", "_")
    if plain in known:
        return plain
    squeezed = {name.replace("_", ""): name for name in known}
    if plain.replace("_", "") in squeezed:
        return squeezed[plain.replace("_", "")]
    close = difflib.get_close_matches(plain, known, n=1, cutoff=NEAR_MISS_CUTOFF)
    return close[0] if close else None


def reference_problems(case: Case) -> list[str]:
    """Calls, letters and documents must point at a visit (or equipment:ID) the case has."""
    visits = {case.visit_key(i) for i in range(len(case.visits))}
    equipment = {f"equipment:{item.id or i}" for i, item in enumerate(case.equipment)}
    problems = []
    for name in ("calls", "letters", "documents"):
        for index, item in enumerate(getattr(case, name)):
            if item.visit is None or item.visit in visits or item.visit in equipment:
                continue
            known = ", ".join(f'"{key}"' for key in sorted(visits)) or "none"
            problems.append(
                f'{name}[{index}].visit: there is no visit "{item.visit}" in this case '
                f"(its visits: {known})"
            )
    return problems


def document_file_problems(case: Case) -> list[str]:
    """An attached file is named relative to the data folder, as the app writes it. A file
    from outside naming an absolute path or climbing out with ".." could make the app put
    any file of this computer into an appeal packet, so it is refused."""
    problems = []
    for index, document in enumerate(case.documents):
        name = document.file
        posix, windows = PurePosixPath(name), PureWindowsPath(name)
        if posix.is_absolute() or windows.is_absolute() or windows.drive or ".." in windows.parts:
            problems.append(
                f"documents[{index}].file: must name a file inside the app's data folder "
                f'(a relative path without ".."), got {show(name)}'
            )
    return problems


def _records(record: Record, path: str) -> Any:
    """Every record in the case that has unknown keys, with its path."""
    stack: list[tuple[Record, str]] = [(record, path)]
    while stack:
        record, path = stack.pop()
        if record.extra:
            yield record, path
        children: list[tuple[Record, str]] = []
        for name in type(record).field_names():
            value = getattr(record, name)
            if isinstance(value, Record):
                children.append((value, join(path, name)))
            elif isinstance(value, list) and value and isinstance(value[0], Record):
                where = join(path, name)
                children.extend((item, f"{where}[{i}]") for i, item in enumerate(value))
        stack.extend(reversed(children))  # in the file's order
