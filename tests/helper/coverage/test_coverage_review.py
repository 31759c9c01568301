"""Review of the coverage checker against the seed documents and the case-format contract.

Cases are written the way an outside examiner would: visits and equipment without ids (so
the key is the index as a string), codes as people type them (lower case, a modifier
after a dash), each rule of each seed policy with both sides of its limit. Every test
compares kind, severity, visit key, line index, due date and the plain words of the
message with what the seed or shared FACTS.md says.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from helper.model import PLAN_TYPES
from tests.helper.coverage_support import equip, run, visit

ROOT = Path(__file__).resolve().parents[3]
BCBSNM = "bcbsnm-cpcp043"
HEALTHNET = "healthnet-medi-cal-lactation"
CCAH = "ccah-breastfeeding"
# The plans the ACA preventive-services rule reaches (when not grandfathered).
PRIVATE_PLAN_TYPES = (
    "employer_fully_insured",
    "employer_self_funded",
    "individual_marketplace",
    "individual_off_marketplace",
)


# --- builders (no ids: the key is the index) ----------------------------------------------
def v(
    date: str,
    code: str = "S9443",
    units: int = 1,
    dx: tuple[str, ...] = ("Z39.1",),
    *,
    name: str = "Jo Smith",
    minutes: int | None = 60,
    **fields,
) -> dict:
    """A visit as the examiner writes it: S9443, an hour with an in-network IBCLC."""
    return visit(date, code, units, dx, provider=name, minutes=minutes, **fields)


def eq(
    date: str,
    code: str,
    modifier: str | None = None,
    *,
    days: int | None = None,
    dx: tuple[str, ...] = ("Z39.1",),
    **fields,
) -> dict:
    return equip(date, code, modifier, rental_days=days, diagnoses=dx, **fields)


def case(
    policy: str | None = BCBSNM,
    visits: list[dict] = (),
    equipment: list[dict] = (),
    *,
    plan_type: str = "employer_fully_insured",
    grandfathered: bool | None = False,
    state: str | None = "NM",
    birth: str | None = "2026-01-10",
    available: bool | None = None,
    multiples: int = 1,
) -> dict:
    return {
        "format": "lactation-case/1",
        "member": {"name": "Ana Ruiz", "state": state},
        "plan": {
            "insurer": "Test Insurer",
            "policy": policy,
            "type": plan_type,
            "grandfathered": grandfathered,
        },
        "baby": {"name": "Leo", "birth_date": birth, "multiples": multiples},
        "in_network_lactation_provider_available": available,
        "visits": list(visits),
        "equipment": list(equipment),
    }


def healthnet(visits=(), **kw) -> dict:
    kw.setdefault("plan_type", "medicaid_managed_care")
    kw.setdefault("state", "CA")
    kw.setdefault("grandfathered", None)
    return case(HEALTHNET, visits, **kw)


def ccah(visits=(), equipment=(), **kw) -> dict:
    kw.setdefault("plan_type", "medicaid_managed_care")
    kw.setdefault("state", "CA")
    kw.setdefault("grandfathered", None)
    return case(CCAH, visits, equipment, **kw)


def found(data: dict, kind: str) -> list:
    return run(data).of_kind(kind)


def where(findings) -> list[tuple]:
    return [(f.visit, f.line, f.equipment, f.severity) for f in findings]


# --- BCBSNM CPCP043 ------------------------------------------------------------------------
@pytest.mark.parametrize("code", ["S9443", "s9443", " S9443 ", "S9443-U1", "S9443 U1"])
def test_s9443_two_units_is_flagged_however_the_code_is_written(code):
    report = run(case(visits=[v("2026-02-01", code, units=2)]))
    assert where(report.of_kind("untimed_code_extra_units")) == [("0", 0, None, "problem")]
    assert not report.of_kind("code_not_recognized")  # a modifier does not make it unlisted


@pytest.mark.parametrize("code", ["S9443", "s9443-u1"])
def test_s9443_one_unit_is_fine(code):
    report = run(case(visits=[v("2026-02-01", code, units=1)]))
    assert not report.of_kind("untimed_code_extra_units")
    assert not report.of_kind("code_not_recognized")


@pytest.mark.parametrize(
    ("code", "units", "minutes", "severity"),
    [
        ("98960", 2, 60, None),  # "may be billed with 2 units for 1 hour of time"
        ("98960", 3, 60, "problem"),
        ("98961", 3, 60, "problem"),
        ("98962-GT", 3, 60, "problem"),
        ("98960", 1, 30, None),
        ("98960", 2, 30, "problem"),
        ("98960", 4, 120, None),
    ],
)
def test_98960_units_against_minutes(code, units, minutes, severity):
    report = run(case(visits=[v("2026-02-01", code, units=units, minutes=minutes)]))
    got = report.of_kind("units_exceed_time")
    assert [f.severity for f in got] == ([severity] if severity else [])
    if got:
        assert got[0].visit == "0" and got[0].line == 0
        assert f"{minutes} minutes" in got[0].message and f"{units} units" in got[0].message


def test_units_message_says_one_unit_not_one_units():
    (f,) = found(case(visits=[v("2026-02-01", "98960", units=2, minutes=30)]), "units_exceed_time")
    assert "at most 1 unit." in f.message and "1 units" not in f.message


@pytest.mark.parametrize(
    ("code", "credential", "flagged"),
    [
        ("99401", "IBCLC", True),
        ("99401-25", "NP", True),
        ("g0513", "RN", True),
        ("G0514", "CLC", True),
        ("99350", "PA", True),
        ("99412", "CNM", True),
        ("99401", "MD", False),
        ("99401-25", "DO", False),
        ("99347", "MD", False),
    ],
)
def test_physician_codes_by_non_physicians(code, credential, flagged):
    report = run(case(visits=[v("2026-02-01", code, credential=credential)]))
    got = report.of_kind("code_not_allowed_for_provider")
    assert where(got) == ([("0", 0, None, "problem")] if flagged else [])
    assert not report.of_kind("code_not_recognized")
    if flagged:
        assert got[0].sources[0].section == "Physicians"
        assert "not eligible for reimbursement" in got[0].sources[0].quote


@pytest.mark.parametrize(
    ("credential", "words"),
    [("IBCLC", "an IBCLC"), ("RN", "an RN"), ("NP", "an NP"), ("CLC", "a CLC"), ("PA", "a PA")],
)
def test_messages_use_the_right_article_before_a_credential(credential, words):
    (f,) = found(
        case(visits=[v("2026-02-01", "99401", credential=credential)]),
        "code_not_allowed_for_provider",
    )
    assert f"by {words}." in f.message


def test_99429_is_not_to_be_reported_even_by_a_physician():
    report = run(case(visits=[v("2026-02-01", "99429", credential="MD")]))
    got = report.of_kind("code_not_recognized")
    assert where(got) == [("0", 0, None, "problem")]
    assert "99429 should not be reported" in got[0].sources[0].quote
    assert "claim_reprocessing" in report.letters


def test_a_code_the_policy_does_not_list_is_a_hedged_warning():
    (f,) = found(case(visits=[v("2026-02-01", "97802")]), "code_not_recognized")
    assert f.severity == "warning" and "97802" in f.message and "may not" in f.message


@pytest.mark.parametrize(("dx", "flagged"), [((), True), (("Z39.1",), False)])
def test_bcbsnm_diagnosis_required(dx, flagged):
    got = found(case(visits=[v("2026-02-01", dx=dx)]), "diagnosis_missing")
    assert where(got) == ([("0", 0, None, "problem")] if flagged else [])
    if flagged:
        assert "must be included on the claim" in got[0].sources[0].quote


@pytest.mark.parametrize(
    ("setting", "flagged"),
    [("inpatient", True), ("hospital_outpatient", False), ("home", False), ("office", False)],
)
def test_bcbsnm_inpatient_services_not_billed_separately(setting, flagged):
    got = found(
        case(visits=[v("2026-02-01", setting=setting)]), "inpatient_not_separately_billable"
    )
    assert where(got) == ([("0", None, None, "problem")] if flagged else [])


def test_same_session_under_mother_and_under_baby_is_flagged_on_the_second():
    data = case(visits=[v("2026-02-01"), v("2026-02-01", billed_under="baby")])
    got = found(data, "separate_family_claims")
    assert where(got) == [("1", None, None, "problem")]
    assert "same session" in got[0].sources[0].quote


def test_billed_under_both_is_flagged():
    got = found(case(visits=[v("2026-02-01", billed_under="both")]), "separate_family_claims")
    assert where(got) == [("0", None, None, "problem")]


@pytest.mark.parametrize(
    "second",
    [
        {"date": "2026-02-02", "billed_under": "baby"},  # another day
        {"date": "2026-02-01", "billed_under": "baby", "name": "Kim Doe"},  # another provider
        {"date": "2026-02-01", "billed_under": "mother"},  # same member twice: not this rule
    ],
)
def test_other_pairs_of_visits_are_not_separate_family_claims(second):
    data = case(visits=[v("2026-02-01"), v(**{"code": "S9443", **second})])
    assert not found(data, "separate_family_claims")


# --- ACA network and cost sharing ----------------------------------------------------------
PAID_WITH_COST = {"number": "C-1", "status": "paid", "member_cost": 40.0}


def test_in_network_visit_with_a_cost_on_an_aca_plan():
    report = run(case(visits=[v("2026-02-01", claim=PAID_WITH_COST)]))
    (f,) = report.of_kind("cost_sharing_on_preventive")
    assert (f.visit, f.severity) == ("0", "problem") and "$40.00" in f.message
    assert {"aca_appeal", "claim_reprocessing"} <= set(report.letters)


def test_in_network_visit_without_a_cost_is_fine():
    claim = dict(PAID_WITH_COST, member_cost=0)
    assert not found(case(visits=[v("2026-02-01", claim=claim)]), "cost_sharing_on_preventive")


@pytest.mark.parametrize(
    ("available", "gap_severity", "cost_severity"),
    [(False, "action", "problem"), (None, "action", "warning"), (True, "info", None)],
)
def test_out_of_network_by_availability(available, gap_severity, cost_severity):
    data = case(visits=[v("2026-02-01", network="out", claim=PAID_WITH_COST)], available=available)
    report = run(data)
    (gap,) = report.of_kind("out_of_network_gap_exception")
    assert (gap.visit, gap.severity) == ("0", gap_severity)
    cost = report.of_kind("cost_sharing_on_preventive")
    assert [f.severity for f in cost] == ([cost_severity] if cost_severity else [])
    assert ("gap_exception" in report.letters) is (gap_severity == "action")
    if available is None:
        assert "If your plan has no in-network lactation provider" in cost[0].message


def test_grandfathered_plan_gets_no_aca_cost_sharing_finding():
    report = run(case(visits=[v("2026-02-01", claim=PAID_WITH_COST)], grandfathered=True))
    assert not report.of_kind("cost_sharing_on_preventive")
    assert report.aca_preventive_applies is False
    assert report.kinds()[0] == "aca_not_guaranteed"


def test_equipment_with_a_cost_on_an_aca_plan_is_flagged():
    item = eq("2026-02-01", "E0603", "NU", claim={"status": "paid", "member_cost": 50})
    (f,) = found(case(None, equipment=[item]), "cost_sharing_on_preventive")
    assert f.equipment == "0" and "$50.00" in f.message


# --- plan types -----------------------------------------------------------------------------
@pytest.mark.parametrize("plan_type", PLAN_TYPES)
@pytest.mark.parametrize("grandfathered", [False, True, None])
def test_aca_preventive_applies_by_plan_type_and_grandfathered(plan_type, grandfathered):
    report = run(case(None, plan_type=plan_type, grandfathered=grandfathered))
    private = plan_type in PRIVATE_PLAN_TYPES
    expected = private and grandfathered is False
    assert report.aca_preventive_applies is expected
    kinds = report.kinds()
    if expected:
        assert "aca_preventive_applies" in kinds
    elif private or plan_type in ("short_term", "unknown"):
        assert "aca_not_guaranteed" in kinds
    elif plan_type.startswith("medicaid") or plan_type == "chip":
        assert "medicaid_rules_apply" in kinds
    assert "aca_preventive_applies" not in kinds or expected


# --- deadlines ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("plan_type", "grandfathered", "denied", "due"),
    [
        ("employer_fully_insured", False, "2026-03-01", "2026-08-28"),  # 180 days
        ("employer_self_funded", True, "2026-03-01", "2026-08-28"),  # ERISA, grandfathered too
        ("individual_marketplace", False, "2026-03-01", "2026-08-28"),
        ("medicaid_managed_care", None, "2026-03-01", "2026-04-30"),  # 60 days
        ("medicaid_fee_for_service", None, "2026-03-01", "2026-05-30"),  # up to 90 days
        ("fehb", None, "2026-03-01", "2026-09-01"),  # 6 months
        ("fehb", None, "2026-08-31", "2027-02-28"),  # no Feb 31: the earlier day
        ("tricare", None, "2026-03-01", "2026-05-30"),  # 90 days (tricare.mil, Factual Appeals)
        ("chip", None, "2026-03-01", None),
        ("short_term", None, "2026-03-01", None),
    ],
)
def test_appeal_deadline_by_plan_type(plan_type, grandfathered, denied, due):
    claim = {"number": "C-9", "status": "denied", "denial_date": denied}
    data = case(
        None, [v("2026-02-01", claim=claim)], plan_type=plan_type, grandfathered=grandfathered
    )
    report = run(data, today=dt.date(2026, 3, 2))  # the day after the denial
    # fee-for-service Medicaid has no plan appeal: its first step is the State fair hearing
    kind = (
        "state_hearing_deadline" if plan_type == "medicaid_fee_for_service" else "appeal_deadline"
    )
    (f,) = report.of_kind(kind)
    assert f.visit == "0" and f.severity == "action" and f.sources
    assert (f.due.isoformat() if f.due else None) == due
    assert "C-9" in f.message
    medicaid = plan_type.startswith("medicaid") or plan_type == "chip"
    assert ("aca_appeal" in report.letters) is (
        plan_type in PRIVATE_PLAN_TYPES and not grandfathered
    )
    if medicaid:
        assert "aca_appeal" not in report.letters and "plan_appeal" in report.letters


def test_denied_claim_without_a_denial_date_asks_for_the_date():
    report = run(case(visits=[v("2026-02-01", claim={"number": "C-3", "status": "denied"})]))
    (f,) = report.of_kind("appeal_deadline")
    assert f.due is None and "no denial date" in f.message


def test_denied_claim_without_a_number_still_reads_well():
    claim = {"status": "denied", "denial_date": "2026-03-01"}
    (f,) = found(case(visits=[v("2026-02-01", claim=claim)]), "appeal_deadline")
    assert "Claim  " not in f.message and "  " not in f.message
    assert "February 1, 2026" in f.message


def test_paid_claim_has_no_appeal_deadline():
    assert not found(case(visits=[v("2026-02-01", claim=PAID_WITH_COST)]), "appeal_deadline")


# --- regulators -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("plan_type", "state", "kind", "also"),
    [
        ("employer_self_funded", "CA", "federal_ebsa", []),
        ("employer_fully_insured", "NM", "state_insurance_department", []),
        ("individual_marketplace", "CA", "state_insurance_department", ["Insurance"]),
        ("medicaid_managed_care", "CA", "state_medicaid", ["Managed Health Care"]),
        ("fehb", "TX", "opm", []),
        ("tricare", "TX", "tricare", []),
    ],
)
def test_regulator_routes(plan_type, state, kind, also):
    report = run(case(None, plan_type=plan_type, state=state))
    assert report.regulator["kind"] == kind
    names = " ".join(a["name"] for a in report.regulator["also"])
    assert all(word in names for word in also)
    (route,) = report.of_kind("complaint_route")
    assert route.sources


@pytest.mark.parametrize("plan_type", ["fehb", "tricare"])
def test_complaint_route_names_a_way_to_reach_opm_and_tricare(plan_type):
    (route,) = found(case(None, plan_type=plan_type, grandfathered=None), "complaint_route")
    assert "tricare.mil" in route.message or "1900 E Street NW" in route.message


def test_medi_cal_fee_for_service_is_not_sent_to_managed_care_offices():
    report = run(case(None, plan_type="medicaid_fee_for_service", state="CA", grandfathered=None))
    names = " ".join(a["name"] for a in report.regulator["also"])
    assert "Managed Health Care" not in names and "Managed Care" not in names
    assert "State Hearings" in names


# --- Health Net Medi-Cal -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("credential", "participating", "severity"),
    [
        ("IBCLC", False, "problem"),
        ("LEC", False, "problem"),
        ("LEC", None, "warning"),
        ("IBCLC", True, None),
        ("MD", False, None),
    ],
)
def test_healthnet_lec_and_ibclc_cannot_bill_directly(credential, participating, severity):
    data = healthnet([v("2026-02-01", credential=credential, participating=participating)])
    got = found(data, "provider_not_eligible_to_bill")
    assert [f.severity for f in got] == ([severity] if severity else [])
    if got:
        assert (
            got[0].visit == "0" and "bill Medi-Cal for services directly" in got[0].sources[0].quote
        )


@pytest.mark.parametrize(("authorized", "flagged"), [(None, True), (False, True), (True, False)])
def test_healthnet_non_participating_consultant_must_contact_the_plan_first(authorized, flagged):
    visit = v("2026-02-01", network="out", participating=False, prior_authorization=authorized)
    got = found(healthnet([visit]), "prior_authorization_required")
    assert where(got) == ([("0", None, None, "action")] if flagged else [])


@pytest.mark.parametrize(
    ("date", "flagged"), [("2026-03-11", False), ("2026-03-12", True)]
)  # birth 2026-01-10: day 60 and day 61
def test_healthnet_cpsp_up_to_60_days_postpartum(date, flagged):
    data = healthnet([v(date, program="CPSP", participating=True)])
    got = found(data, "postpartum_window_exceeded")
    assert where(got) == ([("0", None, None, "problem")] if flagged else [])
    if flagged:
        assert "61 days" in got[0].message and "60 days" in got[0].message


def test_non_cpsp_visit_after_60_days_is_fine():
    assert not found(healthnet([v("2026-05-01", participating=True)]), "postpartum_window_exceeded")


@pytest.mark.parametrize(("date", "flagged"), [("2026-12-10", False), ("2027-02-11", True)])
def test_healthnet_infant_up_to_age_one(date, flagged):
    got = found(healthnet([v(date, participating=True)]), "infant_age_limit_exceeded")
    assert where(got) == ([("0", None, None, "warning")] if flagged else [])


def test_healthnet_letters_never_include_the_aca_appeal():
    claim = {"number": "H-1", "status": "denied", "denial_date": "2026-03-01", "member_cost": 20}
    report = run(
        healthnet([v("2026-02-01", claim=claim, participating=True)]), today=dt.date(2026, 3, 2)
    )
    assert "aca_appeal" not in report.letters and "plan_appeal" in report.letters
    assert not report.of_kind("cost_sharing_on_preventive")
    assert report.aca_preventive_applies is False


# --- CCAH -----------------------------------------------------------------------------------
@pytest.mark.parametrize(("units", "flagged"), [(2, False), (3, True)])
def test_ccah_z5023_two_units_per_visit(units, flagged):
    got = found(ccah([v("2026-02-01", "Z5023", units, minutes=90)]), "units_per_visit_exceeded")
    assert where(got) == ([("0", 0, None, "problem")] if flagged else [])


def test_ccah_fifth_unit_in_twelve_months_mother_and_baby_together():
    visits = [
        v("2026-02-01", "Z5023", 2),
        v("2026-03-01", "z5023", 2, billed_under="baby"),
        v("2026-04-01", "Z5023", 1),
    ]
    got = found(ccah(visits), "annual_limit_exceeded")
    assert where(got) == [("2", 0, None, "action")]
    assert "5 units" in got[0].message and "4 units" in got[0].message


def test_ccah_three_units_in_one_visit_after_two_is_over_both_limits():
    report = run(ccah([v("2026-02-01", "Z5023", 2), v("2026-03-01", "Z5023", 3, minutes=90)]))
    assert where(report.of_kind("units_per_visit_exceeded")) == [("1", 0, None, "problem")]
    assert where(report.of_kind("annual_limit_exceeded")) == [("1", 0, None, "action")]


@pytest.mark.parametrize(("third", "flagged"), [("2027-01-31", True), ("2027-02-01", False)])
def test_ccah_rolling_twelve_months_edges(third, flagged):
    visits = [v("2026-02-01", "Z5023", 2), v("2026-03-01", "Z5023", 2), v(third, "Z5023", 1)]
    assert bool(found(ccah(visits), "annual_limit_exceeded")) is flagged


def test_ccah_fifth_unit_with_authorization_is_fine():
    visits = [
        v("2026-02-01", "Z5023", 2),
        v("2026-03-01", "Z5023", 2),
        v("2026-04-01", "Z5023", 1, prior_authorization=True),
    ]
    assert not found(ccah(visits), "annual_limit_exceeded")


@pytest.mark.parametrize(
    ("dx", "kind"),
    [
        (("O91.21",), None),
        (("o91.21",), None),
        (("O92.5",), None),
        (("P92.5",), None),
        (("Z39.2",), None),
        (("R63.3",), None),
        (("R63.30",), None),
        (("R63.4",), "diagnosis_not_qualifying"),
        (("Z00.110",), "diagnosis_not_qualifying"),
        ((), "diagnosis_missing"),
    ],
)
def test_ccah_z5023_qualifying_diagnoses(dx, kind):
    report = run(ccah([v("2026-02-01", "Z5023", dx=dx)]))
    got = report.of_kind("diagnosis_not_qualifying") + report.of_kind("diagnosis_missing")
    assert [(f.kind, f.visit, f.line) for f in got] == ([(kind, "0", 0)] if kind else [])


def test_ccah_inpatient_is_in_the_hospital_per_diem():
    got = found(
        ccah([v("2026-02-01", "Z5023", setting="inpatient")]), "inpatient_not_separately_billable"
    )
    assert got and "per-diem" in got[0].sources[0].quote


def test_ccah_same_session_on_mother_and_baby_uses_ccah_words():
    data = ccah([v("2026-02-01", "Z5023"), v("2026-02-01", "Z5023", billed_under="baby")])
    (f,) = found(data, "separate_family_claims")
    assert f.visit == "1"
    assert "either" in f.message and "one patient" not in f.message
    assert "mother/baby unit" in f.sources[0].quote


@pytest.mark.parametrize(
    ("second", "flagged"), [("2028-01-15", True), ("2029-02-01", False)]
)  # three years from 2026-02-01
def test_ccah_one_personal_pump_every_three_years(second, flagged):
    items = [eq("2026-02-01", "E0603", "NU"), eq(second, "e0603-nu")]
    got = found(ccah(equipment=items), "equipment_frequency_limit")
    assert where(got) == ([(None, None, "1", "action")] if flagged else [])


def test_ccah_second_pump_with_authorization_is_fine():
    items = [
        eq("2026-02-01", "E0603", "NU"),
        eq("2027-02-01", "E0603", "NU", prior_authorization=True),
    ]
    assert not found(ccah(equipment=items), "equipment_frequency_limit")


@pytest.mark.parametrize(
    ("days", "authorized", "flagged"),
    [(60, None, False), (61, None, True), (61, False, True), (61, True, False)],
)
def test_ccah_rental_beyond_60_days_needs_authorization(days, authorized, flagged):
    item = eq("2026-02-01", "E0604", "RR", days=days, prior_authorization=authorized)
    got = found(ccah(equipment=[item]), "rental_authorization_required")
    assert where(got) == ([(None, None, "0", "action")] if flagged else [])


@pytest.mark.parametrize(
    ("pump", "supply_date", "flagged"),
    [
        ("E0603", "2026-02-27", True),
        ("E0602", "2026-02-01", True),
        ("E0603", "2026-03-01", False),
        ("E0603", "2027-02-01", False),
        ("E0604", "2026-02-20", False),
    ],
)
def test_ccah_replacement_supplies_not_in_the_month_of_a_pump(pump, supply_date, flagged):
    items = [
        eq("2026-02-01", pump, days=10 if pump == "E0604" else None),
        eq(supply_date, "A4281", "NU", prior_authorization=True),
    ]
    got = found(ccah(equipment=items), "supplies_same_month_as_pump")
    assert where(got) == ([(None, None, "1", "problem")] if flagged else [])


def test_ccah_pump_code_on_a_visit_line_is_a_listed_code():
    line = {"code": "E0603", "units": 1, "diagnoses": ["Z39.1"]}
    assert not found(ccah([v("2026-02-01", lines=[line])]), "code_not_recognized")


def test_ccah_equipment_code_with_modifier_is_listed():
    assert not found(ccah(equipment=[eq("2026-02-01", "E0603-NU")]), "code_not_recognized")


# --- every finding, the JSON shape and the CLI ---------------------------------------------
def _big_case() -> dict:
    return ccah(
        [
            v("2026-02-01", "Z5023", 3, (), minutes=60, setting="home"),
            v("2026-02-01", "Z5023", 2, billed_under="baby", claim={"status": "denied"}),
            v("2027-03-01", "S9443", 2, ("R63.4",), setting="inpatient", program="CPSP"),
        ],
        [eq("2026-02-01", "E0603"), eq("2026-02-10", "A4281"), eq("2027-01-01", "E0603", "RR")],
    )


@pytest.mark.parametrize("data", [_big_case(), case(visits=[v("2026-02-01", "99401", 3)])])
def test_json_shape_and_every_finding_has_a_source(data):
    out = run(data).to_dict()
    assert list(out) == ["format", "aca_preventive_applies", "findings", "regulator", "letters"]
    assert out["format"] == "lactation-findings/1"
    for f in out["findings"]:
        assert {
            "kind",
            "severity",
            "visit",
            "line",
            "message",
            "next_step",
            "due",
            "sources",
        } <= set(f)
        assert f["severity"] in ("info", "warning", "problem", "action")
        assert f["sources"] and all(s["document"] and s["quote"] for s in f["sources"])
        assert f["visit"] is None or isinstance(f["visit"], str)
        assert "{" not in f["message"] and "{" not in f["next_step"]
    for key in ("name", "kind", "state", "complaint_url", "phone", "mail", "also"):
        assert key in out["regulator"]
    json.dumps(out)


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "helper", "check", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_exit_codes(tmp_path):
    good = tmp_path / "case.json"
    good.write_text(json.dumps(case(visits=[v("2026-02-01", units=2)])))
    result = _cli(str(good), "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["findings"]
    bad = tmp_path / "bad.json"
    data = case(visits=[v("2026-02-01", units=0)])
    bad.write_text(json.dumps(data))
    result = _cli(str(bad), "--json")
    assert result.returncode == 2 and "visits[0].lines[0].units" in result.stderr


@pytest.mark.parametrize(("minutes", "flagged"), [(20, False), (1, False), (0, True)])
def test_one_timed_unit_for_a_session_shorter_than_30_minutes(minutes, flagged):
    # CPCP043: 98960-98962 "for rendering services up to 30 minutes"
    data = case(visits=[v("2026-02-01", "98960", 1, minutes=minutes)])
    assert bool(found(data, "units_exceed_time")) is flagged
