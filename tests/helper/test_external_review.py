"""External review by jurisdiction: the data's sourcing, and the route for each plan family."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from helper.external_review import (
    KINDS,
    ReviewRoute,
    federal_route,
    jurisdiction_route,
    review_route,
    review_window_due,
)
from helper.knowledge import load
from helper.model import STATES, Plan
from helper.resources import data_dir

CHECKED_FIELDS = ("request_to", "window", "decision_days", "scope", "filing.address_lines")
NUMBER_WORDS = {
    3: ("third", "three"),
    4: ("four",),
    6: ("six",),
    60: ("sixty",),
    120: ("one hundred twenty",),
    180: ("one hundred eighty",),
}
OUTSIDE = ("facts.md", "shared/", "seed", "/work/", "state_help.json")


def _entries():
    data = load("external_review")
    yield from data["jurisdictions"].items()
    for key, entry in data["federal"].items():
        yield f"federal.{key}", entry


def _value(entry, name):
    if name.startswith("filing."):
        return entry["filing"][name.split(".", 1)[1]]
    if name == "window" and "window_rule" in entry:
        return entry["window_rule"]
    return entry.get(name)


def _supported(entry, name):
    return [s for s in entry["sources"] if name in s["supports"]]


def _says(quote: str, number: int) -> bool:
    words = NUMBER_WORDS.get(number, ())
    return str(number) in quote or any(word in quote.lower() for word in words)


def test_every_place_is_there_and_california_is_split():
    places = set(load("external_review")["jurisdictions"])
    expected = (set(STATES) - {"CA"}) | {"CA_DMHC", "CA_CDI"}
    assert places == expected
    assert len(places) == 57


@pytest.mark.parametrize(
    "key,entry", list(_entries()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_each_fact_has_a_quote_or_is_listed_unknown(key, entry):
    assert entry["checked"], key
    if entry["runs_review"] == "federal_hhs" and not key.startswith("federal"):
        assert _supported(entry, "runs_review"), key
        assert entry["confidence"] == "old_page", "the HHS list of places is from 2012"
        return
    if entry["runs_review"] == "unknown":
        assert "runs_review" in entry["unknown"], key
    for name in (*CHECKED_FIELDS, "expedited_hours"):
        value = _value(entry, name)
        listed = any(u.startswith(name) for u in entry["unknown"])
        if name == "expedited_hours" and entry.get("expedited_days"):
            value, name = entry["expedited_days"], "expedited_days"
        assert (value is None) == listed or name == "window" and "window_rule" in entry, (key, name)
        if value is not None and name != "window":
            assert _supported(entry, name), (key, name)


@pytest.mark.parametrize(
    "key,entry", list(_entries()), ids=lambda v: v if isinstance(v, str) else ""
)
def test_every_number_is_in_its_quote(key, entry):
    window = entry.get("window") or {}
    numbers = {
        "window": window.get("days") or window.get("months"),
        "decision_days": entry.get("decision_days"),
        "expedited_hours": entry.get("expedited_hours"),
        "expedited_days": entry.get("expedited_days"),
    }
    for name, number in numbers.items():
        if number is None:
            continue
        quotes = [s["quote"] for s in _supported(entry, name)]
        assert any(_says(q, number) for q in quotes), (key, name, number)


def test_sources_are_primary_texts_read_on_a_date_never_the_team_notes():
    for key, entry in _entries():
        for source in entry["sources"]:
            assert source["read_on"], key
            assert source["quote"].strip(), key
            text = " ".join(
                str(source.get(f) or "") for f in ("document", "section", "url")
            ).lower()
            assert not any(bad in text for bad in OUTSIDE), (key, source["document"])
    raw = (data_dir() / "external_review.json").read_text(encoding="utf-8").lower()
    assert "facts.md" not in raw and "/shared/" not in raw


def _plan(plan_type="employer_fully_insured", **extra) -> Plan:
    return Plan(type=plan_type, **extra)


def test_new_york_is_run_by_dfs_four_months_from_the_final_denial():
    route = review_route(_plan(), "NY")
    assert route.kind == "state" and route.jurisdiction == "NY"
    assert "Financial Services" in route.body
    assert route.request_to == "agency"
    assert (route.window.months, route.window.days) == (4, None)
    assert any("within 4 months" in s["quote"] for s in route.sources)
    assert "decision_days" in route.unknown
    # no rule for a missing day is quoted: the last day of the month, the earlier date
    assert review_window_due(route, dt.date(2026, 10, 31)) == dt.date(2027, 2, 28)


def test_california_dmhc_and_cdi_each_give_six_months_from_their_own_text():
    dmhc = review_route(_plan(regulator="DMHC"), "CA")
    cdi = review_route(_plan("individual_marketplace", regulator="Department of Insurance"), "CA")
    assert (dmhc.kind, dmhc.jurisdiction, dmhc.window.months) == ("dmhc", "CA_DMHC", 6)
    assert (cdi.kind, cdi.jurisdiction, cdi.window.months) == ("cdi", "CA_CDI", 6)
    assert any("within 6 months" in s["quote"] for s in dmhc.sources)
    assert any("within 6 months" in s["quote"] for s in cdi.sources)
    assert dmhc.decision_days == 30 and dmhc.address_lines[-1] == "Sacramento, CA 95814-2725"
    assert dmhc.alternative is None and cdi.alternative is None
    assert cdi.expedited_days == 3 and "expedited_hours" not in cdi.unknown
    assert review_window_due(cdi, dt.date(2026, 1, 15)) == dt.date(2026, 7, 15)


def test_california_without_a_hint_names_dmhc_with_cdi_as_the_alternative():
    route = review_route(_plan(), "CA")
    assert route.kind == "dmhc"
    assert route.alternative.kind == "cdi"


def test_a_place_listed_for_the_hhs_process_gets_it_with_the_old_list_flagged():
    route = review_route(_plan("individual_off_marketplace"), "AL")
    assert route.kind == "federal_hhs" and route.jurisdiction == "AL"
    assert (route.decision_days, route.expedited_hours) == (45, 72)
    assert route.confidence == "old_page" and "older page" in route.check_note
    assert any("2012" in u for u in route.unknown)
    # 45 CFR 147.136(d)(2)(i): no February 30, so March 1
    assert review_window_due(route, dt.date(2026, 10, 30)) == dt.date(2027, 3, 1)


def test_a_state_whose_process_is_unknown_says_so_and_offers_the_federal_one():
    route = review_route(_plan(), "WY")
    assert route.kind == "state" and route.window is None
    assert "runs_review" in route.unknown
    assert route.alternative.kind == "federal_hhs"
    assert review_window_due(route, dt.date(2026, 1, 1)) is None


def test_private_self_funded_plans_go_to_the_labor_process_as_its_text_says():
    """29 CFR 2590.715-2719(d)(2)(i): file with the plan within four months; no matching
    day -> the first day of the fifth month (its own example: October 30 -> March 1)."""
    route = review_route(_plan("employer_self_funded"), "NY")
    assert route.kind == "federal_labor"
    assert route.request_to == "plan"
    assert route.window.months == 4 and route.window.no_matching_day == "first_day_of_next_month"
    assert any(s.get("section") == "(d)(2)(i)" for s in route.sources)
    assert route.decision_days is None  # not read: no number invented
    assert {"decision_days", "expedited_hours"} <= set(route.unknown)
    assert "ecfr.gov" in route.check_at
    assert review_window_due(route, dt.date(2026, 10, 30)) == dt.date(2027, 3, 1)
    assert review_window_due(route, dt.date(2026, 1, 15)) == dt.date(2026, 5, 15)


@pytest.mark.parametrize("plan_type", ["employer_self_funded", "employer_fully_insured"])
def test_non_federal_government_plans(plan_type):
    route = review_route(_plan(plan_type, sponsor="government"), "NY")
    if plan_type == "employer_self_funded":
        assert route.kind == "federal_hhs"
        assert route.window.no_matching_day == "first_day_of_next_month"
        assert any("147.136" in s["document"] for s in route.sources)
    else:  # an insured government plan: the insurer is under the state's process
        assert route.kind == "state" and route.jurisdiction == "NY"


@pytest.mark.parametrize(
    "plan_type", ["fehb", "medicaid_managed_care", "medicaid_fee_for_service", "chip", "tricare"]
)
def test_programmes_with_their_own_next_step_give_none(plan_type):
    assert review_route(_plan(plan_type), "NY") is None


def test_grandfathered_short_term_and_unknown_plans_give_none():
    assert review_route(_plan(grandfathered=True), "NY") is None
    assert review_route(_plan("short_term"), "NY") is None
    assert review_route(_plan("unknown"), "NY") is None


def test_no_state_names_where_to_look():
    route = review_route(_plan(), None)
    assert route.jurisdiction is None and "state" in route.unknown
    assert route.alternative.kind == "federal_hhs"


def test_every_jurisdiction_builds_a_route():
    for key in load("external_review")["jurisdictions"]:
        route = jurisdiction_route(key)
        assert isinstance(route, ReviewRoute) and route.kind in KINDS
        assert route.check_at.startswith("http")
    assert jurisdiction_route("ZZ") is None
    with pytest.raises(ValueError):
        federal_route("state")


def test_the_data_is_read_on_first_use_not_at_import():
    code = (
        "import helper.external_review, helper.knowledge as k;print(k.load.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "0"
