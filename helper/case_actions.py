"""What can be done to a whole case, the same from the app's File menu and from the
command line: import it from a case file, export it to one, delete it after a backup.
(Renaming and restoring a backup are one store call each: `Store.rename_case`,
`Store.restore_backup`.)

No Qt: the window asks the user and reports; these functions do the work and raise
`CaseFileError` / `ValidationError` (a file that is not a case), `StoreError` or `OSError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from helper.files import write_private
from helper.model.intake import read_case_file

CASE_FILE_SUFFIX = ".json"


@dataclass
class ImportedCase:
    """A case added from a file, and the fields of the file the app did not know (kept)."""

    case_id: str
    warnings: list[str]


def import_case(store, path: str | Path, title: str | None = None) -> ImportedCase:
    """Check the case file at `path` and add it to `store`; nothing changes when it is bad."""
    loaded = read_case_file(path)
    case_id = store.add_case(loaded.case, title=title)
    return ImportedCase(case_id, list(loaded.warnings))


def case_json(store, case_id: str) -> str:
    """The case, with its calls and letters, as case-file JSON."""
    return store.get_case(case_id).to_json()


def case_file_path(path: str | Path) -> Path:
    """`path`, with ".json" added when it has no suffix."""
    target = Path(path)
    return target if target.suffix else target.with_suffix(CASE_FILE_SUFFIX)


def export_case(store, case_id: str, path: str | Path) -> Path:
    """Write the case to `case_file_path(path)`, atomically; returns where."""
    target = case_file_path(path)
    write_private(target, case_json(store, case_id))
    return target


def suggested_file_name(title: str) -> str:
    """A file name for exporting the case called `title`."""
    kept = "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip()
    return (kept or "case") + CASE_FILE_SUFFIX


def delete_case(store, case_id: str) -> None:
    """Back up the data, then delete the case (the store drops its calls, letters, ticks
    and drafts with it)."""
    store.backup_now()
    store.delete_case(case_id)
