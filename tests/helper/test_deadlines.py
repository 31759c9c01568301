"""Deadlines by plan type: date arithmetic across month ends and leap years, with citations."""

from __future__ import annotations

import datetime as dt

import pytest
from coverage_support import case, of_kind, run, visit

from helper.calendar_months import add_months
from helper.deadlines import appeal_deadline, external_review_deadline
from helper.model import Claim, Plan

D = dt.date


@pytest.mark.parametrize(
    ("start", "months", "rule", "expected"),
    [
        (D(2026, 1, 31), 1, "last_day_of_month", D(2026, 2, 28)),
        (D(2028, 1, 31), 1, "last_day_of_month", D(2028, 2, 29)),
        (D(2026, 8, 31), 6, "last_day_of_month", D(2027, 2, 28)),
        (D(2026, 10, 30), 4, "first_day_of_next_month", D(2027, 3, 1)),  # the rule's own example
        (D(2026, 10, 31), 4, "first_day_of_next_month", D(2027, 3, 1)),
        (D(2027, 10, 29), 4, "first_day_of_next_month", D(2028, 2, 29)),
        (D(2027, 10, 30), 4, "first_day_of_next_month", D(2028, 3, 1)),
        (D(2026, 11, 15), 4, "first_day_of_next_month", D(2027, 3, 15)),
        (D(2027, 3, 1), -12, "last_day_of_month", D(2026, 3, 1)),
        (D(2028, 2, 29), -12, "last_day_of_month", D(2027, 2, 28)),
        (D(2026, 12, 15), 1, "last_day_of_month", D(2027, 1, 15)),
    ],
)
def test_add_months(start, months, rule, expected):
    assert add_months(start, months, rule) == expected


def _claim(denied=None, final=None):
    return Claim(status="denied", denial_date=denied, final_denial_date=final)


@pytest.mark.parametrize(
    ("plan_type", "denied", "due"),
    [
        ("employer_fully_insured", D(2026, 9, 10), D(2027, 3, 9)),
        ("employer_self_funded", D(2026, 12, 1), D(2027, 5, 30)),
        ("individual_marketplace", D(2027, 12, 1), D(2028, 5, 29)),  # through Feb 29, 2028
        ("medicaid_managed_care", D(2026, 12, 15), D(2027, 2, 13)),
        ("medicaid_managed_care", D(2028, 1, 15), D(2028, 3, 15)),  # leap February
        ("medicaid_fee_for_service", D(2026, 12, 15), D(2027, 3, 15)),
        ("fehb", D(2026, 8, 31), D(2027, 2, 28)),
        ("fehb", D(2027, 8, 31), D(2028, 2, 29)),
        ("unknown", D(2026, 12, 15), D(2027, 2, 13)),  # the earliest rule until the type is known
        ("chip", D(2026, 12, 15), None),
        ("tricare", D(2026, 12, 15), D(2027, 3, 15)),  # postmarked within 90 days (tricare.mil)
        ("short_term", D(2026, 12, 15), None),
    ],
)
def test_appeal_deadline_by_plan_type(plan_type, denied, due):
    deadline = appeal_deadline(_claim(denied), Plan(type=plan_type))
    assert deadline.due == due
    assert deadline.sources and all(s["quote"] for s in deadline.sources)


def test_fee_for_service_deadline_is_a_maximum():
    assert (
        appeal_deadline(_claim(D(2026, 1, 1)), Plan(type="medicaid_fee_for_service")).up_to is True
    )


@pytest.mark.parametrize(
    ("plan_type", "state", "final", "due", "rule"),
    [
        (
            "employer_fully_insured",
            "NM",
            D(2026, 10, 30),
            D(2026, 12, 29),  # NM's own window is not in the data: the shortest known, 60 days
            "external_review_4_months",
        ),
        (
            "individual_off_marketplace",
            "NM",
            D(2026, 11, 15),
            D(2027, 1, 14),
            "external_review_4_months",
        ),
        (
            "medicaid_managed_care",
            "CA",
            D(2026, 11, 15),
            D(2027, 3, 15),
            "state_fair_hearing",
        ),  # 120 days
        (
            "medicaid_managed_care",
            "NY",
            D(2026, 11, 15),
            D(2027, 2, 13),
            "state_fair_hearing",
        ),  # 90 days
        # 5 CFR 890.105(e): OPM review within 90 days of the plan's reconsidered decision
        ("fehb", "NM", D(2026, 11, 15), D(2027, 2, 13), "opm_review"),
    ],
)
def test_after_final_denial(plan_type, state, final, due, rule):
    deadline = external_review_deadline(_claim(D(2026, 1, 1), final), Plan(type=plan_type), state)
    assert (deadline.rule, deadline.due) == (rule, due)


def test_no_external_step_for_fee_for_service_medicaid():
    assert (
        external_review_deadline(
            _claim(D(2026, 1, 1), D(2026, 3, 1)), Plan(type="medicaid_fee_for_service")
        )
        is None
    )


def test_external_review_cites_147_136_and_mentions_weekends():
    deadline = external_review_deadline(
        _claim(D(2026, 1, 1), D(2026, 10, 30)), Plan(type="employer_fully_insured")
    )
    assert deadline.weekend_holiday_rule
    assert deadline.sources[0]["document"] == "45 CFR 147.136"


def test_self_funded_external_review_cites_the_labor_rule_first():
    """A private self-funded plan's external review is the federal process of
    29 CFR 2590.715-2719(d), not HHS's rule for insurers."""
    deadline = external_review_deadline(
        _claim(D(2026, 1, 1), D(2026, 10, 30)), Plan(type="employer_self_funded")
    )
    assert [s["document"] for s in deadline.sources][0] == "29 CFR 2590.715-2719"
    assert deadline.due == D(2027, 3, 1)


# --- as findings -------------------------------------------------------------------------


def test_appeal_deadline_finding():
    v = visit(
        "2026-08-15",
        "S9443",
        claim={"status": "denied", "denial_date": "2026-09-10", "number": "C-1"},
    )
    (found,) = of_kind(run(case("bcbsnm-cpcp043", [v])), "appeal_deadline")
    assert found.due == D(2027, 3, 9) and found.visit == "v1" and found.severity == "action"
    assert "C-1" in found.message and "March 9, 2027" in found.message


def test_partially_paid_claims_have_a_deadline_and_paid_ones_do_not():
    partial = visit(
        "2026-08-15", "S9443", claim={"status": "partially_paid", "denial_date": "2026-09-10"}
    )
    paid = visit("2026-08-16", "S9443", claim={"status": "paid"})
    found = of_kind(run(case("bcbsnm-cpcp043", [partial, paid])), "appeal_deadline")
    assert [f.visit for f in found] == ["v1"]


def test_denied_without_a_date_asks_for_it():
    v = visit("2026-08-15", "S9443", claim={"status": "denied"})
    (found,) = of_kind(run(case("bcbsnm-cpcp043", [v])), "appeal_deadline")
    assert found.due is None and "date" in found.next_step


def test_final_denial_replaces_the_appeal_deadline():
    claim = {"status": "denied", "denial_date": "2026-06-01", "final_denial_date": "2026-10-30"}
    report = run(case("bcbsnm-cpcp043", [visit("2026-05-15", "S9443", claim=claim)]))
    assert not of_kind(report, "appeal_deadline")
    (found,) = of_kind(report, "external_review_deadline")
    # New Mexico runs its own review, whose window is not in the data: the date is counted
    # from the shortest window a state is known to give (South Carolina's 60 days), to be
    # safe, with the known range in words; the letter is never refused on it
    assert found.due == D(2026, 12, 29)
    assert "from 60 days to 6 months" in found.message and "to be safe" in found.message


def test_a_state_on_the_federal_process_gets_four_months_and_the_weekend_rule():
    claim = {"status": "denied", "denial_date": "2026-06-01", "final_denial_date": "2026-10-30"}
    data = case(None, [visit("2026-05-15", "S9443", claim=claim)])
    data["member"]["state"] = "FL"
    (found,) = of_kind(run(data), "external_review_deadline")
    assert found.due == D(2027, 3, 1) and "Saturday" in found.message


def test_medi_cal_final_denial_gives_a_state_hearing_date():
    claim = {"status": "denied", "denial_date": "2026-06-01", "final_denial_date": "2026-11-15"}
    (found,) = of_kind(
        run(case("ccah-breastfeeding", [visit("2026-05-15", claim=claim)])),
        "state_hearing_deadline",
    )
    assert found.due == D(2027, 3, 15)


def test_equipment_claims_have_deadlines_too():
    item = {
        "date": "2026-02-01",
        "code": "E0603",
        "claim": {"status": "denied", "denial_date": "2026-03-01"},
    }
    (found,) = of_kind(run(case("ccah-breastfeeding", [], [item])), "appeal_deadline")
    assert found.equipment == "e1" and found.due == D(2026, 4, 30)


def test_a_passed_deadline_says_so():
    v = visit("2026-01-15", "S9443", claim={"status": "denied", "denial_date": "2026-02-01"})
    (found,) = of_kind(run(case("bcbsnm-cpcp043", [v]), today=D(2027, 1, 1)), "appeal_deadline")
    assert "passed" in found.message
    (fresh,) = of_kind(run(case("bcbsnm-cpcp043", [v]), today=D(2026, 3, 1)), "appeal_deadline")
    assert "passed" not in fresh.message
