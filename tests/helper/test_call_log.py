"""The call log's pure-Python core: search, follow-ups, CSV round trip, printable HTML."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helper import knowledge
from helper.call_log import (
    calls_from_csv,
    calls_to_csv,
    calls_to_html,
    follow_ups,
    format_date,
    format_started,
    matches,
    rep_label,
    search_text,
)
from helper.model import Call, Case, ValidationError


def make_call(**fields) -> Call:
    fields.setdefault("started", dt.datetime(2026, 9, 12, 10, 5))
    return Call(**fields)


KIM = make_call(
    id="c1",
    minutes=25,
    department="Member services",
    phone="800-555-0199",
    rep_name="Kim",
    rep_id="K-77",
    reference="REF-20260912-01",
    visit="v1",
    summary="Rep said IBCLC visits are not covered unless billed by the OB.",
    outcome="Asked for a supervisor; told to appeal in writing.",
    follow_up=dt.date(2026, 9, 19),
)


def test_dates_are_shown_in_words():
    assert format_started(dt.datetime(2026, 9, 12, 10, 5)) == "Sep 12, 2026 10:05"
    assert format_date(dt.date(2027, 3, 9)) == "March 9, 2027"
    assert format_date(None) == "" and format_started(None) == ""


def test_rep_label_joins_name_and_id():
    assert rep_label(KIM) == "Kim (K-77)"
    assert rep_label(make_call(rep_id="K-77")) == "ID K-77"
    assert rep_label(make_call()) == ""


def test_search_covers_every_text_field_case_insensitively():
    for query in [
        "kim",
        "k-77",
        "ref-20260912",
        "MEMBER services",
        "supervisor",
        "ob.",
        "8005550199",
        "sep 12",
        "2026-09-19",
        "september",
        "v1",
    ]:
        assert matches(KIM, query), query
    assert "kim" in search_text(KIM)


def test_search_needs_every_word():
    assert matches(KIM, "kim supervisor")
    assert not matches(KIM, "kim pharmacy")
    assert matches(KIM, "   ")  # no words: everything matches


def test_follow_ups_sorted_with_days_left():
    later = make_call(
        id="c2",
        started=dt.datetime(2026, 9, 13, 9, 0),
        department="Claims",
        follow_up=dt.date(2026, 9, 15),
    )
    none = make_call(id="c3", started=dt.datetime(2026, 9, 14, 9, 0), department="Pharmacy")
    result = follow_ups([KIM, later, none], today=dt.date(2026, 9, 16))
    assert [f.call.id for f in result] == ["c2", "c1"]
    assert result[0].days_left == -1 and result[0].overdue
    assert result[1].days_left == 3 and not result[1].overdue


def test_a_later_call_to_the_same_department_closes_a_follow_up():
    again = make_call(id="c2", started=dt.datetime(2026, 9, 19, 9, 0), department="member services")
    assert follow_ups([KIM, again], today=dt.date(2026, 9, 19)) == []
    elsewhere = make_call(id="c3", started=dt.datetime(2026, 9, 19, 9, 0), department="Claims")
    assert [f.call.id for f in follow_ups([KIM, elsewhere], today=dt.date(2026, 9, 19))] == ["c1"]
    assert follow_ups([KIM], today=dt.date(2026, 9, 19))[0].due_today


def test_call_times_with_and_without_an_offset_are_compared_by_their_clock_time():
    """A case file may mix "10:05" and "10:05-06:00"; Python refuses to compare the two."""
    offset = dt.timezone(dt.timedelta(hours=-6))
    again = make_call(
        id="c2", started=dt.datetime(2026, 9, 19, 9, 0, tzinfo=offset), department="Member services"
    )
    assert follow_ups([KIM, again], today=dt.date(2026, 9, 19)) == []
    other = make_call(
        id="c3",
        started=dt.datetime(2026, 9, 13, 9, 0, tzinfo=offset),
        department="Claims",
        follow_up=dt.date(2026, 9, 15),
    )
    assert [f.call.id for f in follow_ups([KIM, other], today=dt.date(2026, 9, 14))] == [
        "c3",
        "c1",
    ]


def test_csv_round_trip_of_the_spec_example(example_case_dict):
    case = Case.from_dict(example_case_dict)
    text = calls_to_csv(case.calls)
    assert text.splitlines()[0].startswith("id,started,minutes,department")
    assert "2026-09-12T10:05:00" in text
    assert calls_from_csv(text) == case.calls


def test_csv_reads_a_spreadsheet_save_with_bom_and_blank_lines():
    text = "\ufeffstarted,rep_name,minutes,notes\r\n2026-09-12 10:05,Kim,12,kept\r\n,,,\r\n"
    [call] = calls_from_csv(text)
    assert call.started == dt.datetime(2026, 9, 12, 10, 5)
    assert call.rep_name == "Kim" and call.minutes == 12
    assert call.extra == {"notes": "kept"}


def test_csv_errors_name_row_and_field():
    text = "started,minutes\r\n2026-09-12T10:05,ten\r\nyesterday,3\r\n"
    with pytest.raises(ValidationError) as caught:
        calls_from_csv(text)
    assert caught.value.errors == [
        'row 2, minutes: must be a whole number ≥ 0, got "ten"',
        'row 3, started: must be a real date and time as YYYY-MM-DDTHH:MM[:SS], got "yesterday"',
    ]
    with pytest.raises(ValidationError, match="started"):
        calls_from_csv("rep_name\r\nKim\r\n")


# Text the case format accepts: no control characters but tab and newline, no lone surrogates.
storable = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n")
optional_text = st.none() | st.text(storable, min_size=1, max_size=40)


@st.composite
def calls(draw):
    return Call(
        id=draw(st.none() | st.text("abc123-", min_size=1, max_size=8)),
        started=draw(st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2100, 1, 1))).replace(
            microsecond=0
        ),
        minutes=draw(st.none() | st.integers(0, 600)),
        department=draw(optional_text),
        phone=draw(optional_text),
        rep_name=draw(optional_text),
        rep_id=draw(optional_text),
        reference=draw(optional_text),
        visit=draw(optional_text),
        summary=draw(optional_text),
        outcome=draw(optional_text),
        follow_up=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(calls(), max_size=5))
def test_csv_round_trip_of_any_calls(some_calls):
    assert calls_from_csv(calls_to_csv(some_calls)) == some_calls


def test_html_holds_the_evidence(example_case_dict):
    case = Case.from_dict(example_case_dict)
    second = make_call(
        id="c2",
        started=dt.datetime(2026, 9, 1, 8, 0),
        rep_name="Lee <b>",
        reference="R&2",
    )
    page = calls_to_html(case, [*case.calls, second], printed=dt.date(2026, 9, 20))
    assert page.index("Sep 1, 2026 08:00") < page.index("Sep 12, 2026 10:05")  # oldest first
    for words in ["Kim (K-77)", "REF-20260912-01", "Ana Ruiz", "XYZ123456789", "Lee &lt;b&gt;"]:
        assert words in page
    assert "R&amp;2" in page and "Visit of August 15, 2026 with Jo Smith" in page
    assert "2 calls logged, printed September 20, 2026" in page
    assert "No calls are logged yet" in calls_to_html(None, [])


def test_call_script_cites_the_guide():
    script = knowledge.load("call_script")
    assert [c["code"] for c in script["codes"]] == ["Z39.1", "S9443"]
    for item in script["questions"] + script["codes"]:
        assert item["source"]["section"] == "Before Your Visit"
