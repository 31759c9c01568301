"""How a letter describes a visit: one after the letter's date is scheduled (a pre-service
claim), never described as billed; the same visit once it has happened is."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from helper.letters import render_letter
from helper.model import Case

CASE = next((Path(__file__).parents[2] / "fixtures" / "advice_cases").glob("38_*.json"))
ADDRESS = {"recipient.address": "Appeals Office\nPO Box 100\nAnytown, ST 00000"}


def gap_exception(today: dt.date):
    case = Case.from_dict(json.loads(CASE.read_text(encoding="utf-8"))["case"])
    return render_letter("gap_exception", case, "v1", ADDRESS, today=today)


def test_a_scheduled_visit_is_asked_for_in_advance():
    letter = gap_exception(dt.date(2026, 11, 30))  # the visit is on December 15, 2026
    for text in (letter.text, letter.html):
        assert "scheduled for December 15, 2026" in text
        assert "Code billed" not in text
        assert "superbill" not in text
    assert "Pre-service claim C-4106: denied" in letter.text


def test_a_visit_that_happened_is_described_as_billed():
    letter = gap_exception(dt.date(2026, 12, 20))
    assert "Code billed: S9443" in letter.text
    assert "process claim C-4106" in letter.text
    assert "scheduled" not in letter.text
