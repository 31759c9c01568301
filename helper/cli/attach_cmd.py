"""`lactation-helper attach CASE_ID FILE --kind KIND [--visit ID] [--title TEXT]`: attach
an EOB, denial letter, superbill... to a stored case; prints the new document's id.

The file is checked by its content (PDF, PNG or JPEG, 25 MB at most) and copied into the
data folder; anything else exits 2 with one line saying why.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from helper.cli.errors import CliError
from helper.model import DOCUMENT_KINDS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "attach",
        help="attach a PDF or photo (EOB, denial letter...) to a case",
        description="Copy a PDF, PNG or JPEG (up to 25 MB) into your data and list it in "
        "the case. Prints the document's id.",
    )
    parser.add_argument("case", metavar="CASE_ID", help="a case id from `cases`")
    parser.add_argument("file", metavar="FILE", help="the PDF or image to attach")
    parser.add_argument(
        "--kind", required=True, metavar="KIND", help=f"one of: {', '.join(DOCUMENT_KINDS)}"
    )
    parser.add_argument("--visit", metavar="ID", help="the visit (or equipment:ID) it is about")
    parser.add_argument("--title", metavar="TEXT", help="a title (default: the file's name)")
    parser.set_defaults(func=run_attach)


def run_attach(args: argparse.Namespace) -> int:
    from helper.documents import DocumentError, attach_document
    from helper.store import Store, StoreError

    if args.kind not in DOCUMENT_KINDS:
        raise CliError(f'--kind "{args.kind}": must be one of {", ".join(DOCUMENT_KINDS)}')
    try:
        store = Store.open()
    except StoreError as error:
        raise CliError(f"could not open your cases: {error}") from None
    try:
        document = attach_document(
            store, args.case, Path(args.file), args.kind, args.visit, args.title
        )
    except KeyError:
        raise CliError(f'no case "{args.case}": give an id from `cases`') from None
    except DocumentError as error:
        raise CliError(str(error)) from None
    except (OSError, StoreError) as error:
        raise CliError(f"could not attach the file: {error}") from None
    finally:
        store.close()
    print(document.id)
    return 0
