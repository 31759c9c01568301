"""Errors a sub-command reports as plain lines with exit status 2."""

PROGRAM = "lactation-helper"


class CliError(Exception):
    """Bad input from the user: printed as one line, exit 2, nothing stored changes."""

    exit_code = 2

    @classmethod
    def lines(cls, lines: list[str]) -> "CliError":
        """One problem per line, each printed with the program's name like the first."""
        return cls(f"\n{PROGRAM}: ".join(lines))
