"""The case model: JSON round trip (unknown fields kept) and validation that names the field."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helper.model import (
    CASE_FORMAT,
    CLAIM_STATUSES,
    CREDENTIALS,
    PLAN_TYPES,
    STATES,
    Case,
    ValidationError,
)
from helper.model.case import BILLED_UNDER, LETTER_METHODS, NETWORKS, REFERRALS, SETTINGS

# --- strategies building valid case dicts ------------------------------------------------

# Text the format accepts: no control characters but tab and newline, no lone surrogates.
storable = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n")
texts = st.text(storable, max_size=12)
names = st.text(storable, min_size=1, max_size=12).filter(str.strip)
unknowns = st.booleans() | st.none()
money = st.integers(0, 10_000) | st.floats(0, 10_000, allow_nan=False, allow_infinity=False)
dates = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)).map(dt.date.isoformat)
offsets = st.sampled_from(["", "+00:00", "-07:00", "+05:30"])
date_times = st.builds(
    lambda moment, offset: moment.isoformat(timespec="seconds") + offset,
    st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2099, 12, 31)),
    offsets,
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | texts,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts, inner, max_size=3),
    max_leaves=6,
)
extra_fields = st.dictionaries(
    st.text(storable, min_size=1, max_size=8).map("x_".__add__), json_values, max_size=2
)


def record(required: dict, optional: dict) -> st.SearchStrategy[dict]:
    """A JSON object with the required keys, any of the optional ones, and unknown extras."""
    known = st.fixed_dictionaries(required, optional=optional)
    return st.builds(lambda k, extra: {**k, **extra}, known, extra_fields)


def opt(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def choice(values) -> st.SearchStrategy:
    return st.sampled_from(list(values))


def with_unique_ids(items: st.SearchStrategy[list[dict]]) -> st.SearchStrategy[list[dict]]:
    def number(listed: list[dict]) -> list[dict]:
        for index, item in enumerate(listed):
            if item.get("id") is not None:
                item["id"] = f"{item['id']}-{index}"
        return listed

    return items.map(number)


members = record(
    {},
    {
        "name": opt(names),
        "address": opt(texts),
        "email": opt(texts),
        "phone": opt(texts),
        "state": opt(choice(STATES)),
        "member_id": opt(texts),
        "group_number": opt(texts),
    },
)
plans = record(
    {},
    {
        "insurer": opt(texts),
        "policy": opt(texts),
        "type": choice(PLAN_TYPES),
        "grandfathered": unknowns,
        "plan_name": opt(texts),
    },
)
babies = record({}, {"name": opt(texts), "birth_date": opt(dates), "multiples": st.integers(1, 4)})
providers = record(
    {},
    {
        "name": opt(texts),
        "credential": opt(choice(CREDENTIALS)),
        "network": choice(NETWORKS),
        "npi": opt(texts),
        "participating_medi_cal_provider": unknowns,
    },
)
claim_lines = record(
    {"code": names},
    {
        "units": st.integers(1, 8),
        "diagnoses": st.lists(names, max_size=3),
        "charge": opt(money),
        "modifier": opt(texts),
    },
)
claims = record(
    {},
    {
        "number": opt(texts),
        "status": choice(CLAIM_STATUSES),
        "denial_date": opt(dates),
        "denial_reason": opt(texts),
        "member_cost": opt(money),
        "final_denial_date": opt(dates),
    },
)
visits = record(
    {"date": dates},
    {
        "id": opt(names),
        "provider": providers,
        "setting": opt(choice(SETTINGS)),
        "minutes": opt(st.integers(0, 240)),
        "billed_under": opt(choice(BILLED_UNDER)),
        "referral": opt(choice(REFERRALS)),
        "program": opt(texts),
        "prior_authorization": unknowns,
        "lines": st.lists(claim_lines, max_size=3),
        "claim": opt(claims),
    },
)
equipment = record(
    {"date": dates, "code": names},
    {
        "id": opt(names),
        "modifier": opt(texts),
        "rental_days": opt(st.integers(0, 365)),
        "prior_authorization": unknowns,
        "diagnoses": st.lists(names, max_size=2),
        "claim": opt(claims),
    },
)
calls = record(
    {"started": date_times},
    {
        "id": opt(names),
        "minutes": opt(st.integers(0, 300)),
        "department": opt(texts),
        "phone": opt(texts),
        "rep_name": opt(texts),
        "rep_id": opt(texts),
        "reference": opt(texts),
        "visit": opt(texts),
        "summary": opt(texts),
        "outcome": opt(texts),
        "follow_up": opt(dates),
    },
)
letters = record(
    {"kind": names},
    {
        "id": opt(names),
        "created": opt(date_times),
        "sent": opt(dates),
        "method": opt(choice(LETTER_METHODS)),
        "to": opt(texts),
    },
)
cases = record(
    {"format": st.just(CASE_FORMAT)},
    {
        "member": members,
        "plan": plans,
        "baby": babies,
        "in_network_lactation_provider_available": unknowns,
        "visits": with_unique_ids(st.lists(visits, max_size=3)),
        "equipment": with_unique_ids(st.lists(equipment, max_size=2)),
        "calls": with_unique_ids(st.lists(calls, max_size=3)),
        "letters": with_unique_ids(st.lists(letters, max_size=2)),
    },
)


# --- round trip ------------------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(cases)
def test_any_valid_case_survives_a_round_trip(data):
    original = copy.deepcopy(data)
    assert Case.from_dict(data).to_dict() == original
    assert Case.from_json(Case.from_dict(data).to_json()).to_dict() == original


def test_the_spec_example_round_trips(example_case_dict):
    case = Case.from_dict(example_case_dict)
    assert case.to_dict() == example_case_dict
    assert case.visits[0].date == dt.date(2026, 8, 15)
    assert case.calls[0].started == dt.datetime(2026, 9, 12, 10, 5)


def test_unknown_fields_are_kept_at_every_level(example_case_dict):
    example_case_dict["x_top"] = {"nested": [1, 2]}
    example_case_dict["visits"][0]["lines"][0]["x_line"] = "kept"
    example_case_dict["calls"][0]["x_call"] = None
    case = Case.from_dict(example_case_dict)
    assert case.extra == {"x_top": {"nested": [1, 2]}}
    assert case.to_dict() == example_case_dict


def test_fractional_seconds_of_a_call_are_kept():
    data = {"format": CASE_FORMAT, "calls": [{"started": "2026-09-12T10:05:00.250000"}]}
    assert Case.from_dict(data).to_dict() == data


# --- validation messages name the field ------------------------------------------------


def errors_for(example: dict, change) -> list[str]:
    change(example)
    with pytest.raises(ValidationError) as caught:
        Case.from_dict(example)
    return caught.value.errors


def test_bad_units_name_the_line(example_case_dict):
    def change(case):
        case["visits"][0]["lines"].append({"code": "S9443", "units": 0})

    assert errors_for(example_case_dict, change) == [
        "visits[0].lines[1].units: must be a whole number ≥ 1, got 0"
    ]


@pytest.mark.parametrize(
    "value", ["2026-02-30", "2026-13-01", "2026-W01-1", "08/01/2026", 20260801]
)
def test_an_impossible_or_misformatted_date_is_refused(example_case_dict, value):
    def change(case):
        case["baby"]["birth_date"] = value

    (error,) = errors_for(example_case_dict, change)
    assert error.startswith("baby.birth_date: must be a")
    assert "YYYY-MM-DD" in error


def test_a_wrong_format_tag_is_named(example_case_dict):
    def change(case):
        case["format"] = "lactation-case/2"

    assert errors_for(example_case_dict, change) == [
        'format: must be "lactation-case/1", got "lactation-case/2"'
    ]


def test_a_missing_format_tag_is_named(example_case_dict):
    assert errors_for(example_case_dict, lambda case: case.pop("format")) == ["format: is required"]


def test_a_bad_enum_lists_the_choices(example_case_dict):
    def change(case):
        case["plan"]["type"] = "ppo"

    (error,) = errors_for(example_case_dict, change)
    assert error.startswith("plan.type: must be one of employer_fully_insured, ")
    assert error.endswith('got "ppo"')


@pytest.mark.parametrize(
    "change, expected",
    [
        (
            lambda c: c["visits"][0].update(minutes="60"),
            "visits[0].minutes: must be a whole number",
        ),
        (lambda c: c["member"].update(name=5), "member.name: must be text, got 5"),
        (lambda c: c.update(visits={}), "visits: must be a list [...], got dict"),
        (lambda c: c.update(member=[]), "member: must be an object {...}, got list"),
        (lambda c: c["visits"][0]["lines"][0].update(charge=True), "visits[0].lines[0].charge:"),
        (lambda c: c["plan"].update(grandfathered="no"), "plan.grandfathered: must be true, false"),
        (lambda c: c["calls"][0].update(started="2026-09-12"), "calls[0].started: must be a real"),
        (lambda c: c["member"].update(state="Nowhere"), "member.state: must be a US state code"),
    ],
)
def test_a_wrong_type_names_the_field(example_case_dict, change, expected):
    (error,) = errors_for(example_case_dict, change)
    assert error.startswith(expected)


def test_every_problem_is_listed_and_the_message_counts_them(example_case_dict):
    def change(case):
        case["baby"]["multiples"] = 0
        case["visits"][0]["lines"][0]["units"] = -1

    with pytest.raises(ValidationError) as caught:
        Case.from_dict(change(example_case_dict) or example_case_dict)
    assert [e.split(":")[0] for e in caught.value.errors] == [
        "baby.multiples",
        "visits[0].lines[0].units",
    ]
    assert str(caught.value).splitlines() == caught.value.errors


def test_a_long_list_of_problems_stops_at_twenty_and_counts_the_rest(example_case_dict):
    example_case_dict["visits"] = [{"date": f"2026-13-{day:02}"} for day in range(1, 26)]
    with pytest.raises(ValidationError) as caught:
        Case.from_dict(example_case_dict)
    assert len(caught.value.errors) == 25
    lines = str(caught.value).splitlines()
    assert len(lines) == 21
    assert lines[0].startswith("visits[0].date: must be a real date")
    assert lines[-1] == "and 5 more problems"


def test_duplicate_ids_are_refused(example_case_dict):
    def change(case):
        case["calls"].append(dict(case["calls"][0]))

    assert errors_for(example_case_dict, change) == ['calls[1].id: "c1" is used twice']


def test_invalid_json_is_a_validation_error():
    with pytest.raises(ValidationError) as caught:
        Case.from_json('{"format": ')
    assert caught.value.errors[0].startswith("not valid JSON: ")
