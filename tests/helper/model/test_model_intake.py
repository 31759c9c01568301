"""What the import checks take for a typo of a known field, and what they leave alone."""

from __future__ import annotations

import json

import pytest

from helper.model import Case, LetterRecord, Member, Visit
from helper.model.intake import load_case_text, near_miss


@pytest.mark.parametrize(
    "record, key, guess",
    [
        (Case, "vists", "visits"),
        (Case, "memebr", "member"),
        (Member, "adress", "address"),
        (Member, "Email", "email"),
        (Member, "e-mail", "email"),
        (Visit, "billedUnder", "billed_under"),
        (Visit, "prior authorization", "prior_authorization"),
        (LetterRecord, "kinds", "kind"),
    ],
)
def test_near_misses_of_a_known_field_are_caught(record, key, guess):
    assert near_miss(key, record.field_names()) == guess


@pytest.mark.parametrize(
    "record, key",
    [
        (Case, "notes"),
        (Member, "nickname"),
        (Visit, "lactation_notes"),
        (Visit, "weight_check"),
        (Case, "title"),
    ],
)
def test_fields_of_ones_own_are_not_taken_for_typos(record, key):
    assert near_miss(key, record.field_names()) is None


def test_x_fields_are_neither_refused_nor_reported(example_case_dict):
    example_case_dict["member"]["x_name"] = "not a typo of name"
    example_case_dict["visits"][0]["x_minutes"] = 5
    loaded = load_case_text(json.dumps(example_case_dict))
    assert loaded.warnings == []
    assert loaded.case.member.extra == {"x_name": "not a typo of name"}


def test_a_stored_case_is_read_without_the_import_checks(store, example_case_dict):
    """A call left pointing at a deleted visit must not lock the user out of their case."""
    example_case_dict["calls"][0]["visit"] = "v9"
    case_id = store.add_case(Case.from_dict(example_case_dict))
    assert store.get_case(case_id).calls[0].visit == "v9"
