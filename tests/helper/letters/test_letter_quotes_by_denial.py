"""A letter quotes the insurer's words that answer the denial the parent confirmed
(claim.denial_category), never words that set a condition she has not shown she meets or
that confirm the denial; the scope-of-practice answer is for provider-type denials only.

Written from the outside read (/work/outside_read.md, finding 8 and finding 19): advice
cases 01 (deductible), 25 (Medi-Cal IBCLC billing directly) and 30 (CCAH second pump)."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from helper.coverage import check
from helper.knowledge import load
from helper.letters import LetterNotApplicable, MissingFactsError, render_letter
from helper.model import Case
from tests.helper.letters_support import all_policy_quotes

FIXTURES = Path(__file__).parents[2] / "fixtures"
CASES = sorted((FIXTURES / "advice_cases").glob("*.json")) + sorted(
    (FIXTURES / "policy_cases").glob("*.json")
)
FACTS = {
    "recipient.name": "Appeals Office",
    "recipient.address": "Appeals Office\nPO Box 100\nAnytown, ST 00000",
    "reprocessing.mode": "corrected",
}
# Words of eligibility that is conditional: a quote saying them sets a test to meet.
CONDITIONAL = re.compile(
    r"\bif either\b|\bwhen (any|either|one)\b|\bonly when\b|criteria (is|are) met"
    r"|\bfor babies who have\b|\bmembers who have\b",
    re.IGNORECASE,
)
SUPPORTS_HEADING = "The plan's own policy supports coverage"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _case(stem: str) -> tuple[Case, dt.date]:
    path = next(p for p in CASES if p.stem == stem)
    data = json.loads(path.read_text(encoding="utf-8"))
    return Case.from_dict(data["case"]), dt.date.fromisoformat(data["today"])


def _letter(kind: str, stem: str, visit: str | None = None) -> str:
    case, today = _case(stem)
    return _flat(render_letter(kind, case, visit, dict(FACTS), today=today).text)


def test_a_frequency_denial_does_not_quote_the_conditions_for_a_free_pump(home):
    text = _letter("plan_appeal", "30_ccah_pump_second_within_3_years_and_supplies", "e1")
    assert "eligible for a free breast pump if either" not in text
    assert "returning to work or school" not in text
    assert SUPPORTS_HEADING not in text  # nothing in the Alliance's page supports a 2nd pump
    assert "C-8201" in text


def test_a_medi_cal_direct_billing_denial_quotes_nothing_that_confirms_it(home):
    text = _letter("plan_appeal", "25_medi_cal_healthnet_ibclc_direct", "v1")
    assert "can bill for lactation support services under their Medi-Cal number" not in text
    assert "may contract with a lactation consultant" not in text
    assert SUPPORTS_HEADING not in text
    assert "scope of their" not in text  # a billing rule is not answered by scope of practice
    assert "through a participating provider" in text  # the check's own next step
    assert "C-8001" in text


def test_a_deductible_appeal_quotes_the_preventive_line_not_the_unit_rules(home):
    text = _letter("aca_appeal", "01_nm_fi_cost_sharing_deductible", "v1")
    assert "98960-98962 may be billed" not in text
    assert "multiples" not in text
    assert "scope of their" not in text
    assert "S9443 is recognized by the Plan for preventive services" in text
    assert "147.130" in text and "HRSA" in text  # the ACA argument stays
    assert "no copay, coinsurance or deductible" in text


def test_a_provider_type_denial_quotes_who_may_provide_and_names_the_certification(home):
    text = _letter("aca_appeal", "02_nm_fi_provider_type_ibclc", "v1")
    assert "are non-physician qualified health care professionals" in text
    assert "98960-98962 may be billed" not in text
    assert "within the scope of their certification" in text  # IBCLC is a certification
    assert "scope of their license or certification" not in text


def _letters_of_every_fixture():
    for path in CASES:
        data = json.loads(path.read_text(encoding="utf-8"))
        case = Case.from_dict(data["case"])
        today = dt.date.fromisoformat(data["today"])
        kinds = set(check(case, today=today).letters) | set(data["expect"].get("letters", {}))
        for kind in sorted(kinds):
            visit = data["expect"].get("letters", {}).get(kind, {}).get("visit")
            try:
                letter = render_letter(kind, case, visit, dict(FACTS), today=today)
            except (MissingFactsError, LetterNotApplicable):
                continue
            yield path.stem, kind, case, _flat(letter.text)


def test_every_quote_in_every_suggested_letter_answers_a_confirmed_denial(home):
    """Over all advice and policy fixtures: a quoted passage supports (or its condition is a
    fact of the case) and lists the confirmed category of a claim the letter is about."""
    seen = 0
    for stem, kind, case, text in _letters_of_every_fixture():
        if not case.plan.policy:
            continue
        categories = {
            s.claim.denial_category
            for s in [*case.visits, *case.equipment]
            if s.claim and s.claim.denial_category
        }
        for quote in all_policy_quotes(case.plan.policy):
            if _flat(quote["quote"]) not in text:
                continue
            seen += 1
            assert quote["stance"] in ("supports", "condition"), (stem, kind, quote["quote"])
            assert set(quote.get("answers", [])) & categories, (stem, kind, quote["quote"])
    assert seen >= 5  # the check reads quotes, it is not empty


def test_the_scope_of_practice_answer_is_only_for_provider_type_denials(home):
    for stem, kind, case, text in _letters_of_every_fixture():
        if "provided lactation care within the scope" not in text:
            continue
        categories = {v.claim.denial_category for v in case.visits if v.claim}
        assert "provider_type" in categories, (stem, kind)


@pytest.mark.parametrize("policy_id", ["aetna-cpb-0421", "anthem-cg-dme-35", "bcbsnm-cpcp043",
                                       "ccah-breastfeeding", "healthnet-medi-cal-lactation",
                                       "highmark-e-37-017", "ibx-05-00-76h"])  # fmt: skip
def test_conditional_eligibility_is_not_marked_as_support(policy_id):
    for quote in all_policy_quotes(policy_id):
        if CONDITIONAL.search(quote["quote"]):
            assert quote["stance"] != "supports", quote["quote"]


def test_a_supporting_or_conditional_quote_says_which_denials_it_answers():
    categories = set(load("denial_reasons")["categories"])
    for name in ("aetna-cpb-0421", "anthem-cg-dme-35", "bcbsnm-cpcp043", "ccah-breastfeeding",
                 "healthnet-medi-cal-lactation", "highmark-e-37-017", "ibx-05-00-76h"):  # fmt: skip
        for quote in all_policy_quotes(name):
            if quote["stance"] in ("supports", "condition"):
                assert quote.get("answers"), (name, quote["quote"])
            assert set(quote.get("answers", [])) <= categories, (name, quote["quote"])
