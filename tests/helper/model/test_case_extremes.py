"""Any case the model accepts, `check` and every letter kind handle without an exception.

Cases are built with values at and near every bound the model sets (dates 1900-01-01 and
2100-12-31, $1,000,000, 100 units, 1,440 minutes, 12 babies, 3,660 rental days, long and
non-Latin text, every plan type and policy). Missing facts are the project's own
MissingFactsError/LetterError, which is fine; anything else fails.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helper.model import Case
from helper.model.fields import FIRST_DATE, LAST_DATE
from helper.model.intake import load_case_text
from tests.helper.case_fuzz_support import exercise, extreme_cases

EXTREMES = settings(
    max_examples=100,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@EXTREMES
@given(extreme_cases(), st.sampled_from([FIRST_DATE, dt.date(2026, 11, 30), LAST_DATE]))
def test_check_and_every_letter_handle_any_accepted_case(data, today):
    case = Case.from_dict(data)
    exercise(case, today=today)


@settings(max_examples=100, deadline=None, database=None)
@given(extreme_cases())
def test_an_accepted_case_survives_export_and_import(data):
    case = Case.from_dict(data)
    text = case.to_json()
    text.encode("utf-8")
    assert load_case_text(text).case == case


@settings(max_examples=25, deadline=None, database=None)
@given(extreme_cases())
def test_an_accepted_case_is_stored_and_read_back(tmp_path_factory, data):
    from helper.store import Store

    home = tmp_path_factory.mktemp("home")
    case = Case.from_dict(data)
    with Store.open(home) as store:
        case_id = store.add_case(case)
    with Store.open(home, read_only=True) as store:
        back = store.get_case(case_id).to_dict()
    for name in ("calls", "letters"):  # the store gives each call and letter an id
        for item in back.get(name, []):
            item["id"] = None
        for item in data.get(name, []):
            item["id"] = None
    assert back == Case.from_dict(data).to_dict()
