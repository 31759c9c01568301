"""Entry point of `lactation-helper`: no arguments starts the app, a sub-command runs the CLI.

Each sub-command lives in its own module with a `register(subparsers)` function that sets
`func` on its parser; heavy imports happen inside `func`, so `--version` stays fast.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from helper import __version__
from helper.cli import attach_cmd, cases_cmd, check_cmd, letter_cmd, packet_cmd
from helper.cli.errors import CliError

COMMAND_MODULES = [cases_cmd, check_cmd, letter_cmd, attach_cmd, packet_cmd]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lactation-helper",
        description="Lactation Coverage Helper. Run with no arguments to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        # Start-up makes hundreds of thousands of objects (modules, classes, Qt's enums)
        # and keeps nearly all of them: the cyclic garbage collector would walk them again
        # and again for nothing (~10 ms). ui.app turns it back on once the first page shows.
        gc.disable()
        from ui.app import main as gui_main

        return gui_main()
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except CliError as error:
        print(f"lactation-helper: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


if __name__ == "__main__":
    sys.exit(main())
