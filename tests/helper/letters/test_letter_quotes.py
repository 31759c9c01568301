"""Letters quote the insurer only where its words support the member, about the service at
issue, and show plain code descriptors (notes meant for the member stay in the app)."""

from __future__ import annotations

import copy
import datetime as dt
import re

from helper.knowledge import names
from helper.letters import render_letter
from helper.model import Case
from tests.helper.letters_support import all_policy_quotes

TODAY = dt.date(2026, 9, 20)
FACTS = {"recipient.address": "Appeals\nPO Box 1\nCity, ST 00000", "reprocessing.mode": "corrected"}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_policy_quote_has_a_stance_and_a_service():
    for name in names("policies"):
        for quote in all_policy_quotes(name.split("/")[1]):
            assert quote["stance"] in ("supports", "limits", "condition", "neutral"), quote
            assert quote["service"] in ("visits", "pumps", "supplies"), quote


def _quoted_in(text: str, policy_id: str) -> list[dict]:
    flat = _flat(text)
    return [q for q in all_policy_quotes(policy_id) if _flat(q["quote"]) in flat]


def test_a_pump_letter_quotes_no_limit_on_consultant_visits_nor_an_unmet_condition(
    example_case_dict, home
):
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
    # the Alliance's free-pump line sets a condition ("if either: ... medical issues ...
    # returning to work or school") the case does not show met: not quoted as support
    assert _quoted_in(letter.text, "ccah-breastfeeding") == []
    assert "two hours" not in letter.text
    assert "The plan's own policy supports coverage" not in letter.text


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


def _item_quotes(
    policy_id: str, codes: set[str], service: str, facts: frozenset[str] = frozenset()
) -> list[str]:
    from helper.letters.sources import policy_quotes

    found = policy_quotes(policy_id, set(), codes, {service}, {"not_covered"}, facts)
    return [q["quote"] for q in (found or {}).get("quotes", [])]


def test_the_quote_about_the_claimed_item_is_chosen_and_other_items_stay_out():
    bottles = _item_quotes("aetna-cpb-0421", {"A4285"}, "supplies")
    assert any(q.startswith("Up to 8 replacement polycarbonate bottles") for q in bottles), bottles
    assert not any("storage bags" in q for q in bottles), bottles  # the bags line is another item
    assert not any("comfort and convenience" in q for q in bottles), bottles


def test_without_a_quote_for_the_item_the_lines_of_the_list_are_still_quoted():
    bags = _item_quotes("aetna-cpb-0421", {"A9900"}, "supplies")  # no code known for bags
    assert any("storage bags" in q for q in bags), bags
    assert not any("polycarbonate" in q for q in bags), bags  # the parts line names its codes


def test_a_rental_letter_quotes_the_rental_lines_not_the_manual_pump_purchase():
    congenital = frozenset({"diagnosis:Q35.9"})  # the condition the rental line sets
    rental = _item_quotes("highmark-e-37-017", {"E0604"}, "pumps", congenital)
    assert any("congenital anomalies that interfere with feeding" in q for q in rental), rental
    assert not any("manual breast pump" in q for q in rental), rental
    assert not any("individual consideration" in q for q in rental), rental
    manual = _item_quotes("highmark-e-37-017", {"E0602"}, "pumps", congenital)
    assert any(q.startswith("In lieu of an electric breast pump") for q in manual), manual


def test_an_equipment_line_in_a_letter_shows_its_quantity(home):
    import json
    from pathlib import Path

    path = (
        Path(__file__).parents[2]
        / "fixtures/policy_cases/08_aetna_denied_bottles_within_limit.json"
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    letter = render_letter("aca_appeal", Case.from_dict(data["case"]), "e1", FACTS, today=TODAY)
    assert "8 units" in letter.text


def test_a_condition_the_case_does_not_show_met_is_not_quoted():
    assert _item_quotes("highmark-e-37-017", {"E0604"}, "pumps") == []
    hospital = _item_quotes(
        "highmark-e-37-017", {"E0604"}, "pumps", frozenset({"infant_hospitalized"})
    )
    assert any("newborn is detained in the hospital" in q for q in hospital), hospital
    assert not any("congenital" in q for q in hospital), hospital


def test_the_chosen_quotes_read_as_the_policy_does_a_lead_in_first():
    bottles = _item_quotes("aetna-cpb-0421", {"A4285"}, "supplies")
    assert bottles[0] == "Aetna considers the following breast pump supplies medically necessary:"
