"""Medicaid lactation coverage by state: every fact sourced or listed unknown; the lookup."""

from __future__ import annotations

import datetime as dt

import pytest

from helper.knowledge import load
from helper.medicaid_lactation import medicaid_lactation
from helper.model import STATES

FACTS = (
    "covers_lactation_support",
    "covers_breast_pump",
    "ibclc_can_bill",
    "who_can_provide",
    "session_limits",
    "pump_rules",
)
TERRITORIES = {"PR", "GU", "VI", "AS", "MP"}


def _states():
    return load("medicaid_lactation")["states"]


def test_every_state_and_dc_is_there():
    assert set(_states()) == set(STATES) - TERRITORIES
    assert len(_states()) == 51


@pytest.mark.parametrize("code", sorted(_states()))
def test_each_fact_has_a_quote_or_is_listed_unknown(code):
    entry = _states()[code]
    assert entry["checked"]
    for fact in FACTS:
        quoted = [s for s in entry["sources"] if fact in s["supports"]]
        if entry[fact] is None:
            assert fact in entry["unknown"], fact
            assert not quoted, fact
        else:
            assert fact not in entry["unknown"] and quoted, fact
    for source in entry["sources"]:
        assert source["url"].startswith("http") and source["read_on"]
        text = f"{source['document']} {source['url']}".lower()
        assert not any(bad in text for bad in ("facts.md", "shared/", "seed"))
    if not entry["sources"]:
        assert set(entry["unknown"]) == set(FACTS)
        assert entry["notes"], "an unknown state says what was (not) found"


def test_numbers_in_the_summaries_are_in_the_quotes():
    dc = medicaid_lactation("dc")
    quotes = " ".join(s["quote"] for s in dc.sources_for("session_limits"))
    assert "Up to six (6) visits during the sixty (60) day postpartum period" in quotes
    ok = medicaid_lactation("OK")
    assert "not more than 6 sessions per pregnancy" in " ".join(
        s["quote"] for s in ok.sources_for("session_limits")
    )


def test_a_sourced_state():
    il = medicaid_lactation("IL")
    assert il.known and il.covers_lactation_support and il.ibclc_can_bill
    assert il.program_start == dt.date(2024, 1, 1)
    assert "hfs.illinois.gov" in il.sources_for("ibclc_can_bill")[0]["url"]
    assert "supports" not in il.sources[0]


def test_an_unknown_state_says_so():
    ca = medicaid_lactation("CA")
    assert not ca.known
    assert ca.covers_lactation_support is None and "covers_lactation_support" in ca.unknown
    assert ca.notes


def test_old_pages_are_flagged():
    assert medicaid_lactation("OH").confidence == "old_page"
    assert medicaid_lactation("TX").covers_breast_pump is True


def test_no_state_or_a_territory_gives_none():
    assert medicaid_lactation(None) is None
    assert medicaid_lactation("PR") is None
    assert medicaid_lactation("ZZ") is None
