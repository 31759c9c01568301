"""Advice cases written from the primary sources by a reviewer who had not read the code.

Each file in tests/fixtures/advice_cases/ is a case with the findings, due dates, regulator,
letters offered and letter phrases an advocate expects (see the folder's README.md for the
sources and how each date was counted). The check and the letters run for real here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from helper.coverage import check
from helper.letters import LetterNotApplicable, MissingFactsError, render_letter
from helper.model import Case
from helper.next_actions import letters_in

CASES = sorted((Path(__file__).parents[1] / "fixtures" / "advice_cases").glob("*.json"))
# What a parent chooses when the letter asks where it goes and what it asks for: not facts
# about her claim or her plan.
ADDRESSING = {
    "recipient.name": "Appeals Office",
    "recipient.address": "Appeals Office\nPO Box 100\nAnytown, ST 00000",
    "reprocessing.mode": "corrected",
}


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(params=CASES, ids=lambda p: p.stem)
def advice(request):
    data = _load(request.param)
    return data, Case.from_dict(data["case"]), dt.date.fromisoformat(data["today"])


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).casefold()


def test_there_are_enough_cases():
    assert len(CASES) >= 30


def test_findings_due_dates_and_regulator(advice):
    data, case, today = advice
    expect = data["expect"]
    report = check(case, today=today)
    kinds = set(report.kinds())
    assert report.to_dict()["aca_preventive_applies"] == expect["aca_preventive_applies"]
    assert set(expect["findings_present"]) <= kinds, set(expect["findings_present"]) - kinds
    assert not set(expect["findings_absent"]) & kinds, set(expect["findings_absent"]) & kinds
    for kind, due in expect.get("due", {}).items():
        dues = {f.due.isoformat() for f in report.of_kind(kind) if f.due}
        assert due in dues, (kind, due, dues)
    for kind in expect.get("not_passed", []):
        for finding in report.of_kind(kind):
            assert "has passed" not in finding.message, finding.message
            assert finding.due is None or finding.due >= today, (kind, finding.due)
    for kind, phrases in expect.get("messages_contain", {}).items():
        said = " ".join(_flat(f"{f.message} {f.next_step}") for f in report.of_kind(kind))
        for phrase in phrases:
            assert _flat(phrase) in said, (kind, phrase, said)
    for kind, phrases in expect.get("messages_not_contain", {}).items():
        said = " ".join(_flat(f"{f.message} {f.next_step}") for f in report.of_kind(kind))
        for phrase in phrases:
            assert _flat(phrase) not in said, (kind, phrase, said)
    if expect.get("regulator_kind"):
        assert report.regulator["kind"] == expect["regulator_kind"]
    cited = " ".join(
        f"{s.document} {s.section} {s.quote}" for f in report.findings for s in f.sources
    )
    for citation in expect.get("sources_must_cite", []):
        assert citation in cited, citation
    for citation in expect.get("sources_must_not_cite", []):
        assert citation not in cited, citation
    for kind, letter in expect.get("finding_letters", {}).items():
        named = {k for f in report.of_kind(kind) for k in letters_in(f.next_step)}
        assert letter in named, (kind, letter, named)
    shown = _flat(report.to_text())
    for phrase in expect.get("check_text_must_contain", []):
        assert _flat(phrase) in shown, phrase
    for phrase in expect.get("check_text_must_not_contain", []):
        assert _flat(phrase) not in shown, phrase


def test_letters_offered(advice):
    data, case, today = advice
    expect = data["expect"]
    offered = set(check(case, today=today).letters)
    assert set(expect.get("letters_offered", [])) <= offered, offered
    assert not set(expect.get("letters_not_offered", [])) & offered, offered


def _letter(kind: str, case: Case, visit: str | None, today: dt.date):
    """The letter with only the addressing filled in; MissingFactsError when it needs a fact
    about the parent's situation that the case does not give."""
    try:
        return render_letter(kind, case, visit, today=today)
    except MissingFactsError as error:
        asked = {fact.key for fact in error.missing}
        if not asked <= set(ADDRESSING):
            raise
        return render_letter(kind, case, visit, dict(ADDRESSING), today=today)


def test_letters_say_what_an_advocate_expects(advice):
    data, case, today = advice
    for kind, want in data["expect"].get("letters", {}).items():
        visit = want.get("visit")
        if want.get("refused"):
            with pytest.raises(LetterNotApplicable) as refused:
                _letter(kind, case, visit, today)
            message = _flat(str(refused.value))
            mentions = [m for m in want.get("refusal_mentions", []) if _flat(m) in message]
            assert mentions or not want.get("refusal_mentions"), (kind, str(refused.value))
            wrong = [m for m in want.get("refusal_must_not_mention", []) if _flat(m) in message]
            assert not wrong, (kind, wrong, str(refused.value))
            continue
        try:
            letter = _letter(kind, case, visit, today)
        except MissingFactsError as error:
            # the letter waits for a fact only the parent can give: it states nothing false
            assert want.get("needs_fact") in {f.key for f in error.missing}, (kind, error.missing)
            continue
        text = _flat(letter.text)
        head = _flat(f"{letter.recipient.name} {letter.recipient.address or ''}")
        for words in want.get("to_contains", []):
            assert _flat(words) in head or _flat(words) in text, (kind, words, head)
        for phrase in want.get("must_contain", []):
            assert _flat(phrase) in text, (kind, phrase)
        for phrase in want.get("must_not_contain", []):
            assert _flat(phrase) not in text, (kind, phrase)
