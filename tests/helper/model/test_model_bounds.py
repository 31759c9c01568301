"""The model refuses values no real case holds, so nothing downstream overflows or fails to save.

Dates outside 1900..2100, amounts over $1,000,000, counts over their ceilings, text with
control characters or broken (lone surrogate) characters, blank member names, JSON nested
beyond reason, numbers with thousands of digits, NaN: each is one line naming the field.
"""

from __future__ import annotations

import json

import pytest

from helper.model import Case, ValidationError
from helper.model.json_safety import MAX_DEPTH


def errors_for(case: dict) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        Case.from_dict(case)
    return caught.value.errors


def deep_list(levels: int) -> list:
    value: list = []
    for _ in range(levels):
        value = [value]
    return value


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            lambda c: c["visits"][0]["claim"].update(denial_date="9999-12-31"),
            "visits[0].claim.denial_date: must be between 1900-01-01 and 2100-12-31, "
            'got "9999-12-31"',
        ),
        (
            lambda c: c["baby"].update(birth_date="1899-12-31"),
            "baby.birth_date: must be between 1900-01-01 and 2100-12-31",
        ),
        (
            lambda c: c["calls"][0].update(started="0001-01-01T00:00:00"),
            "calls[0].started: must be between 1900-01-01 and 2100-12-31",
        ),
        (
            lambda c: c["visits"][0]["claim"].update(member_cost=10**400),
            "visits[0].claim.member_cost: must be at most 1,000,000 dollars, "
            "got a number with more than 30 digits",
        ),
        (
            lambda c: c["visits"][0]["lines"][0].update(charge=1_000_000.01),
            "visits[0].lines[0].charge: must be at most 1,000,000 dollars",
        ),
        (
            lambda c: c["visits"][0]["lines"][0].update(units=101),
            "visits[0].lines[0].units: must be at most 100, got 101",
        ),
        (
            lambda c: c["visits"][0].update(minutes=1441),
            "visits[0].minutes: must be at most 1,440",
        ),
        (lambda c: c["calls"][0].update(minutes=10**6), "calls[0].minutes: must be at most 1,440"),
        (lambda c: c["baby"].update(multiples=13), "baby.multiples: must be at most 12"),
        (
            lambda c: c["equipment"][0].update(rental_days=4000),
            "equipment[0].rental_days: must be at most 3,660",
        ),
        (
            lambda c: c["member"].update(name="\ud800"),
            "member.name: contains a broken character (\\ud800, half of a pair)",
        ),
        (
            lambda c: c["calls"][0].update(summary="a\x00b"),
            "calls[0].summary: contains a control character (\\u0000); only tab and newline",
        ),
        (
            lambda c: c["plan"].update(type="\x1b[31m"),
            "plan.type: contains a control character (\\u001b)",
        ),
        (lambda c: c["member"].update(name=""), "member.name: must not be empty or only spaces"),
        (lambda c: c["member"].update(name="   "), "member.name: must not be empty or only spaces"),
        (
            lambda c: c.update(x_notes={"\udfff": 1}),
            "x_notes: a field name contains a broken character",
        ),
        (
            lambda c: c["baby"].update(name=deep_list(900)),
            f"baby.name[0][0][0][0][0][0]...: nests more than {MAX_DEPTH} levels deep",
        ),
    ],
)
def test_values_beyond_reason_are_refused_naming_the_field(example_case_dict, change, expected):
    change(example_case_dict)
    errors = errors_for(example_case_dict)
    assert errors[0].startswith(expected), errors


def test_the_bounds_themselves_are_accepted(example_case_dict):
    example_case_dict["baby"].update(birth_date="1900-01-01", multiples=12)
    visit = example_case_dict["visits"][0]
    visit.update(date="2100-12-31", minutes=1440)
    visit["lines"][0].update(units=100, charge=1_000_000)
    visit["claim"].update(member_cost=1_000_000, denial_date="2100-12-31")
    example_case_dict["equipment"][0]["rental_days"] = 3660
    example_case_dict["member"]["address"] = "Line 1\n\tLine 2"
    case = Case.from_dict(example_case_dict)
    assert case.visits[0].lines[0].units == 100 and case.baby.multiples == 12


def test_a_nested_value_in_a_message_is_never_shown_in_full(example_case_dict):
    example_case_dict["visits"][0]["setting"] = {"a": deep_list(40)}
    (error,) = errors_for(example_case_dict)
    assert (
        error == "visits[0].setting: must be one of office, home, telehealth, "
        "hospital_outpatient, inpatient; got an object {...}"
    )


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[" * 100_000 + "]" * 100_000, "not a case file: it nests lists or objects more than"),
        (
            '{"x": ' + "1" * 5000 + "}",
            "not a case file: it holds a number with thousands of digits",
        ),
        ('{"format": "lactation-case/1", "x_value": NaN}', "not valid JSON: NaN is not a number"),
        ('{"format": "lactation-case/1", "x_value": -Infinity}', "not valid JSON: -Infinity"),
    ],
)
def test_json_the_parser_chokes_on_is_one_line(text, expected):
    with pytest.raises(ValidationError) as caught:
        Case.from_json(text)
    (error,) = caught.value.errors
    assert error.startswith(expected)


@pytest.mark.parametrize(
    "old, new, expected",
    [
        (
            '"charge": 180.0',
            '"charge": 1e999',
            "visits[0].lines[0].charge: must be a finite number",
        ),
        ('"charge": 180.0', '"charge": -1e999', "visits[0].lines[0].charge: must be a finite"),
        ('"multiples": 1', '"multiples": 1, "x_size": 1e999', "baby.x_size: must be a finite"),
    ],
)
def test_a_number_too_big_for_a_float_is_one_line(example_case_dict, old, new, expected):
    """1e999 reads as infinity: as an unknown field it would be written back as Infinity,
    which is not JSON."""
    text = json.dumps(example_case_dict).replace(old, new)
    with pytest.raises(ValidationError) as caught:
        Case.from_json(text)
    (error,) = caught.value.errors
    assert error.startswith(expected)


def test_a_byte_order_mark_is_accepted(example_case_dict):
    case = Case.from_json("\ufeff" + json.dumps(example_case_dict))
    assert case.member.name == "Ana Ruiz"


def test_every_accepted_case_can_be_written_as_utf8(example_case_dict):
    example_case_dict["member"]["name"] = "Ana 🍼 Ruiz"
    Case.from_dict(example_case_dict).to_json().encode("utf-8")
