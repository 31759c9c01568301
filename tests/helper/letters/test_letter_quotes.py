"""Letters quote the insurer only where its words support the member, about the service at
issue, and show plain code descriptors (notes meant for the member stay in the app)."""

from __future__ import annotations

import copy
import datetime as dt
import re

from helper.knowledge import load, names
from helper.letters import render_letter
from helper.model import Case

TODAY = dt.date(2026, 9, 20)
FACTS = {"recipient.address": "Appeals\nPO Box 1\nCity, ST 00000", "reprocessing.mode": "corrected"}


def _quotes(policy_id: str) -> list[dict]:
    found: list[dict] = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("quote"), str):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load(f"policies/{policy_id}"))
    return found


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_policy_quote_has_a_stance_and_a_service():
    for name in names("policies"):
        for quote in _quotes(name.split("/")[1]):
            assert quote["stance"] in ("supports", "limits", "neutral"), quote
            assert quote["service"] in ("visits", "pumps", "supplies"), quote


def _quoted_in(text: str, policy_id: str) -> list[dict]:
    flat = _flat(text)
    return [q for q in _quotes(policy_id) if _flat(q["quote"]) in flat]


def test_a_pump_letter_quotes_no_limit_on_consultant_visits(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    data["member"]["state"] = "CA"
    data["plan"].update(type="medicaid_managed_care", policy="ccah-breastfeeding", insurer="CCAH")
    data["visits"] = []
    data["equipment"] = [
        {"id": "e1", "date": "2026-08-02", "code": "E0603", "modifier": "NU",
         "claim": {"number": "P-1", "status": "denied", "denial_date": "2026-09-01",
                   "denial_category": "not_covered"}},
    ]  # fmt: skip
    letter = render_letter("plan_appeal", Case.from_dict(data), "e1", FACTS, today=TODAY)
    quoted = _quoted_in(letter.text, "ccah-breastfeeding")
    assert quoted, "the Alliance's own words on free pumps support this claim"
    assert all(q["stance"] == "supports" and q["service"] == "pumps" for q in quoted), quoted
    assert "two hours" not in letter.text


def test_a_physician_code_letter_does_not_quote_that_ibclcs_are_non_physicians(
    example_case_dict, home
):
    data = copy.deepcopy(example_case_dict)
    data["visits"][0]["lines"] = [{"code": "99403", "units": 1, "diagnoses": ["Z39.1"]}]
    data["visits"][0]["claim"]["denial_category"] = "coding_error"
    letter = render_letter("claim_reprocessing", Case.from_dict(data), "v1", FACTS, today=TODAY)
    for quote in _quoted_in(letter.text, "bcbsnm-cpcp043"):
        assert quote["stance"] == "supports", quote
    assert "are not eligible for reimbursement" not in letter.text


def test_code_lines_in_letters_carry_plain_descriptors_only(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    data["visits"][0]["lines"] = [
        {"code": "S9443", "units": 2, "diagnoses": ["Z39.1"]},
        {"code": "99429", "units": 1, "diagnoses": ["Z39.1"]},
    ]
    letter = render_letter("aca_appeal", Case.from_dict(data), "v1", FACTS, today=TODAY)
    text = _flat(letter.text)
    assert "Lactation classes, non-physician provider, per session" in text
    assert "not a timed code" not in text.lower()
    assert "says not to report" not in text
