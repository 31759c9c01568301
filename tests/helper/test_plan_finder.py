"""The plan finder's question tree: every path ends in a valid plan type, no Qt."""

from __future__ import annotations

import pytest

from helper.model import PLAN_TYPES
from helper.plan_finder import DONT_KNOW, QUESTIONS, Outcome, PlanFinder, check_tree


def walk(*answers: str) -> Outcome | None:
    finder = PlanFinder()
    for answer in answers:
        finder.answer(answer)
    return finder.outcome


def test_the_tree_is_complete_and_always_allows_i_dont_know():
    assert check_tree() == []
    for question in QUESTIONS.values():
        assert DONT_KNOW in [a.id for a in question.answers]


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        (("medicaid", "health_plan"), Outcome("medicaid_managed_care")),
        (("medicaid", "state_only"), Outcome("medicaid_fee_for_service")),
        (
            ("medicaid", DONT_KNOW),
            Outcome("medicaid_managed_care", note="medicaid_kind_unknown"),
        ),
        (("chip",), Outcome("chip")),
        (("neither", "federal"), Outcome("fehb")),
        (("neither", "military"), Outcome("tricare")),
        (("neither", "marketplace"), Outcome("individual_marketplace")),
        (("neither", "bought_myself", "yes"), Outcome("short_term")),
        (("neither", "bought_myself", "no"), Outcome("individual_off_marketplace")),
        (
            ("neither", "bought_myself", DONT_KNOW),
            Outcome("individual_off_marketplace", note="short_term_unknown"),
        ),
        (
            ("neither", "job", "government", "self_funded"),
            Outcome("employer_self_funded", "government"),
        ),
        (("neither", "job", "private", "insured"), Outcome("employer_fully_insured", "private")),
        (("neither", "job", DONT_KNOW, "insured"), Outcome("employer_fully_insured")),
        (
            ("neither", "job", "government", DONT_KNOW),
            Outcome("unknown", "government", "funding_unknown"),
        ),
        (("neither", "union", "self_funded"), Outcome("employer_self_funded", "private")),
        ((DONT_KNOW, DONT_KNOW), Outcome("unknown", note="source_unknown")),
        ((DONT_KNOW, "state_program", "health_plan"), Outcome("medicaid_managed_care")),
    ],
)
def test_answers_lead_to_a_plan_type(answers, expected):
    assert walk(*answers) == expected
    assert expected.plan_type in PLAN_TYPES


def test_back_and_restart():
    finder = PlanFinder()
    assert finder.question.id == "card"
    assert finder.outcome is None
    assert finder.answer("neither").id == "source"
    assert finder.answer("job").id == "employer"
    finder.back()
    assert finder.question.id == "source"
    finder.back()
    finder.back()  # nothing to forget at the first question
    assert finder.question.id == "card"
    assert isinstance(finder.answer("chip"), Outcome)
    with pytest.raises(ValueError):
        finder.answer("chip")
    finder.restart()
    assert finder.question.id == "card"


def test_an_answer_the_question_lacks_is_refused():
    finder = PlanFinder()
    with pytest.raises(KeyError):
        finder.answer("military")
    assert finder.answers == []
