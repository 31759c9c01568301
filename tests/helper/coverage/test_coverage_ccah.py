"""Central California Alliance for Health: each rule, with a case on each side of it."""

from __future__ import annotations

import pytest

from tests.helper.coverage_support import case, equip, of_kind, run, visit

P = "ccah-breastfeeding"


@pytest.mark.parametrize(("units", "flagged"), [(1, False), (2, False), (3, True)])
def test_z5023_units_per_visit(units, flagged):
    report = run(case(P, [visit("2026-02-01", "Z5023", units=units)]))
    found = of_kind(report, "units_per_visit_exceeded")
    assert bool(found) is flagged
    if flagged:
        assert "two (2) 30-minute units per visit" in found[0].sources[0].quote


def _limit_case(fifth: str, **extra):
    return case(
        P,
        [
            visit("2026-03-01", units=2),
            visit("2026-04-01", units=2, billed_under="baby"),
            visit(fifth, units=1, **extra),
        ],
    )


@pytest.mark.parametrize(
    ("fifth", "flagged"),
    [
        ("2027-02-28", True),  # 364 days after the first visit
        ("2027-03-02", False),  # 366 days later: the first visit has left the window
        ("2027-03-01", False),  # exactly 12 months later starts a new period
        ("2026-12-31", True),  # across the calendar year: still the same 12 months
    ],
)
def test_z5023_four_units_per_rolling_12_months_shared_by_mother_and_baby(fifth, flagged):
    found = of_kind(run(_limit_case(fifth)), "annual_limit_exceeded")
    assert bool(found) is flagged
    if flagged:
        assert found[0].visit == "v3" and found[0].severity == "action"
        assert any("mother/baby unit" in s.quote for s in found[0].sources)


def test_rolling_limit_with_authorization_is_not_flagged():
    assert not of_kind(
        run(_limit_case("2027-02-28", prior_authorization=True)), "annual_limit_exceeded"
    )


def test_rolling_limit_counts_only_the_limited_code():
    visits = [
        visit("2026-03-01", units=2),
        visit("2026-03-02", units=2),
        visit("2026-03-03", "G0300"),
    ]
    assert not of_kind(run(case(P, visits)), "annual_limit_exceeded")


def test_rolling_limit_across_a_leap_day():
    # 2028-02-29 is within 12 months of 2027-03-01; 2028-03-01 is not.
    def limit(last):
        return case(P, [visit("2027-03-01", units=2), visit("2027-06-01", units=2), visit(last)])

    assert of_kind(run(limit("2028-02-29")), "annual_limit_exceeded")
    assert not of_kind(run(limit("2028-03-01")), "annual_limit_exceeded")


@pytest.mark.parametrize(
    ("second", "flagged"), [("2026-12-31", True), ("2027-01-10", False), ("2027-01-11", False)]
)
def test_z5021_once_per_12_months(second, flagged):
    visits = [visit("2026-01-10", "Z5021", setting="home"), visit(second, "Z5021", setting="home")]
    found = of_kind(run(case(P, visits)), "annual_limit_exceeded")
    assert bool(found) is flagged


@pytest.mark.parametrize(
    ("diagnoses", "flagged"),
    [
        (["O91.21"], False),  # O91 covers O91.21
        (["O92.5"], False),
        (["P92.5"], False),
        (["Z39.2"], False),  # Z39 covers Z39.2
        (["R63.3"], False),
        (["r6330"], False),  # case- and dot-insensitive, R63.3 covers R63.30
        (["Z00.129"], True),
        (["R63.4"], True),
        (["Z00.129", "P92.6"], False),  # one qualifying diagnosis is enough
    ],
)
def test_z5023_qualifying_diagnosis_categories(diagnoses, flagged):
    report = run(case(P, [visit("2026-02-01", diagnoses=diagnoses)]))
    assert bool(of_kind(report, "diagnosis_not_qualifying")) is flagged


def test_z5023_without_diagnosis():
    (found,) = of_kind(run(case(P, [visit("2026-02-01", diagnoses=())])), "diagnosis_missing")
    assert "O91" in found.message and found.severity == "problem"


@pytest.mark.parametrize(
    ("diagnoses", "flagged"), [(["Z39.1"], False), (["Z39.2"], True), (["O91.21"], True)]
)
def test_z5021_needs_z39_1(diagnoses, flagged):
    report = run(case(P, [visit("2026-02-01", "Z5021", diagnoses=diagnoses, setting="home")]))
    assert bool(of_kind(report, "diagnosis_not_qualifying")) is flagged


@pytest.mark.parametrize(
    ("minutes", "travel", "units", "variant"),
    [
        (60, 30, 2, None),
        (30, 40, 2, "travel"),  # the second unit is travel time
        (30, 0, 2, "home"),
        (40, 20, 2, "partial_home"),
    ],
)
def test_home_visit_bills_education_time_only(minutes, travel, units, variant):
    v = visit("2026-02-01", units=units, minutes=minutes, setting="home", travel_minutes=travel)
    found = of_kind(run(case(P, [v])), "units_exceed_time")
    if variant is None:
        assert not found
        return
    (finding,) = found
    assert any("Travel time" in s.quote for s in finding.sources)
    assert ("travel" in finding.message.lower()) or variant == "partial_home"
    assert finding.severity == ("warning" if variant.startswith("partial") else "problem")


@pytest.mark.parametrize(
    ("credential", "flagged"), [("IBCLC", False), ("CLC", True), ("LEC", True)]
)
def test_z5023_is_the_ibclc_benefit(credential, flagged):
    report = run(case(P, [visit("2026-02-01", credential=credential)]))
    found = of_kind(report, "code_not_allowed_for_provider")
    assert bool(found) is flagged
    if flagged:
        assert found[0].severity == "warning"


def test_ibclc_needs_no_medi_cal_number_at_the_alliance():
    report = run(case(P, [visit("2026-02-01", participating=False)]))
    assert not of_kind(report, "provider_not_eligible_to_bill")


def test_inpatient_lactation_is_in_the_hospital_per_diem():
    assert of_kind(
        run(case(P, [visit("2026-01-11", setting="inpatient")])),
        "inpatient_not_separately_billable",
    )


def test_billed_under_both_mother_and_baby():
    assert of_kind(
        run(case(P, [visit("2026-02-01", billed_under="both")])), "separate_family_claims"
    )


def test_codes_outside_the_benefit_table():
    report = run(case(P, [visit("2026-02-01", "S9443")], [equip("2026-02-01", "E0601", "NU")]))
    assert sorted(f.severity for f in of_kind(report, "code_not_recognized")) == [
        "warning",
        "warning",
    ]


@pytest.mark.parametrize(("authorized", "flagged"), [(None, True), (False, True), (True, False)])
def test_g0300_tar(authorized, flagged):
    v = visit(
        "2026-01-12", "G0300", setting="home", credential="RN", prior_authorization=authorized
    )
    found = of_kind(run(case(P, [v])), "prior_authorization_required")
    assert bool(found) is flagged


# --- equipment -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("second", "flagged"),
    [("2028-12-01", True), ("2029-01-01", False), ("2029-02-01", False), ("2026-02-01", True)],
)
def test_one_personal_pump_every_three_years(second, flagged):
    # first pump 2026-01-01; 2028-12-01 is 2 years 11 months later, 2029-02-01 is 3 years 1 month
    report = run(case(P, [], [equip("2026-01-01", "E0603", "NU"), equip(second, "E0603", "NU")]))
    found = of_kind(report, "equipment_frequency_limit")
    assert bool(found) is flagged
    if flagged:
        assert found[0].equipment == "e2" and "2029" in found[0].next_step


def test_second_pump_with_authorization_is_fine():
    pumps = [
        equip("2026-01-01", "E0603", "NU"),
        equip("2027-01-01", "E0603", "NU", prior_authorization=True),
    ]
    assert not of_kind(run(case(P, [], pumps)), "equipment_frequency_limit")


@pytest.mark.parametrize(
    ("days", "authorized", "flagged"),
    [(45, None, False), (60, None, False), (61, None, True), (75, False, True), (75, True, False)],
)
def test_rental_beyond_60_days_needs_authorization(days, authorized, flagged):
    item = equip("2026-01-12", "E0604", "RR", rental_days=days, prior_authorization=authorized)
    assert bool(of_kind(run(case(P, [], [item])), "rental_authorization_required")) is flagged


@pytest.mark.parametrize(
    ("pump", "supply", "flagged"),
    [
        ("2026-03-02", "2026-03-31", True),
        ("2026-03-31", "2026-04-01", False),
        ("2026-12-20", "2027-12-05", False),
        ("2026-12-20", "2026-12-31", True),
    ],
)
def test_replacement_supplies_not_in_the_pump_s_month(pump, supply, flagged):
    items = [equip(pump, "E0603", "NU"), equip(supply, "A4281", "NU", prior_authorization=True)]
    assert bool(of_kind(run(case(P, [], items)), "supplies_same_month_as_pump")) is flagged


def test_kit_month_counts_too():
    items = [
        equip("2026-03-02", "E0602", "NU"),
        equip("2026-03-20", "A4284", "NU", prior_authorization=True),
    ]
    (found,) = of_kind(run(case(P, [], items)), "supplies_same_month_as_pump")
    assert "E0602" in found.message


@pytest.mark.parametrize(("authorized", "flagged"), [(None, True), (True, False)])
def test_replacement_supplies_need_a_tar(authorized, flagged):
    items = [equip("2026-05-02", "A4283", "NU", prior_authorization=authorized)]
    assert bool(of_kind(run(case(P, [], items)), "prior_authorization_required")) is flagged


@pytest.mark.parametrize(
    ("code", "modifier", "flagged"),
    [
        ("E0603", "NU", False),
        ("E0603", "RR", True),
        ("E0604", "RR", False),
        ("E0604", "NU", True),
        ("E0603", None, False),
    ],
)
def test_equipment_modifiers(code, modifier, flagged):
    assert (
        bool(
            of_kind(
                run(case(P, [], [equip("2026-02-01", code, modifier)])), "modifier_not_expected"
            )
        )
        is flagged
    )


@pytest.mark.parametrize(
    ("diagnoses", "kind"),
    [([], "diagnosis_missing"), (["O91.21"], "diagnosis_not_qualifying"), (["Z39.1"], None)],
)
def test_equipment_needs_z39_1(diagnoses, kind):
    report = run(case(P, [], [equip("2026-02-01", "E0603", "NU", diagnoses=diagnoses)]))
    found = [
        f for f in report.findings if f.kind in ("diagnosis_missing", "diagnosis_not_qualifying")
    ]
    assert [f.kind for f in found] == ([kind] if kind else [])


def test_pump_eligibility_note_and_no_aca_cost_sharing_for_medi_cal():
    item = equip("2026-02-01", "E0603", "NU", claim={"status": "paid", "member_cost": 40.0})
    report = run(
        case(P, [visit("2026-02-01", claim={"status": "paid", "member_cost": 10.0})], [item])
    )
    assert of_kind(report, "policy_condition")
    assert of_kind(report, "medicaid_rules_apply")
    assert not of_kind(report, "cost_sharing_on_preventive")
    assert report.aca_preventive_applies is False
