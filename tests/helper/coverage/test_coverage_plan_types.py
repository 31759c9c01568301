"""Plan-type routing, the ACA network and cost-sharing rules, the report shape and letters."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tests.helper.coverage_support import case, equip, of_kind, run, visit

ACA_TYPES = [
    "employer_fully_insured",
    "employer_self_funded",
    "individual_marketplace",
    "individual_off_marketplace",
]


@pytest.mark.parametrize("plan_type", ACA_TYPES)
@pytest.mark.parametrize(
    ("grandfathered", "applies"), [(False, True), (True, False), (None, False)]
)
def test_private_plans(plan_type, grandfathered, applies):
    report = run(case(None, plan_type=plan_type, grandfathered=grandfathered))
    assert report.aca_preventive_applies is applies
    assert bool(of_kind(report, "aca_preventive_applies")) is applies
    assert bool(of_kind(report, "aca_not_guaranteed")) is not applies


@pytest.mark.parametrize("plan_type", ["short_term", "unknown"])
def test_short_term_and_unknown_are_not_guaranteed_and_say_what_to_check(plan_type):
    report = run(case(None, plan_type=plan_type, grandfathered=None))
    (finding,) = of_kind(report, "aca_not_guaranteed")
    assert report.aca_preventive_applies is False
    assert finding.next_step and finding.severity == "warning"


def test_grandfathered_unknown_tells_how_to_check():
    (finding,) = of_kind(run(case(None, grandfathered=None)), "aca_not_guaranteed")
    assert "grandfathered" in finding.next_step.lower()
    assert any("147.140" in s.document for s in finding.sources)


@pytest.mark.parametrize("plan_type", ["medicaid_managed_care", "medicaid_fee_for_service", "chip"])
def test_medicaid_and_chip_never_get_aca_cost_sharing_findings(plan_type):
    v = visit("2026-02-01", "S9443", network="out", claim={"status": "paid", "member_cost": 50.0})
    report = run(case(None, [v], plan_type=plan_type, state="CA", in_network_available=False))
    assert of_kind(report, "medicaid_rules_apply")
    assert not of_kind(report, "cost_sharing_on_preventive")
    assert not of_kind(report, "out_of_network_gap_exception")
    assert not of_kind(report, "aca_preventive_applies")
    assert report.regulator["kind"] == "state_medicaid"


def test_fehb_and_tricare_have_their_own_processes():
    fehb = run(case(None, plan_type="fehb"))
    assert of_kind(fehb, "fehb_rules_apply") and fehb.regulator["kind"] == "opm"
    tricare = run(case(None, plan_type="tricare"))
    assert of_kind(tricare, "tricare_rules_apply") and tricare.regulator["kind"] == "tricare"
    assert not fehb.aca_preventive_applies and not tricare.aca_preventive_applies


def test_tricare_no_cost_share_and_six_sessions_per_birth():
    paid = {"status": "paid", "member_cost": 20.0}
    visits = [
        visit(f"2026-02-{day:02d}", "S9443", claim=paid if day == 1 else None)
        for day in range(1, 8)
    ]
    report = run(case(None, visits, plan_type="tricare"))
    assert [f.visit for f in of_kind(report, "cost_sharing_on_preventive")] == ["v1"]
    assert [f.visit for f in of_kind(report, "tricare_session_limit")] == ["v7"]


@pytest.mark.parametrize(
    ("plan_type", "kind"),
    [
        ("employer_fully_insured", "state_insurance_department"),
        ("individual_marketplace", "state_insurance_department"),
        ("employer_self_funded", "federal_ebsa"),
        ("medicaid_managed_care", "state_medicaid"),
        ("fehb", "opm"),
        ("tricare", "tricare"),
    ],
)
def test_regulator_and_complaint_route(plan_type, kind):
    report = run(case(None, plan_type=plan_type, state="NM"))
    assert report.regulator["kind"] == kind
    (route,) = of_kind(report, "complaint_route")
    assert route.sources and route.message
    assert report.findings[-1].kind == "complaint_route"


@pytest.mark.parametrize("policy", [None, "some-insurer-we-do-not-have"])
def test_plan_without_a_policy_still_gets_federal_findings(policy):
    v = visit(
        "2026-02-01",
        "S9443",
        network="in",
        claim={
            "status": "denied",
            "denial_date": "2026-03-01",
            "member_cost": 100.0,
            "denial_category": "cost_sharing",  # as the member confirmed it
        },
    )
    report = run(case(policy, [v], plan_type="employer_fully_insured"))
    kinds = report.kinds()
    for kind in (
        "aca_preventive_applies",
        "policy_not_in_app",
        "cost_sharing_on_preventive",
        "appeal_deadline",
        "complaint_route",
    ):
        assert kind in kinds
    (note,) = of_kind(report, "policy_not_in_app")
    assert "documents_request" in note.next_step


# --- network and cost sharing (ACA plans) ----------------------------------------------


@pytest.mark.parametrize(
    ("network", "available", "severity"),
    [
        ("out", False, "action"),
        ("out", None, "action"),
        ("out", True, "info"),
        ("in", False, None),
        ("unknown", False, None),
    ],
)
def test_gap_exception(network, available, severity):
    report = run(
        case(None, [visit("2026-02-01", "S9443", network=network)], in_network_available=available)
    )
    found = of_kind(report, "out_of_network_gap_exception")
    assert [f.severity for f in found] == ([severity] if severity else [])
    if found:
        assert any("Part XII" in s.document for s in found[0].sources)


def test_gap_exception_is_a_warning_when_aca_status_is_unknown_and_absent_when_grandfathered():
    v = visit("2026-02-01", "S9443", network="out")
    (found,) = of_kind(
        run(case(None, [v], grandfathered=None, in_network_available=False)),
        "out_of_network_gap_exception",
    )
    assert found.severity == "warning"
    assert not of_kind(
        run(case(None, [v], grandfathered=True, in_network_available=False)),
        "out_of_network_gap_exception",
    )


@pytest.mark.parametrize(
    ("network", "available", "cost", "severity"),
    [
        ("in", None, 25.0, "problem"),
        ("in", None, 0.0, None),
        ("in", None, None, None),
        ("out", False, 180.0, "problem"),
        ("out", True, 180.0, None),
        ("out", None, 180.0, "warning"),  # may be owed back: ask for the in-network list
        ("unknown", None, 30.0, "warning"),
    ],
)
def test_cost_sharing_on_preventive(network, available, cost, severity):
    claim = {"status": "paid", "member_cost": cost}
    report = run(
        case(
            None,
            [visit("2026-02-01", "S9443", network=network, claim=claim)],
            in_network_available=available,
        )
    )
    found = of_kind(report, "cost_sharing_on_preventive")
    assert [f.severity for f in found] == ([severity] if severity else [])


def test_cost_sharing_on_a_pump_and_none_when_grandfathered():
    pump = equip("2026-02-01", "E0603", "NU", claim={"status": "paid", "member_cost": 60.0})
    (found,) = of_kind(run(case(None, [], [pump])), "cost_sharing_on_preventive")
    assert found.equipment == "e1" and "$60.00" in found.message
    assert not of_kind(
        run(case(None, [], [pump], grandfathered=True)), "cost_sharing_on_preventive"
    )


# --- report shape, letters, language ---------------------------------------------------


def test_report_dict_has_the_contract_shape():
    v = visit(
        "2026-02-01",
        "S9443",
        network="out",
        claim={"status": "denied", "denial_date": "2026-03-01", "member_cost": 180.0},
    )
    data = run(case("bcbsnm-cpcp043", [v], in_network_available=False)).to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["format"] == "lactation-findings/1"
    assert set(data) == {"format", "aca_preventive_applies", "findings", "regulator", "letters"}
    for finding in data["findings"]:
        assert {
            "kind",
            "severity",
            "visit",
            "line",
            "message",
            "next_step",
            "due",
            "sources",
        } <= set(finding)
        assert finding["severity"] in ("info", "warning", "problem", "action")
        assert finding["sources"] and all(
            {"document", "section", "quote"}
            <= set(s)
            <= {"document", "section", "quote", "wording", "url", "read_on"}
            for s in finding["sources"]
        )
    assert {"aca_appeal", "gap_exception", "regulator_complaint", "documents_request"} <= set(
        data["letters"]
    )


def test_letters_for_medicaid_denial_are_plan_appeals():
    v = visit("2026-02-01", claim={"status": "denied", "denial_date": "2026-03-01"})
    letters = run(case("ccah-breastfeeding", [v]), today=dt.date(2026, 3, 2)).letters
    assert "plan_appeal" in letters and "aca_appeal" not in letters


def test_no_appeal_is_offered_once_its_window_has_closed():
    v = visit("2026-02-01", claim={"status": "denied", "denial_date": "2026-03-01"})
    letters = run(case("ccah-breastfeeding", [v]), today=dt.date(2026, 5, 1)).letters
    assert "plan_appeal" not in letters and "regulator_complaint" in letters


def test_no_problems_no_letters():
    assert (
        run(
            case(
                "bcbsnm-cpcp043",
                [visit("2026-02-01", "S9443", claim={"status": "paid", "member_cost": 0})],
            )
        ).letters
        == []
    )


def test_external_review_letter_after_final_denial():
    claim = {"status": "denied", "denial_date": "2026-03-01", "final_denial_date": "2026-05-01"}
    assert (
        "external_review_request"
        in run(case(None, [visit("2026-02-01", "S9443", claim=claim)])).letters
    )


def test_unknown_language_falls_back_to_english():
    english = run(case(None, [visit("2026-02-01", "S9443", network="out")]))
    other = run(case(None, [visit("2026-02-01", "S9443", network="out")]), lang="fr")
    assert [f.message for f in other.findings] == [f.message for f in english.findings]


def test_text_output_names_sources_and_due_dates():
    v = visit("2026-02-01", "S9443", claim={"status": "denied", "denial_date": "2026-09-10"})
    text = run(case(None, [v])).to_text()
    assert "Due: March 9, 2027 (2027-03-09)" in text
    assert "29 CFR 2560.503-1, (h)(3)(i);" in text
    # each source is quoted once, at the end, however many findings cite it
    quote = "at least 180 days following receipt"
    assert text.count(quote) == 1 and text.index(quote) > text.index("\nSources:\n")
