"""`lactation-helper packet KIND CASE.json|CASE_ID [--visit ID] [--fact K=V] -o FILE.pdf`:
the letter with a cover sheet, the call log for the claim and every attached document,
as one PDF. Attached files are looked up in the data folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from helper.cli.errors import CliError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "packet",
        help="make the appeal packet: cover sheet, letter, call log and attached documents",
        description="Make one PDF with a cover sheet, the letter, the call log for the "
        "claim and every document attached to the case (see `attach`).",
    )
    parser.add_argument("kind", metavar="KIND", help="the kind of letter, e.g. aca_appeal")
    parser.add_argument("case", metavar="CASE.json|CASE_ID", help="a case file or a case id")
    parser.add_argument("--visit", metavar="ID", help="the visit (or equipment:ID) of the claim")
    parser.add_argument(
        "--fact", action="append", default=[], metavar="KEY=VALUE", help="fill a missing fact"
    )
    parser.add_argument("--date", metavar="YYYY-MM-DD", help="the letter's date (default: today)")
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf", help="where to write it"
    )
    parser.set_defaults(func=run_packet)


def run_packet(args: argparse.Namespace) -> int:
    from helper import letters
    from helper.cli.letter_cmd import load_case, parse_date, parse_facts, render_or_explain
    from helper.files import write_private
    from helper.packet import packet_pdf
    from helper.paths import user_data_dir
    from helper.pdf import PdfError

    output = Path(args.output)
    if output.suffix.lower() != ".pdf":
        raise CliError(f"{output}: the packet file must end in .pdf")
    if args.kind not in letters.KINDS:
        raise CliError(
            f'unknown letter kind "{args.kind}"; the kinds are: {", ".join(letters.KINDS)}'
        )
    case = load_case(args.case)
    today = parse_date(args.date) or dt.date.today()
    facts = parse_facts(args.fact)
    letter = render_or_explain(args.kind, case, args.visit, facts, today)
    try:
        data = packet_pdf(letter, case, args.visit, user_data_dir(), today, extra=facts)
    except PdfError as error:
        raise CliError(f"{output}: {error}") from None
    try:
        write_private(output, data)
    except OSError as error:
        raise CliError(f"{output}: could not write the file ({error.strerror or error})") from None
    return 0
