"""The medicaid_state_coverage finding: the state's Medicaid text on lactation, or how to ask."""

from __future__ import annotations

import pytest

from tests.helper.coverage_support import case, of_kind, run


def _found(state, plan_type="medicaid_managed_care", lang="en"):
    return of_kind(
        run(case(None, plan_type=plan_type, state=state), lang=lang), "medicaid_state_coverage"
    )


def test_a_state_with_a_text_quotes_it():
    (finding,) = _found("IL")
    assert finding.severity == "info"
    assert finding.message.startswith("Illinois's Medicaid program covers lactation support")
    assert any("hfs.illinois.gov" in (s.url or "") for s in finding.sources)
    assert all(s.quote and s.read_on for s in finding.sources)


def test_an_older_text_says_to_check_it_still_applies():
    (finding,) = _found("OK", plan_type="medicaid_fee_for_service")
    assert "older state text" in finding.message
    assert "still applies" in finding.next_step


def test_a_state_with_only_a_pump_rule_says_visits_are_unknown():
    (finding,) = _found("TX")
    assert (
        "covers breast pumps" in finding.message
        and "no state text on lactation visits" in finding.message
    )
    assert "member services" in finding.next_step


def test_an_unknown_state_says_unknown_and_how_to_ask():
    (finding,) = _found("CA")
    assert finding.message.startswith("Unknown:") and "California" in finding.message
    assert "member card" in finding.next_step and "in writing" in finding.next_step
    assert finding.sources  # the rule is the state's own: State Medicaid law


def test_spanish():
    (finding,) = _found("CA", lang="es")
    assert finding.message.startswith("Desconocido:")


@pytest.mark.parametrize("plan_type", ["chip", "employer_fully_insured", "fehb"])
def test_only_medicaid_plans_get_it(plan_type):
    assert _found("IL", plan_type=plan_type) == []


def test_no_state_or_a_territory_gives_nothing():
    assert _found("PR") == []
