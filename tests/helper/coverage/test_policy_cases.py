"""Insurer-policy cases written from the insurers' own texts by a reviewer who had not read
the code (tests/fixtures/policy_cases/README.md): for each visit or pump, whether the check
flags it under that insurer's policy, and what an appeal quotes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from helper.coverage import check
from helper.letters import MissingFactsError, render_letter
from helper.model import Case

CASES = sorted((Path(__file__).parents[2] / "fixtures" / "policy_cases").glob("*.json"))
FLAGGED = ("problem", "action", "warning")
ADDRESS = {"recipient.address": "Appeals Office\nPO Box 100\nAnytown, ST 00000"}
# Where the app cannot yet do what the reviewer expects, and why (strict: a fix shows up).
KNOWN_GAPS = {
    "02_aetna_bags_over_limit": "Aetna's code table was not readable: which billed code is "
    "storage bags is unknown, so the 4-boxes-a-month limit cannot be counted",
    "03_aetna_bags_two_orders_same_month": "same as 02: Aetna's codes for storage bags",
    "05_aetna_parts_9_bottles_in_year": "Aetna's codes for replacement parts are unknown",
    "15_highmark_congenital_rental_past_month": "the case records no congenital condition "
    "(only a free-text note): Highmark's first-month rule is kept as text",
    "19_ibx_hospital_grade_no_approval": "the reviewer's authorization rule comes from a 2013 "
    "IBX provider notice, not policy 05.00.76h: not in the app's data",
}
KNOWN_LETTER_GAPS: dict[str, str] = {}


def _known(request, gaps: dict) -> None:
    case_id = request.node.callspec.id
    if case_id in gaps:
        request.applymarker(pytest.mark.xfail(reason=gaps[case_id], strict=True))


@pytest.fixture(params=CASES, ids=lambda p: p.stem)
def policy_case(request):
    data = json.loads(request.param.read_text(encoding="utf-8"))
    return data, Case.from_dict(data["case"]), dt.date.fromisoformat(data["today"])


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def test_there_is_a_case_for_every_insurer_file():
    insurers = {json.loads(p.read_text())["case"]["plan"]["policy"] for p in CASES}
    assert len(CASES) >= 16 and len(insurers) >= 4


def test_the_check_flags_what_the_policy_limits_and_nothing_it_allows(policy_case, request):
    _known(request, KNOWN_GAPS)
    data, case, today = policy_case
    report = check(case, today=today)
    for key, flagged in data["expect"]["flags"].items():
        about = [
            f for f in report.findings if f.severity in FLAGGED and key in (f.visit, f.equipment)
        ]
        assert bool(about) is flagged, (key, [(f.kind, f.message[:80]) for f in about])


def test_an_appeal_quotes_only_what_supports_the_claim(policy_case, request):
    _known(request, KNOWN_LETTER_GAPS)
    data, case, today = policy_case
    for kind, want in data["expect"].get("letters", {}).items():
        try:
            letter = render_letter(kind, case, want.get("visit"), ADDRESS, today=today)
        except MissingFactsError as error:
            pytest.fail(f"{kind}: {[f.key for f in error.missing]}")
        text = _flat(letter.text)
        for phrase in want.get("must_contain", []):
            assert _flat(phrase) in text, (kind, phrase)
        for phrase in want.get("must_not_contain", []):
            assert _flat(phrase) not in text, (kind, phrase)
