"""Errors a sub-command reports as one plain line with exit status 2."""


class CliError(Exception):
    """Bad input from the user: printed as one line, exit 2, nothing stored changes."""

    exit_code = 2
