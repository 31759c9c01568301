"""Deadline wording (outside read, finding 13): a parent who sends on the due date is on
time, so every next step says "by" (es: "a más tardar"), never "before" the date; on the
last day the finding says so; the plan's decision time counted from the day the appeal was
sent is the earliest that time can end (29 CFR 2560.503-1(i)(2)(ii) counts from receipt).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helper.coverage import check
from helper.coverage.report import long_date
from helper.model import Case

CASES = sorted((Path(__file__).parents[2] / "fixtures" / "advice_cases").glob("*.json"))


def _case(path: Path) -> tuple[Case, dt.date]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Case.from_dict(data["case"]), dt.date.fromisoformat(data["today"])


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_no_next_step_says_before_the_due_date(path, lang):
    case, today = _case(path)
    for finding in check(case, lang=lang, today=today).findings:
        if finding.due is None:
            continue
        date = long_date(finding.due, lang)
        said = f"{finding.message} {finding.next_step}"
        assert f"before {date}" not in said, said
        assert f"antes del {date}" not in said, said


def test_last_day_is_today():
    path = next(p for p in CASES if p.stem.startswith("55_"))
    case, today = _case(path)
    (finding,) = check(case, today=today).of_kind("appeal_deadline")
    assert finding.due == today
    assert "Today is the last day: send it today and keep proof of the date you sent it." in (
        finding.message
    )
    (es,) = check(case, lang="es", today=today).of_kind("appeal_deadline")
    assert "Hoy es el último día" in es.message


def test_pending_pre_service_appeal_decision_date_is_not_called_the_latest():
    path = next(p for p in CASES if p.stem.startswith("38_"))
    case, today = _case(path)
    (finding,) = check(case, today=today).of_kind("appeal_decision_due")
    assert "at the latest" not in finding.message
    assert "30 days from when the plan received it" in finding.message
    assert "about December 18, 2026" in finding.message
    (es,) = check(case, lang="es", today=today).of_kind("appeal_decision_due")
    assert "a más tardar" not in es.message


def test_claim_x_last_day_says_what_to_ask_for():
    for path in CASES:
        case, today = _case(path)
        for finding in check(case, today=today).findings:
            assert "to ask about claim" not in finding.message


def test_a_partly_paid_claim_is_not_called_denied():
    path = next(p for p in CASES if p.stem.startswith("01_"))
    case, today = _case(path)
    assert case.visits[0].claim.status == "partially_paid"
    (finding,) = check(case, today=today).of_kind("appeal_deadline")
    assert "was partly paid on" in finding.message and "was denied" not in finding.message
    (es,) = check(case, lang="es", today=today).of_kind("appeal_deadline")
    assert "fue pagado solo en parte el" in es.message
