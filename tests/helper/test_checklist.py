"""The checklist follows the plan: ACA steps for private plans only, EBSA for self-funded
plans, a warning for grandfathered plans; every step and pushback answer is cited."""

from __future__ import annotations

import pytest

from helper import call_prep, checklist
from helper.model import Case


@pytest.fixture
def case(example_case_dict) -> Case:
    return Case.from_dict(example_case_dict)


def ids(case: Case) -> set[str]:
    return {s.id for s in checklist.steps_for(case)}


def cited(source: dict) -> bool:
    return all(source.get(k) for k in ("document", "section", "quote"))


def test_every_step_has_why_words_and_a_cited_source():
    for step in checklist.all_steps():
        assert step.why and step.say and step.title
        assert step.phase in checklist.PHASE_IDS
        assert all(cited(s) for s in step.sources), step.id


def test_fully_insured_aca_plan_gets_aca_steps_and_the_state_complaint(case):
    case.plan.type, case.plan.grandfathered = "employer_fully_insured", False
    steps = ids(case)
    assert {"ask_gap_exception", "check_no_cost", "call_again_aca", "complaint_state"} <= steps
    assert not steps & {"complaint_ebsa", "grandfathered_warning", "medicaid_policy"}


def test_self_funded_complaint_goes_to_ebsa_not_the_state(case):
    case.plan.type, case.plan.grandfathered = "employer_self_funded", False
    steps = {s.id: s for s in checklist.steps_for(case)}
    assert "complaint_ebsa" in steps and "complaint_state" not in steps
    assert "Employee Benefits Security Administration" in steps["complaint_ebsa"].source["document"]


def test_medicaid_gets_no_aca_arguments(case):
    case.plan.type, case.plan.policy = "medicaid_managed_care", "ccah-breastfeeding"
    steps = checklist.steps_for(case)
    assert {"medicaid_policy", "appeal_medicaid", "ask_approved_list"} <= {s.id for s in steps}
    for step in steps:
        for source in step.sources:
            assert "§2713" not in source["document"]
            assert "Affordable Care Act" not in source["document"]
    for card in call_prep.pushback_cards(case):
        for answer in card.answers:
            assert "Affordable Care Act" not in answer.say, card.id
            assert all("2713" not in s["document"] for s in answer.sources), card.id


def test_grandfathered_plan_gets_a_warning_and_no_aca_promise(case):
    case.plan.type, case.plan.grandfathered = "employer_fully_insured", True
    steps = {s.id: s for s in checklist.steps_for(case)}
    assert steps["grandfathered_warning"].warning
    assert not {"check_no_cost", "call_again_aca", "ask_gap_exception"} & steps.keys()


def test_unknown_grandfather_status_asks_to_check(case):
    case.plan.type, case.plan.grandfathered = "individual_marketplace", None
    assert "grandfathered_check" in ids(case)


def test_policy_specific_steps_follow_the_policy(case):
    assert "one_claim_per_session" in ids(case)  # bcbsnm-cpcp043 in the example
    case.plan.policy = None
    assert "one_claim_per_session" not in ids(case)


def test_no_case_shows_general_steps_grouped_in_phase_order():
    grouped = checklist.steps_by_phase(None)
    assert [phase.id for phase, _ in grouped] == list(checklist.PHASE_IDS)
    assert "plan_type_unknown" in {s.id for _, steps in grouped for s in steps}


def test_progress_counts_only_ticks_of_steps_shown(case):
    steps = checklist.steps_for(case)
    ticks = {steps[0].id, steps[1].id, "a_step_of_another_plan"}
    progress = checklist.progress(steps, ticks)
    assert (progress.done, progress.total) == (2, len(steps))
    assert progress.label() == f"2 of {len(steps)} done"


def test_unknown_condition_is_an_error():
    with pytest.raises(ValueError, match="colour"):
        checklist.applies({"colour": ["red"]}, checklist.plan_traits(None))


@pytest.mark.parametrize(
    "plan_type",
    ["employer_fully_insured", "medicaid_managed_care", "fehb", "tricare", "short_term", "unknown"],
)
def test_every_pushback_card_has_a_cited_answer_for_every_plan(case, plan_type):
    case.plan.type = plan_type
    cards = call_prep.pushback_cards(case)
    assert {c.id for c in cards} == {
        "only_ob_or_pediatrician",
        "approval_first",
        "out_of_network",
        "codes_wrong",
        "cost_sharing",
        "billed_under_baby",
    }
    for card in cards:
        assert card.answers
        assert all(cited(s) for a in card.answers for s in a.sources)


def test_medicaid_answers_cite_the_plans_policy(case):
    case.plan.type, case.plan.policy = "medicaid_managed_care", "ccah-breastfeeding"
    cards = {c.id: c for c in call_prep.pushback_cards(case)}
    documents = [s["document"] for a in cards["billed_under_baby"].answers for s in a.sources]
    assert any("Central California Alliance for Health" in d for d in documents)


def test_codes_to_give_start_with_the_guides_and_add_the_policys(case):
    codes = [c.code for c in call_prep.codes_to_give(case)]
    assert codes[:2] == ["Z39.1", "S9443"]
    assert "98960" in codes
    assert "99401" not in codes  # physician-only under BCBSNM
    assert "99429" not in codes  # not to be reported
    case.plan.policy = None
    assert [c.code for c in call_prep.codes_to_give(case)] == ["Z39.1", "S9443"]


# ----- the external review step names the parent's own review --------------------------


def _review_note(example_case_dict, state, plan_type, lang="en") -> str:
    data = {**example_case_dict, "member": {**example_case_dict["member"]},
            "plan": {**example_case_dict["plan"], "type": plan_type, "grandfathered": False}}  # fmt: skip
    if state is None:
        data["member"].pop("state", None)
    else:
        data["member"]["state"] = state
    steps = {s.id: s for s in checklist.steps_for(Case.from_dict(data), lang)}
    return steps["external_review"].for_you if "external_review" in steps else None


@pytest.mark.parametrize(
    ("state", "plan_type", "phrases"),
    [
        ("NY", "employer_fully_insured",
         ["New York State Department of Financial Services", "within 4 months", "dfs.ny.gov"]),
        ("CA", "individual_marketplace", ["Department of Managed Health Care", "within 6 months"]),
        ("OH", "employer_fully_insured",
         ["send the request to your plan within 180 days", "Ohio Department of Insurance (ODI)."]),
        ("WY", "employer_fully_insured", ["Wyoming", "from 60 days to 6 months", "within 60 days"]),
        ("TX", "employer_self_funded",
         ["Department of Labor rule", "Send the request to your plan within 4 months"]),
        (None, "individual_marketplace", ["Add your state"]),
    ],
)  # fmt: skip
def test_the_external_review_step_names_who_reviews_and_how_long(
    example_case_dict, state, plan_type, phrases
):
    note = _review_note(example_case_dict, state, plan_type)
    for phrase in phrases:
        assert phrase in note, (phrase, note)
    assert "state's time limit" not in note or plan_type != "employer_self_funded"


def test_the_review_note_speaks_spanish_and_other_steps_add_nothing(example_case_dict):
    note = _review_note(example_case_dict, "NY", "employer_fully_insured", "es")
    assert note.startswith("Para su plan") and "4 meses" in note
    steps = checklist.steps_for(Case.from_dict(example_case_dict))
    assert all(s.for_you == "" for s in steps if s.id != "external_review")
    medicaid = _review_note(example_case_dict, "NY", "medicaid_managed_care")
    assert not medicaid  # Medicaid's next step is a fair hearing, not this review
