"""Stage refusals (helper.letters.refusals): no appeal without an adverse benefit
determination (29 CFR 2560.503-1(m)(4)), no letter treating a claim closed by an outside
review as open, no "corrected codes" reprocessing of a claim past its final denial for a
reason that is not a coding one; each refusal gives the next step, in English and Spanish."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helper.letters import LetterNotApplicable, render_letter
from helper.letters.refusals import not_applicable_text
from helper.model import Case

ADVICE = Path(__file__).parents[2] / "fixtures" / "advice_cases"
TODAY = dt.date(2026, 11, 30)
ADDRESS = {"recipient.address": "Appeals Office\nPO Box 100\nAnytown, ST 00000"}


def advice_case(number: str) -> dict:
    return json.loads(next(ADVICE.glob(f"{number}_*.json")).read_text(encoding="utf-8"))["case"]


def refusal(kind: str, data: dict, visit: str | None = None, **facts) -> LetterNotApplicable:
    with pytest.raises(LetterNotApplicable) as refused:
        render_letter(kind, Case.from_dict(data), visit, {**ADDRESS, **facts}, today=TODAY)
    return refused.value


@pytest.mark.parametrize(
    ("number", "reason", "next_step"),
    [
        ("49", "nothing_to_appeal_paid", "paid in full"),
        ("50", "nothing_to_appeal_pending", "wait for the plan's decision"),
        ("51", "nothing_to_appeal_not_billed", "ask your provider to bill"),
    ],
)
@pytest.mark.parametrize("kind", ["aca_appeal", "plan_appeal"])
def test_no_appeal_without_an_adverse_determination(kind, number, reason, next_step):
    refused = refusal(kind, advice_case(number), "v1")
    assert refused.reason == reason
    assert next_step in str(refused)
    assert not_applicable_text(refused, "es") != str(refused)  # said in Spanish too


def test_a_visit_with_no_claim_at_all_is_not_appealed():
    data = advice_case("51")
    data["visits"][0]["claim"] = None
    assert refusal("aca_appeal", data, "v1").reason == "nothing_to_appeal_not_billed"


def test_a_partly_paid_claim_is_still_appealed():
    data = advice_case("49")
    data["visits"][0]["claim"].update(
        status="partially_paid", member_cost=45.0, denial_date="2026-11-02",
        denial_reason="Member deductible applied", denial_category="cost_sharing",
    )  # fmt: skip
    letter = render_letter("aca_appeal", Case.from_dict(data), "v1", ADDRESS, today=TODAY)
    assert "C-949" in letter.text


@pytest.mark.parametrize(
    "kind", ["aca_appeal", "claim_reprocessing", "regulator_complaint", "external_review_request"]
)
def test_a_claim_decided_by_external_review_is_refused_when_asked_about(kind):
    refused = refusal(kind, advice_case("48"), "v1", **{"reprocessing.mode": "corrected"})
    assert refused.reason == "review_decided"
    assert "August 14, 2026" in str(refused)
    assert "C-4301" in str(refused)


def test_a_decided_claim_is_left_out_of_a_complaint_about_several():
    letter = render_letter(
        "regulator_complaint", Case.from_dict(advice_case("48")), None, today=TODAY
    )
    assert "C-4302" in letter.text
    assert "C-4301" not in letter.text


def test_corrected_codes_do_not_reopen_a_final_denial_for_another_reason():
    data = advice_case("47")  # C-4201: final denial, "Provider type not covered"
    refused = refusal("claim_reprocessing", data, "v1", **{"reprocessing.mode": "corrected"})
    assert refused.reason == "reprocessing_after_final_decision"
    assert "C-4201" in str(refused)


def test_a_final_denial_for_a_coding_error_can_still_be_reprocessed():
    data = advice_case("47")
    data["visits"][0]["claim"].update(
        denial_reason="Invalid procedure code", denial_category="coding_error"
    )
    facts = {**ADDRESS, "reprocessing.mode": "corrected"}
    letter = render_letter("claim_reprocessing", Case.from_dict(data), "v1", facts, today=TODAY)
    assert "C-4201" in letter.text


def test_a_service_never_received_can_be_reversed_after_a_final_denial():
    facts = {**ADDRESS, "reprocessing.mode": "reverse"}
    data = advice_case("47")
    letter = render_letter("claim_reprocessing", Case.from_dict(data), "v1", facts, today=TODAY)
    assert "C-4201" in letter.text
