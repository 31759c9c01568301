"""Health Net Medi-Cal lactation policy: each rule, with a case on each side of it."""

from __future__ import annotations

import pytest

from tests.helper.coverage_support import case, of_kind, run, visit

P = "healthnet-medi-cal-lactation"


@pytest.mark.parametrize(
    ("credential", "participating", "severity"),
    [
        ("IBCLC", False, "problem"),
        ("LEC", False, "problem"),
        ("IBCLC", None, "warning"),
        ("IBCLC", True, None),  # billed through a participating Medi-Cal provider
        ("RN", False, "problem"),
        ("MA", False, "problem"),
        ("RN", None, None),
        ("NP", True, None),
        ("MD", False, None),
    ],
)
def test_who_may_bill_medi_cal(credential, participating, severity):
    v = visit(
        "2026-02-01",
        "99212",
        credential=credential,
        participating=participating,
        prior_authorization=True,
    )
    found = of_kind(run(case(P, [v])), "provider_not_eligible_to_bill")
    assert [f.severity for f in found] == ([severity] if severity else [])
    if severity:
        assert any("Medi-Cal" in s.quote for s in found[0].sources)


@pytest.mark.parametrize(
    ("participating", "network", "authorized", "flagged"),
    [
        (False, "in", None, True),
        (False, "in", False, True),
        (None, "out", None, True),
        (False, "in", True, False),  # contacted Health Net first
        (True, "in", None, False),
        (None, "unknown", None, False),
    ],
)
def test_non_participating_consultant_must_contact_health_net_first(
    participating, network, authorized, flagged
):
    v = visit(
        "2026-02-01",
        "99212",
        participating=participating,
        network=network,
        prior_authorization=authorized,
    )
    found = of_kind(run(case(P, [v])), "prior_authorization_required")
    assert bool(found) is flagged
    if flagged:
        assert "prior to rendering service" in found[0].sources[0].quote


@pytest.mark.parametrize(
    ("date", "flagged"),
    [("2026-03-10", False), ("2026-03-11", False), ("2026-03-12", True), ("2026-05-01", True)],
)
def test_cpsp_only_up_to_60_days_postpartum(date, flagged):
    # birth 2026-01-10: March 10 is day 59, March 11 day 60, March 12 day 61
    v = visit(date, "Z6500", program="CPSP", credential="MD")
    found = of_kind(run(case(P, [v])), "postpartum_window_exceeded")
    assert bool(found) is flagged
    if flagged:
        assert found[0].severity == "problem" and "ICD-10 or CPT" in found[0].next_step


def test_cpsp_window_is_only_for_cpsp_and_program_names_ignore_case():
    assert not of_kind(
        run(case(P, [visit("2026-05-01", "99212", credential="MD")])), "postpartum_window_exceeded"
    )
    v = visit("2026-05-01", "Z6500", program="cpsp", credential="MD")
    assert of_kind(run(case(P, [v])), "postpartum_window_exceeded")


def test_cpsp_window_across_a_year_end():
    v = visit("2027-01-31", "Z6500", program="CPSP", credential="MD")
    assert of_kind(run(case(P, [v], birth="2026-12-01")), "postpartum_window_exceeded")
    v = visit("2027-01-30", "Z6500", program="CPSP", credential="MD")
    assert not of_kind(run(case(P, [v], birth="2026-12-01")), "postpartum_window_exceeded")


@pytest.mark.parametrize(
    ("date", "flagged"),
    [("2026-12-10", False), ("2027-01-10", False), ("2027-01-11", True), ("2027-02-10", True)],
)
def test_referral_for_infants_up_to_age_one(date, flagged):
    # born 2026-01-10: 11 months, first birthday, a day after it, 13 months
    v = visit(date, "99212", credential="MD")
    found = of_kind(run(case(P, [v])), "infant_age_limit_exceeded")
    assert bool(found) is flagged


def test_no_birth_date_no_window_checks():
    v = visit("2030-01-01", "Z6500", program="CPSP", credential="MD")
    report = run(case(P, [v], birth=None))
    assert not of_kind(report, "postpartum_window_exceeded")
    assert not of_kind(report, "infant_age_limit_exceeded")


def test_health_net_lists_no_codes_so_none_is_unrecognised():
    report = run(
        case(
            P,
            [
                visit("2026-02-01", "S9443", credential="MD"),
                visit("2026-02-02", "99429", credential="MD"),
            ],
        )
    )
    assert not of_kind(report, "code_not_recognized")


def test_medical_necessity_and_medicaid_notes():
    report = run(case(P, [visit("2026-02-01", "99212", credential="MD")]))
    (note,) = of_kind(report, "policy_condition")
    assert "medically necessary" in note.sources[0].quote
    assert of_kind(report, "medicaid_rules_apply")
    assert report.regulator["kind"] == "state_medicaid"
