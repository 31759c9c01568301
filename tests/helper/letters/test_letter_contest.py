"""Which claims a complaint, a reprocessing letter and an external review request are about
(the second outside read: status row 5 / N13, and N3).

A regulator complaint or a "corrected codes" reprocessing letter has nothing to contest for
a claim paid in full, pending or not billed: it leaves such claims out, and refuses with the
next step when none is left. A "reverse" reprocessing letter (care never received) may be
about a paid or pending claim. Without a visit chosen, an external review request is about
the claims at their final decision whose review window is open.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helper.coverage import check
from helper.letters import LetterNotApplicable, render_letter
from helper.letters.refusals import not_applicable_text
from helper.model import Case

ADVICE = Path(__file__).parents[2] / "fixtures" / "advice_cases"
TODAY = dt.date(2026, 11, 30)
ADDRESS = {"recipient.address": "Appeals Office\nPO Box 100\nAnytown, ST 00000"}
CORRECTED = {"reprocessing.mode": "corrected"}
REVERSE = {"reprocessing.mode": "reverse"}


def advice_case(number: str) -> dict:
    return json.loads(next(ADVICE.glob(f"{number}_*.json")).read_text(encoding="utf-8"))["case"]


def letter(kind: str, data: dict, visit: str | None = None, **facts):
    return render_letter(kind, Case.from_dict(data), visit, {**ADDRESS, **facts}, today=TODAY)


def refusal(kind: str, data: dict, visit: str | None = None, **facts) -> LetterNotApplicable:
    with pytest.raises(LetterNotApplicable) as refused:
        letter(kind, data, visit, **facts)
    return refused.value


STAGES = [
    ("49", "nothing_to_contest_paid", "paid in full"),
    ("50", "nothing_to_contest_pending", "wait for the plan's decision"),
    ("51", "nothing_to_contest_not_billed", "ask your provider to bill"),
]


@pytest.mark.parametrize(("number", "reason", "next_step"), STAGES)
@pytest.mark.parametrize("visit", [None, "v1"])
@pytest.mark.parametrize(
    ("kind", "facts"), [("regulator_complaint", {}), ("claim_reprocessing", CORRECTED)]
)
def test_nothing_to_contest_is_refused_with_the_next_step(kind, facts, visit, number, reason,
                                                           next_step):  # fmt: skip
    refused = refusal(kind, advice_case(number), visit, **facts)
    assert refused.reason == reason
    assert next_step in str(refused)
    assert not_applicable_text(refused, "es") != str(refused)  # said in Spanish too


@pytest.mark.parametrize("number", ["49", "50"])
def test_a_paid_or_pending_claim_refusal_points_to_the_reverse_letter(number):
    refused = refusal("claim_reprocessing", advice_case(number), None)  # no mode chosen yet
    assert "did not receive" in str(refused)
    assert "reverse" in str(refused)


@pytest.mark.parametrize(("number", "claim"), [("49", "C-949"), ("50", "C-950")])
def test_care_never_received_can_be_reversed_on_a_paid_or_pending_claim(number, claim):
    text = letter("claim_reprocessing", advice_case(number), None, **REVERSE).text
    assert claim in text


def test_a_claim_never_billed_cannot_be_reversed():
    refused = refusal("claim_reprocessing", advice_case("51"), "v1", **REVERSE)
    assert refused.reason == "nothing_to_contest_not_billed"


def test_a_complaint_leaves_out_a_paid_claim_beside_a_denied_one():
    data = advice_case("47")  # v1 final denial (review window open), v2 denied
    data["visits"][1]["claim"].update(
        status="paid", member_cost=0.0, denial_date=None, denial_reason=None,
        denial_category=None,
    )  # fmt: skip
    text = letter("regulator_complaint", data).text
    assert "C-4201" in text
    assert "C-4202" not in text


@pytest.mark.parametrize("number", ["49", "50", "51"])
def test_the_check_offers_no_complaint_or_reprocessing_with_nothing_to_contest(number):
    offered = check(Case.from_dict(advice_case(number)), today=TODAY).letters
    assert "regulator_complaint" not in offered
    assert "claim_reprocessing" not in offered


@pytest.mark.parametrize("number", ["47", "63"])
def test_external_review_is_about_the_claim_at_its_final_decision(number):
    text = letter("external_review_request", advice_case(number)).text
    assert "C-4201" in text
    assert "August 10, 2026" in text
    assert "C-4202" not in text
    assert "October 21, 2026" not in text


def test_external_review_of_a_claim_not_yet_appealed_says_to_appeal_first():
    data = advice_case("47")
    del data["visits"][0]  # only C-4202 is left: denied, not appealed
    refused = refusal("external_review_request", data)
    assert refused.reason == "review_needs_final_decision"
    assert "C-4202" in str(refused)
    assert "appeal" in str(refused)
    assert not_applicable_text(refused, "es") != str(refused)
    assert "external_review_request" not in check(Case.from_dict(data), today=TODAY).letters


def test_external_review_of_a_claim_whose_appeal_is_pending_says_to_wait():
    data = advice_case("47")
    del data["visits"][0]
    data["visits"][0]["claim"]["appeal_sent"] = "2026-11-10"
    refused = refusal("external_review_request", data)
    assert refused.reason == "appeal_already_sent"
    assert "November 10, 2026" in str(refused)


def test_external_review_leaves_out_a_final_decision_whose_window_has_closed():
    data = advice_case("47")
    data["visits"][1]["claim"].update(appeal_sent="2026-01-10", final_denial_date="2026-02-02")
    data["visits"][1]["date"] = "2025-11-16"
    data["visits"][1]["claim"]["denial_date"] = "2025-12-21"
    text = letter("external_review_request", data).text
    assert "C-4201" in text
    assert "C-4202" not in text


def test_a_chosen_visit_is_still_asked_about():
    """With `--visit`, the member's choice stands: the letter asks for the final decision's
    date rather than choosing another claim."""
    from helper.letters import MissingFactsError

    with pytest.raises(MissingFactsError) as missing:
        letter("external_review_request", advice_case("47"), "v2")
    assert "visits[v2].claim.final_denial_date" in {f.key for f in missing.value.missing}
