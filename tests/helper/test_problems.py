"""Coded problems (`helper.problems`): English lines for the CLI, the user's language at
the edge, plain lines passed through."""

from __future__ import annotations

from helper.model import Case, ValidationError
from helper.problems import Problem, in_language


def test_a_bad_case_gives_coded_lines_that_read_in_spanish(example_case_dict):
    example_case_dict["visits"][0]["date"] = "2026-02-30"
    try:
        Case.from_dict(example_case_dict)
    except ValidationError as error:
        lines = error.errors
    else:
        raise AssertionError("a February 30 must be refused")
    assert lines[0] == 'visits[0].date: must be a real date as YYYY-MM-DD, got "2026-02-30"'
    assert isinstance(lines[0], Problem) and lines[0].key == "visits[0].date"
    [spanish] = in_language(lines[:1], "es")
    assert spanish.startswith("visits[0].date: escriba una fecha real")
    assert '"2026-02-30"' in spanish
    assert in_language(lines[:1], "en") == lines[:1]


def test_a_plain_line_is_passed_as_it_is():
    assert in_language(["something the app could not code"], "es") == [
        "something the app could not code"
    ]
