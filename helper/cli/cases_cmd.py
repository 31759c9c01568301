"""`lactation-helper import | export | cases`: move cases in and out of the store.

The work is `helper.case_actions`, shared with the app's File menu; this module adds the
command line's own rules (a file read before the store is opened, `-` for stdout).

`cases` and `export` open the store read-only, so they work while the app is open.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helper.cli.errors import CliError

LOCK_WAIT_SECONDS = 5  # how long `import` waits for another writer to finish
CELL_WIDTH = 60  # `cases` cuts longer titles and names


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser(
        "import",
        help="check a case file and add it to your cases",
        description="Check a case file (lactation-case/1 JSON) and add it to your cases.",
    )
    importer.add_argument("file", metavar="CASE.json", help="the case file to import")
    importer.add_argument("--title", help="a name for the case in the case list")
    importer.set_defaults(func=run_import)

    exporter = subparsers.add_parser(
        "export",
        help="write a case (with its calls and letters) to a file",
        description="Write a case, with its calls and letters, as a case file.",
    )
    exporter.add_argument(
        "case_id",
        nargs="?",
        metavar="CASE_ID",
        help="which case (see `cases`); optional when you have only one",
    )
    exporter.add_argument(
        "-o",
        "--output",
        default="-",
        metavar="FILE",
        help="where to write it ('-' or omitted: print it)",
    )
    exporter.set_defaults(func=run_export)

    lister = subparsers.add_parser(
        "cases", help="list your cases", description="List your cases with their ids."
    )
    lister.set_defaults(func=run_cases)


def run_import(args: argparse.Namespace) -> int:
    from helper.cli.case_file import case_from_file
    from helper.model import ValidationError

    path = Path(args.file)
    case = case_from_file(path)
    store = _open_store(read_only=False)
    store.on_warning(lambda message: print(f"lactation-helper: {message}", file=sys.stderr))
    if store.recovery is not None:
        print(f"lactation-helper: {store.recovery.message()}", file=sys.stderr)
    try:
        case_id = store.add_case(case, title=args.title)
    except ValidationError as error:
        raise CliError.lines([f"{path}: {line}" for line in error.lines()]) from None
    finally:
        store.close()
    print(case_id)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from helper.case_actions import case_json
    from helper.files import write_private

    store = _open_store(read_only=True)
    try:
        case_id = _choose_case(store, args.case_id)
        text = case_json(store, case_id)
    finally:
        store.close()
    if args.output == "-":
        sys.stdout.write(text)
        return 0
    target = Path(args.output)
    if target.is_dir():
        raise CliError(f"{target} is a folder; give a file name, e.g. {target / 'case.json'}")
    try:
        write_private(target, text)
    except OSError as error:
        raise CliError(f"cannot write {target}: {error.strerror or error}") from None
    print(f"Wrote case {case_id} to {target}", file=sys.stderr)
    return 0


def run_cases(args: argparse.Namespace) -> int:
    store = _open_store(read_only=True)
    try:
        cases = store.list_cases()
    finally:
        store.close()
    if not cases:
        print("No cases yet. Add one in the app, or: lactation-helper import CASE.json")
        return 0
    rows = [("ID", "TITLE", "MEMBER", "BABY", "UPDATED")]
    for case in cases:
        updated = case.updated.astimezone().strftime("%Y-%m-%d %H:%M")
        names = (case.title, case.member_name or "-", case.baby_name or "-")
        rows.append((case.id, *map(_cell, names), updated))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]))
    return 0


def _cell(text: str) -> str:
    """One line of at most CELL_WIDTH characters: a long name must not widen every row."""
    text = " ".join(text.split())
    return text if len(text) <= CELL_WIDTH else text[: CELL_WIDTH - 1] + "…"


def _open_store(read_only: bool):
    from helper.store import Store, StoreError, StoreLocked

    try:
        return Store.open(read_only=read_only, wait=LOCK_WAIT_SECONDS)
    except StoreLocked as error:
        holder = f"process {error.pid}" if error.pid else "another process"
        raise CliError(
            f"your data is in use by {holder} (the app, or another lactation-helper "
            f"command); waited {LOCK_WAIT_SECONDS:g} s. Try again when it has finished."
        ) from None
    except StoreError as error:
        raise CliError(str(error)) from None
    except OSError as error:
        raise CliError(f"cannot open your saved data: {error.strerror or error}") from None


def _choose_case(store, case_id: str | None) -> str:
    cases = store.list_cases()
    ids = [case.id for case in cases]
    if case_id is not None:
        if case_id not in ids:
            known = ", ".join(ids) if ids else "none yet"
            raise CliError(f'no case with id "{case_id}" (your cases: {known})')
        return case_id
    if not ids:
        raise CliError("there are no cases to export yet")
    if len(ids) > 1:
        raise CliError(f"you have {len(ids)} cases; say which one: {', '.join(ids)}")
    return ids[0]
