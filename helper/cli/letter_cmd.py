"""`lactation-helper letter KIND CASE.json|CASE_ID [--visit ID] -o FILE`: make a letter.

The file's ending picks the format: `.pdf` (the same PDF engine as the app's Save PDF, no
Qt), `.html` or `.txt`. Missing facts exit 2 with one line per fact; `--fact KEY=VALUE` fills one.
A CASE_ID is read from the store read-only, so this works while the app is open.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from helper.cli.errors import CliError

FORMATS = (".pdf", ".html", ".txt")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "letter",
        help="make an appeal, complaint or request letter",
        description="Make a letter from a case file or a stored case. "
        "The output file's ending (.pdf, .html, .txt) picks the format.",
    )
    parser.add_argument("kind", metavar="KIND", help="the kind of letter, e.g. aca_appeal")
    parser.add_argument("case", metavar="CASE.json|CASE_ID", help="a case file or a case id")
    parser.add_argument(
        "--visit", metavar="ID", help="the visit (or equipment:ID) the letter is about"
    )
    parser.add_argument(
        "--fact",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="fill a missing fact, e.g. --fact recipient.address='PO Box 1, Albuquerque, NM'",
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the letter's date (default: today)")
    parser.add_argument("-o", "--output", required=True, metavar="FILE", help="where to write it")
    parser.set_defaults(func=run_letter)


def run_letter(args: argparse.Namespace) -> int:
    from helper import letters
    from helper.files import write_private

    output = Path(args.output)
    suffix = output.suffix.lower()
    if suffix not in FORMATS:
        raise CliError(f"{output}: the file must end in .pdf, .html or .txt")
    if args.kind not in letters.KINDS:
        raise CliError(
            f'unknown letter kind "{args.kind}"; the kinds are: {", ".join(letters.KINDS)}'
        )
    case = load_case(args.case)
    letter = render_or_explain(
        args.kind, case, args.visit, parse_facts(args.fact), parse_date(args.date)
    )
    if suffix == ".pdf":
        from helper.pdf import PdfError

        try:
            data: bytes | str = letters.letter_pdf(letter)
        except PdfError as error:
            raise CliError(f"{output}: {error}") from None
    else:
        data = letter.html if suffix == ".html" else letter.text
    try:
        write_private(output, data)
    except OSError as error:
        raise CliError(f"{output}: could not write the file ({error.strerror or error})") from None
    if letter.recipient.web_form:
        # a web form is not an address: it is said beside the letter, never in it
        print(
            f"You can also paste the letter's text into the web form: {letter.recipient.web_form}"
        )
    return 0


def render_or_explain(kind: str, case, visit: str | None, extra: dict, today: dt.date | None):
    """The rendered letter, or CliError listing the missing facts (one line each)."""
    from helper import letters

    try:
        return letters.render_letter(kind, case, visit, extra, today)
    except letters.MissingFactsError as error:
        lines = [
            f"{len(error.missing)} fact(s) missing for this letter; add them with --fact KEY=VALUE:"
        ]
        lines += [f"  {fact.key}: {fact.line()}" for fact in error.missing]
        raise CliError("\n".join(lines)) from None
    except letters.LetterError as error:
        raise CliError(str(error)) from None


def load_case(source: str):
    from helper.cli.case_file import case_from_file

    path = Path(source)
    if path.suffix.lower() == ".json" or path.exists():
        return case_from_file(path)
    from helper.store import Store, StoreError

    try:
        store = Store.open(read_only=True)
    except StoreError as error:
        raise CliError(f"could not open your cases: {error}") from None
    try:
        return store.get_case(source)
    except KeyError:
        raise CliError(
            f'no case "{source}": give a case file (.json) or an id from `cases`'
        ) from None
    finally:
        store.close()


def parse_facts(pairs: list[str]) -> dict[str, str]:
    facts: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise CliError(f'--fact "{pair}": write it as KEY=VALUE')
        facts[key.strip()] = value.replace("\\n", "\n")
    return facts


def parse_date(text: str | None) -> dt.date | None:
    """The letter's date: a real date in the range a case's dates keep to."""
    from helper.model.fields import FieldError, date

    if text is None:
        return None
    try:
        return date(text, "--date")
    except FieldError as error:
        raise CliError(error.line()) from None
