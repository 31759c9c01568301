"""Reading a case file for a sub-command: every problem on its own line, warnings on stderr."""

from __future__ import annotations

import sys
from pathlib import Path

from helper.cli.errors import CliError


def case_from_file(path: Path):
    """The case in `path`; CliError naming each bad field (up to 20, then "and N more")."""
    from helper.model import ValidationError
    from helper.model.intake import read_case_file

    try:
        loaded = read_case_file(path)
    except ValidationError as error:
        raise CliError.lines([f"{path}: {line}" for line in error.lines()]) from None
    for warning in loaded.warnings:
        print(f"lactation-helper: {path}: warning: {warning}", file=sys.stderr)
    return loaded.case
