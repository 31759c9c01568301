"""BCBSNM CPCP043: each rule, with a case that triggers it and one just on the other side."""

from __future__ import annotations

import pytest

from tests.helper.coverage_support import case, equip, of_kind, run, visit

P = "bcbsnm-cpcp043"


def test_99429_is_a_code_not_to_report_and_98960_is_fine():
    report = run(
        case(
            P,
            [
                visit("2026-02-01", "99429", credential="MD"),
                visit("2026-02-02", "98960", minutes=30),
            ],
        )
    )
    found = of_kind(report, "code_not_recognized")
    assert [(f.visit, f.line, f.severity) for f in found] == [("v1", 0, "problem")]
    assert "99429" in found[0].sources[0].quote


def test_a_code_the_policy_does_not_name_is_flagged_as_a_warning():
    report = run(case(P, [visit("2026-02-01", "99213", credential="MD")]))
    (found,) = of_kind(report, "code_not_recognized")
    assert found.severity == "warning" and "99213" in found.message


@pytest.mark.parametrize(
    ("credential", "flagged"),
    [("IBCLC", True), ("CLC", True), ("RN", True), ("NP", True), ("MD", False), ("DO", False)],
)
def test_physician_codes_billed_by_a_non_physician(credential, flagged):
    report = run(case(P, [visit("2026-02-01", "99401", credential=credential)]))
    found = of_kind(report, "code_not_allowed_for_provider")
    assert bool(found) is flagged
    if flagged:
        assert found[0].sources[0].section == "Physicians"


def test_unknown_credential_is_not_guessed_at():
    report = run(case(P, [visit("2026-02-01", "G0513", credential=None)]))
    assert not of_kind(report, "code_not_allowed_for_provider")


@pytest.mark.parametrize(("units", "flagged"), [(1, False), (2, True), (3, True)])
def test_s9443_is_per_session(units, flagged):
    report = run(case(P, [visit("2026-02-01", "S9443", units=units, minutes=90)]))
    found = of_kind(report, "untimed_code_extra_units")
    assert bool(found) is flagged
    assert not of_kind(report, "units_exceed_time")  # S9443 is not timed


@pytest.mark.parametrize(
    ("minutes", "units", "severity"),
    [
        (60, 2, None),  # the policy's own example: 2 units for 1 hour
        (30, 1, None),
        (90, 3, None),
        (60, 3, "problem"),  # clear excess: 3 units need more than 60 minutes
        (29, 2, "problem"),
        (61, 3, "warning"),  # third unit covers 1 minute: may not be paid
        (45, 2, "warning"),
        (0, 1, "problem"),
    ],
)
def test_timed_units_against_minutes(minutes, units, severity):
    report = run(case(P, [visit("2026-02-01", "98961", units=units, minutes=minutes)]))
    found = of_kind(report, "units_exceed_time")
    assert [f.severity for f in found] == ([severity] if severity else [])


def test_units_are_added_over_the_lines_of_a_visit():
    lines = [
        {"code": "98960", "units": 1, "diagnoses": ["Z39.1"]},
        {"code": "98960", "units": 2, "diagnoses": ["Z39.1"]},
    ]
    assert of_kind(
        run(case(P, [visit("2026-02-01", lines=lines, minutes=60)])), "units_exceed_time"
    )
    assert not of_kind(
        run(case(P, [visit("2026-02-01", lines=lines, minutes=90)])), "units_exceed_time"
    )


def test_no_minutes_no_time_check():
    assert not of_kind(run(case(P, [visit("2026-02-01", "98960", units=4)])), "units_exceed_time")


def test_diagnosis_required_on_every_line():
    report = run(case(P, [visit("2026-02-01", "S9443", diagnoses=())]))
    (found,) = of_kind(report, "diagnosis_missing")
    assert (found.visit, found.line, found.severity) == ("v1", 0, "problem")
    assert not of_kind(
        run(case(P, [visit("2026-02-01", "S9443", diagnoses=["Z39.1"])])), "diagnosis_missing"
    )


def test_bcbsnm_names_no_qualifying_categories():
    report = run(case(P, [visit("2026-02-01", "S9443", diagnoses=["R10.9"])]))
    assert not of_kind(report, "diagnosis_not_qualifying")


def test_one_claim_per_session_billed_under_both():
    assert of_kind(
        run(case(P, [visit("2026-02-01", "S9443", billed_under="both")])), "separate_family_claims"
    )
    assert not of_kind(
        run(case(P, [visit("2026-02-01", "S9443", billed_under="mother")])),
        "separate_family_claims",
    )


def test_same_session_billed_on_mother_and_baby():
    visits = [
        visit("2026-02-01", "S9443", billed_under="mother"),
        visit("2026-02-01", "S9443", billed_under="baby"),
    ]
    (found,) = of_kind(run(case(P, visits)), "separate_family_claims")
    assert found.visit == "v2" and "v1" in found.message


def test_mother_and_baby_on_different_days_or_with_different_providers_are_separate_sessions():
    other_day = [visit("2026-02-01", "S9443"), visit("2026-02-02", "S9443", billed_under="baby")]
    assert not of_kind(run(case(P, other_day)), "separate_family_claims")
    other_provider = [
        visit("2026-02-01", "S9443"),
        visit("2026-02-01", "S9443", billed_under="baby", provider="Someone Else"),
    ]
    assert not of_kind(run(case(P, other_provider)), "separate_family_claims")


def test_twins_billed_separately_for_one_session():
    visits = [
        visit("2026-02-01", "98960", billed_under="baby"),
        visit("2026-02-01", "98960", billed_under="baby"),
    ]
    (found,) = of_kind(run(case(P, visits, multiples=2)), "separate_family_claims")
    assert "multiples" in found.message
    assert any("multiples" in s.quote for s in found.sources)
    assert not of_kind(run(case(P, visits, multiples=1)), "separate_family_claims")


@pytest.mark.parametrize(
    ("setting", "flagged"), [("inpatient", True), ("hospital_outpatient", False), ("home", False)]
)
def test_inpatient_services_are_not_billed_separately(setting, flagged):
    report = run(case(P, [visit("2026-02-01", "S9443", setting=setting)]))
    assert bool(of_kind(report, "inpatient_not_separately_billable")) is flagged


def test_out_of_network_independent_consultant_cites_the_policy_too():
    report = run(case(P, [visit("2026-02-01", "S9443", network="out")], in_network_available=False))
    (found,) = of_kind(report, "out_of_network_gap_exception")
    assert found.severity == "action"
    documents = [s.document for s in found.sources]
    assert any("CPCP043" in d for d in documents) and any("147.130" in d for d in documents)


def test_pumps_are_not_this_coding_policy_s_business():
    report = run(case(P, [], [equip("2026-02-01", "E0603", "NU")]))
    assert not of_kind(report, "code_not_recognized")
    assert not of_kind(report, "diagnosis_missing")


def test_s9443_on_two_lines_of_one_session_is_two_units():
    lines = [{"code": "S9443", "units": 1, "diagnoses": ["Z39.1"]}] * 2
    (found,) = of_kind(run(case(P, [visit("2026-02-01", lines=lines)])), "untimed_code_extra_units")
    assert (found.visit, found.line) == ("v1", 1)
    assert not of_kind(
        run(case(P, [visit("2026-02-01", lines=lines[:1])])), "untimed_code_extra_units"
    )


def test_check_also_takes_case_json(example_case_dict):
    from helper.coverage import check

    assert check(example_case_dict).aca_preventive_applies is True
