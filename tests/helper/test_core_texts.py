"""The core's own words (`data/texts.json`, read with `helper.i18n.text`): every text has
Spanish with the same placeholders, and nothing the core shows a Spanish user over the
fixture cases is left in English."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from helper import call_prep, checklist, next_actions, policy_info, summary
from helper.coverage import check
from helper.i18n import english_texts, overlay, text
from helper.knowledge import load
from helper.letters import LetterError, missing_facts
from helper.letters.errors import BadFactError, LetterNotApplicable
from helper.letters.extra import apply_case_facts
from helper.letters.fact_errors import fact_error_lines
from helper.letters.kinds import letter_kinds
from helper.letters.reading_copy import reading_copy_es
from helper.letters.refusals import not_applicable_text
from helper.model import Case
from helper.problems import Problem

FIXTURES = Path(__file__).parents[1] / "fixtures"
CASES = sorted((FIXTURES / "advice_cases").glob("*.json")) + sorted(
    (FIXTURES / "policy_cases").glob("*.json")
)
CATALOGUES = sorted(k for k in load("texts") if k != "about")
PLACEHOLDER = re.compile(r"(?<!\{)\{([a-z_]+)\}(?!\})")
# Facts typed wrong, one for each way extra.py and the model refuse a value.
BAD_FACTS = {
    "plan.grandfathered": "tal vez",
    "member.state": "ZZ",
    "plan.type": "otro",
    "visits[v1].lines": "!!",
    "visits[v1].claim.denial_date": "1800-01-01",
    "visits[v1].claim.final_denial_date": "2027-02-30",
    "visits[v1].claim.member_cost": "mucho",
    "visits[v9].claim.number": "C-1",
    "equipment[e9].claim.number": "C-1",
    "plan.nickname": "x",
}


def _placeholders(words: str) -> set[str]:
    return set(PLACEHOLDER.findall(words))


@pytest.mark.parametrize("catalogue", CATALOGUES)
def test_every_core_text_has_spanish_with_the_same_placeholders(catalogue):
    english = english_texts(catalogue)
    spanish = overlay("texts", "es").get(catalogue, {})
    assert set(spanish) == set(english), "ids differ: " + ", ".join(
        sorted(set(spanish) ^ set(english))
    )
    for msg_id, words in english.items():
        assert spanish[msg_id].strip(), f"{catalogue}.{msg_id} has no Spanish"
        assert _placeholders(spanish[msg_id]) == _placeholders(words), f"{catalogue}.{msg_id}"


def test_text_fills_placeholders_and_falls_back_to_english():
    assert text("dates", "days_left.many", "es", days=3) == "quedan 3 días"
    assert text("dates", "days_left.many", "fr", days=3) == "3 days left"
    assert text("dates", "days_left.many", "es-MX", days=3) == "quedan 3 días"
    with pytest.raises(KeyError):
        text("dates", "no_such_text", "es")


def _fragments(english: str, spanish: str | None) -> list[str]:
    """The English text's literal pieces long enough to be recognised and not also in its
    Spanish (a code or a name kept as is is not a missing translation)."""
    pieces = re.split(r"\{[a-z_]+\}", english.replace("{{", "{").replace("}}", "}"))
    return [
        p.strip()
        for p in pieces
        if len(p.strip()) >= 12 and (spanish is None or p.strip() not in spanish)
    ]


def _known_english() -> list[tuple[str, str]]:
    """(where, English fragment) for every core text and knowledge text with Spanish."""
    known = []
    es = overlay("texts", "es")
    for catalogue in CATALOGUES:
        for msg_id, words in english_texts(catalogue).items():
            spanish = es.get(catalogue, {}).get(msg_id)
            known += [(f"texts {catalogue}.{msg_id}", f) for f in _fragments(words, spanish)]
    for kind, by_lang in load("finding_texts").items():
        if "es" in by_lang:
            for field in ("message", "next_step"):
                spanish = by_lang["es"][field]
                known += [(f"finding {kind}", f) for f in _fragments(by_lang["en"][field], spanish)]
    for step in load("checklist")["steps"]:
        known += [(f"step {step['id']}", f) for f in _fragments(step["title"], None)]
    for question in load("call_script")["questions"]:
        known += [(f"question {question['id']}", f) for f in _fragments(question["text"], None)]
    return known


KNOWN_ENGLISH = _known_english()


def _spanish_output(path: Path) -> list[str]:
    """Everything the core shows a Spanish user about the fixture case at `path`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    case = Case.from_dict(data["case"])
    today = dt.date.fromisoformat(data.get("today", "2026-11-30"))
    report = check(case, lang="es", today=today)
    shown = [f"{f.message} {f.next_step}" for f in report.findings]
    page = summary.summary_html(case, report, today, lang="es")
    shown.append(html.unescape(re.sub(r"<[^>]+>", " ", page.split("</style>", 1)[1])))
    actions = next_actions.next_actions(case, report, today)
    shown += [d.line("es") for d in actions.deadlines]
    shown += list(call_prep.departments("es"))
    shown += [q.text for q in call_prep.questions("es")]
    shown += [c.text for c in call_prep.codes_to_give(case, "es") if c.origin == "guide"]
    for step in checklist.steps_for(case, "es"):
        shown += [step.title, step.why, step.say]
    if case.plan.policy:
        shown.append(policy_info.date_words(load(f"policies/{case.plan.policy}"), "es"))
    for kind in letter_kinds():
        try:
            shown.append(reading_copy_es(kind.id, case, today=today))
        except LetterNotApplicable as refusal:
            shown.append(not_applicable_text(refusal, "es"))
        except LetterError:
            pass  # facts missing: asked in Spanish by missing_facts (test_i18n_data)
    return shown


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_nothing_shown_to_a_spanish_user_is_left_in_english(path):
    shown = "\n".join(_spanish_output(path))
    left = sorted({(where, f) for where, f in KNOWN_ENGLISH if f in shown})
    assert not left, f"English in the Spanish output: {left}"


def _fact_problems(example_case: Case) -> list[str]:
    problems: list[str] = []
    for key, value in BAD_FACTS.items():
        try:
            apply_case_facts(example_case, {key: value})
        except BadFactError as error:
            problems += error.errors
    for extra in ({"reprocessing.mode": "ambos"}, {"reprocessing.corrected_codes": "!!"}):
        try:
            missing_facts("claim_reprocessing", example_case, None, extra, "es")
        except BadFactError as error:
            problems += error.errors
        except LetterError:
            pass
    return problems


def test_every_fact_typed_wrong_is_explained_in_spanish(example_case_dict):
    problems = _fact_problems(Case.from_dict(example_case_dict))
    assert len(problems) >= len(BAD_FACTS)
    assert all(isinstance(p, Problem) for p in problems), problems
    english = english_texts("problems")
    for problem, line in zip(problems, fact_error_lines(problems, {}, "es"), strict=True):
        assert line == f"{problem.key}: {problem.reason('es')}"
        assert problem.reason("es") != problem.reason("en"), line
        assert problem.code in english
        assert str(problem) == f"{problem.key}: {problem.reason()}"  # the CLI's English


@pytest.mark.parametrize("lang", ["en", "es"])
def test_dollars_are_written_as_cldr_writes_them(lang):
    """helper.i18n.amount skips Babel for plain dollar patterns: it must agree with it."""
    from babel.numbers import format_currency

    from helper.i18n import amount

    for value in (0, 0.5, 7, 180, 1234.5, 1_000_000, -42.25):
        assert amount(value, lang) == format_currency(value, "USD", locale=f"{lang}_US")
