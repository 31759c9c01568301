"""`lactation-helper check CASE.json|CASE_ID [--json]`: run the coverage check on a case.

A path that exists is read as a case file; anything else is a case id in your saved cases
(the store is opened read-only, so this works while the app is open). Exit 0 when the
check ran, whatever it found; 2 (one line on stderr naming the field) for a case it could
not read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from helper.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check a case against the plan's rules and the law",
        description=(
            "Check a case: what the plan owes, what went wrong with the claims, the deadlines, "
            "and who takes a complaint. Every finding names its source."
        ),
    )
    parser.add_argument(
        "case", metavar="CASE.json|CASE_ID", help="a case file, or a case id (see `cases`)"
    )
    parser.add_argument("--json", action="store_true", help="print the lactation-findings/1 JSON")
    parser.add_argument(
        "--lang", default="en", help="language of the text and messages: en or es (default: en)"
    )
    parser.set_defaults(func=run_check)


def run_check(args: argparse.Namespace) -> int:
    from helper.coverage import check

    lang = _language(args.lang)
    case = _load_case(args.case)
    report = check(case, lang=lang)
    if args.json:
        json.dump(report.to_dict(), sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(report.to_text(lang=lang))
    return 0


def _language(code: str) -> str:
    """The language of `--lang` ("es-MX" is Spanish); for one the app does not have, one
    line on stderr saying so, and English."""
    from helper.i18n import LANGUAGES, base_language

    lang = base_language(code)
    asked = code.replace("_", "-").split("-", 1)[0].lower()
    if asked != lang:
        print(
            f'lactation-helper: language "{code}" is not available; using English '
            f"(available: {', '.join(LANGUAGES)})",
            file=sys.stderr,
        )
    return lang


def _load_case(target: str):
    from helper.cli.case_file import case_from_file

    path = Path(target)
    if path.exists():
        return case_from_file(path)
    return _case_from_store(target)


def _case_from_store(case_id: str):
    from helper.store import Store, StoreError

    looks_like_file = case_id.lower().endswith(".json") or "/" in case_id or "\\" in case_id
    try:
        store = Store.open(read_only=True)
    except (StoreError, OSError) as error:
        if looks_like_file:
            raise CliError(f"{case_id}: no such file") from None
        raise CliError(f'cannot open your saved cases to find "{case_id}": {error}') from None
    try:
        return store.get_case(case_id)
    except KeyError:
        if looks_like_file:
            raise CliError(f"{case_id}: no such file") from None
        ids = [summary.id for summary in store.list_cases()]
        known = ", ".join(ids) if ids else "none yet"
        raise CliError(
            f'"{case_id}" is neither a case file nor a saved case id (your cases: {known})'
        ) from None
    finally:
        store.close()
