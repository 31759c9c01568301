"""Fuzzing the case-file path: mutated example files through the loader, `check` and a
letter kind (each example draws one, so every kind is reached; all of them for every visit
and pump of the case). Only the project's own errors may come out (ValidationError from the
loader, LetterError from a letter); anything else is a bug. 2,000 examples here, kept fast;
20,000 with every kind per example in tests/benchmarks/fuzz_case_files.py."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helper import letters
from helper.model import ValidationError
from helper.model.intake import load_case_text
from tests.helper.case_fuzz_support import exercise, mutated_case_texts

FUZZ = settings(
    max_examples=2000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@FUZZ
@given(mutated_case_texts(), st.sampled_from(list(letters.KINDS)))
def test_a_mutated_case_file_is_refused_or_fully_handled(text, kind):
    try:
        loaded = load_case_text(text)
    except ValidationError as error:
        assert error.errors and all(isinstance(line, str) and line for line in error.errors)
        str(error).encode("utf-8")  # printable on any terminal that takes UTF-8
        return
    loaded.case.to_json().encode("utf-8")
    exercise(loaded.case, kinds=[kind])
