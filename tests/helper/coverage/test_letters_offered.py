"""The letters the check offers are letters the letter command writes: over every advice and
policy fixture, each kind in the report's "Letters that fit" renders (given where it goes and
what it asks for) or at most asks for a fact of the parent's situation; it is never refused
as not applicable (helper.coverage.letters and helper.letters.refusals share one decision)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helper.coverage import check
from helper.letters import LetterNotApplicable, MissingFactsError, render_letter
from helper.model import Case

FIXTURES = Path(__file__).parents[2] / "fixtures"
CASES = sorted(FIXTURES.glob("advice_cases/*.json")) + sorted(FIXTURES.glob("policy_cases/*.json"))
# The facts the letter form asks of everyone: where the letter goes and what it asks for.
ADDRESSING = {
    "recipient.name": "Appeals Office",
    "recipient.address": "Appeals Office\nPO Box 100\nAnytown, ST 00000",
    "reprocessing.mode": "corrected",
}


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_letter_offered_can_be_written(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    case = Case.from_dict(data["case"])
    today = dt.date.fromisoformat(data["today"])
    report = check(case, today=today)
    for kind in report.letters:
        try:
            render_letter(kind, case, None, dict(ADDRESSING), today=today)
        except MissingFactsError:
            pass  # it asks for a fact the case does not give: it still fits
        except LetterNotApplicable as refused:
            pytest.fail(f"{kind} is offered but refused: {refused}")


def test_the_findings_letter_line_drops_a_refused_appeal():
    """Window passed (the outside read's finding 14): no finding names the ACA appeal."""
    data = json.loads(next(FIXTURES.glob("advice_cases/36_*.json")).read_text(encoding="utf-8"))
    report = check(Case.from_dict(data["case"]), today=dt.date.fromisoformat(data["today"]))
    assert "aca_appeal" not in report.letters
    assert "Appeal a denied or charged visit" not in report.to_text()
