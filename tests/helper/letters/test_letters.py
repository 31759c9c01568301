"""Letters made from real cases: content, citations, plan-type limits, missing facts."""

from __future__ import annotations

import copy
import datetime as dt
import re

import pytest

from helper.letters import (
    KINDS,
    BadFactError,
    LetterNotApplicable,
    MissingFactsError,
    UnknownVisitError,
    letter_kinds,
    letter_pdf,
    missing_facts,
    render_letter,
    suggested_kinds,
)
from tests.helper.letters_support import (
    ADDRESS,
    TODAY,
    case_of,
    facts_for,
    flat,
    medicaid_dict,
    pdf_text,
)

ACA_MARKERS = ("300gg-13", "147.130", "2590.715-2713", "Affordable Care Act", "ACA ")


@pytest.fixture
def case(example_case_dict, home):
    return case_of(example_case_dict)


def test_catalogue_has_the_seven_kinds_with_plain_titles():
    ids = [kind.id for kind in letter_kinds()]
    assert ids == [
        "aca_appeal",
        "plan_appeal",
        "gap_exception",
        "claim_reprocessing",
        "documents_request",
        "external_review_request",
        "regulator_complaint",
    ]
    assert all(kind.title and kind.purpose for kind in letter_kinds())


def test_aca_appeal_pdf_holds_every_identifier_and_citation(case):
    letter = render_letter("aca_appeal", case, extra=ADDRESS, today=TODAY)
    text = pdf_text(letter_pdf(letter))
    for expected in (
        "Ana Ruiz",
        "XYZ123456789",
        "0012345",
        "C-0001",
        "August 15, 2026",
        "Jo Smith",
        "IBCLC",
        "S9443",
        "Z39.1",
        "$180.00",
        "Kim",
        "K-77",
        "REF-20260912-01",
        "Rep said IBCLC visits are not covered unless billed by the OB.",
        "42 U.S.C. §300gg-13(a)(4)",
        "45 CFR 147.130(a)(1)(iv)",
        "29 CFR 2590.715-2713(a)(1)(iv)",
        "Health Resources and Services Administration",
        "147.130(a)(3)(ii)",
        "Part XII",
        "Part XXIX",
        "29 CFR 2560.503-1(i)(2)",
        "60 days",
        "September 20, 2026",
        "Albuquerque, NM 87125",
        "Enclosures",
        "Sincerely",
    ):
        assert expected in text, expected
    assert "Page 1 of" in text


def test_aca_appeal_quotes_the_insurers_own_policy_once_the_reason_is_confirmed(
    example_case_dict, home
):
    unconfirmed = render_letter(
        "aca_appeal", case_of(example_case_dict), extra=ADDRESS, today=TODAY
    )
    assert "own policy" not in unconfirmed.text  # no guess at the reason, no quote for one
    data = copy.deepcopy(example_case_dict)
    data["visits"][0]["claim"]["denial_category"] = "provider_type"  # "Provider not eligible"
    letter = render_letter("aca_appeal", case_of(data), extra=ADDRESS, today=TODAY)
    assert "own policy" in letter.text
    assert "International Board-Certified Lactation Consultants (IBCLC)" in flat(letter.text)


def test_letters_never_say_prior_authorization_is_always_unlawful(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    data["visits"][0]["claim"]["denial_reason"] = "No prior authorization on file"
    data["visits"][0]["claim"]["denial_category"] = "no_authorization"
    letter = render_letter("aca_appeal", case_of(data), extra=ADDRESS, today=TODAY)
    text = flat(letter.text)
    assert "reasonable medical management" in text
    assert "147.130(a)(4)" in text
    assert "unlawful" not in text and "illegal" not in text


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_renders_for_an_aca_case_without_none(case, kind):
    letter = render_letter(kind, case, extra=facts_for(kind), today=TODAY)
    for output in (letter.text, letter.html, pdf_text(letter_pdf(letter))):
        assert "None" not in output
        assert "XYZ123456789" in output
    assert letter.subject and letter.recipient.name
    assert not re.search(r"\{\{|\{%", letter.text)
    assert "legal advice" not in letter.text


@pytest.mark.parametrize("kind", [k for k in KINDS if KINDS[k].plans == "any"])
def test_no_medicaid_letter_claims_the_aca_rule(example_case_dict, home, kind):
    case = case_of(medicaid_dict(example_case_dict))
    letter = render_letter(kind, case, extra=facts_for(kind), today=TODAY)
    for output in (letter.text, letter.html, pdf_text(letter_pdf(letter))):
        for marker in ACA_MARKERS:
            assert marker not in output, (kind, marker)
        assert "None" not in output


def test_medicaid_plan_appeal_cites_the_medicaid_rules(example_case_dict, home):
    case = case_of(medicaid_dict(example_case_dict))
    text = flat(render_letter("plan_appeal", case, extra=ADDRESS, today=TODAY).text)
    assert "42 CFR 438.402(c)(2)(ii)" in text
    assert "42 CFR 438.408(b)(2)" in text
    assert "30 days" in text
    assert "State fair hearing" in text


def test_external_review_is_refused_with_the_plans_own_next_step(example_case_dict, home):
    kind = "external_review_request"
    for plan_type, words in (
        ("medicaid_managed_care", "State fair hearing"),
        ("chip", "State fair hearing"),
        ("tricare", "no external review"),
        ("short_term", "no external review"),
    ):
        data = medicaid_dict(example_case_dict)
        data["plan"]["type"] = plan_type
        with pytest.raises(LetterNotApplicable, match=words):
            render_letter(kind, case_of(data), extra=facts_for(kind), today=TODAY)
    data = copy.deepcopy(example_case_dict)
    data["plan"]["grandfathered"] = True
    with pytest.raises(LetterNotApplicable, match="grandfathered"):
        render_letter(kind, case_of(data), extra=facts_for(kind), today=TODAY)


@pytest.mark.parametrize("kind", ["aca_appeal"])
def test_aca_only_kinds_refuse_plans_the_rule_does_not_reach(example_case_dict, home, kind):
    for plan_type in ("medicaid_managed_care", "chip", "fehb", "tricare", "short_term"):
        data = medicaid_dict(example_case_dict)
        data["plan"]["type"] = plan_type
        with pytest.raises(LetterNotApplicable, match="plan_appeal"):
            render_letter(kind, case_of(data), extra=facts_for(kind), today=TODAY)
    data = copy.deepcopy(example_case_dict)
    data["plan"]["grandfathered"] = True
    with pytest.raises(LetterNotApplicable, match="grandfathered"):
        render_letter(kind, case_of(data), extra=facts_for(kind), today=TODAY)


@pytest.mark.parametrize(
    ("plan_type", "expected"),
    [
        ("fehb", "5 CFR 890.105"),
        ("tricare", "706"),
    ],
)
def test_plan_appeal_uses_each_plan_types_own_rights(example_case_dict, home, plan_type, expected):
    data = medicaid_dict(example_case_dict)
    data["plan"]["type"] = plan_type
    text = flat(render_letter("plan_appeal", case_of(data), extra=ADDRESS, today=TODAY).text)
    assert expected in text
    for marker in ACA_MARKERS:
        assert marker not in text


def test_fee_for_service_letter_is_a_fair_hearing_request_to_the_hearing_office(
    example_case_dict, home
):
    data = medicaid_dict(example_case_dict)
    data["plan"]["type"] = "medicaid_fee_for_service"
    case = case_of(data)
    with pytest.raises(MissingFactsError) as missing:  # no plan desk to fall back on
        render_letter("plan_appeal", case, extra=ADDRESS, today=TODAY)
    asked = {fact.key: fact for fact in missing.value.missing}
    assert "fair hearing" in asked["recipient.name"].question
    assert "notice" in asked["recipient.name"].where
    office = {**ADDRESS, "recipient.name": "State Hearings Office"}
    letter = render_letter("plan_appeal", case, extra=office, today=TODAY)
    text = flat(letter.text)
    assert letter.recipient.name == "State Hearings Office"
    assert "I request a fair hearing" in text and "42 CFR 431.221(d)" in text
    assert "Appeals and Grievances" not in text and "438.402" not in text
    for marker in ACA_MARKERS:
        assert marker not in text


def test_call_note_with_template_code_and_html_is_printed_literally(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    note = "{{ 7*7 }}<b>x</b>"
    data["calls"][0]["summary"] = note
    data["member"]["name"] = "Ana {% raw %}Ruiz"
    letter = render_letter("aca_appeal", case_of(data), extra=ADDRESS, today=TODAY)
    assert note in letter.text
    assert "{{ 7*7 }}&lt;b&gt;x&lt;/b&gt;" in letter.html
    assert "<b>x</b>" not in letter.html and "49" not in letter.text
    assert "Ana {% raw %}Ruiz" in letter.text
    assert note in pdf_text(letter_pdf(letter))


def test_missing_facts_are_listed_with_questions_and_where_to_look(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    data["member"]["member_id"] = None
    data["visits"][0]["claim"]["number"] = None
    data["visits"][0]["lines"] = []
    case = case_of(data)
    missing = missing_facts("aca_appeal", case)
    keys = [fact.key for fact in missing]
    assert keys == [
        "member.member_id",
        "recipient.address",
        "visits[v1].claim.number",
        "visits[v1].lines",
    ]
    claim = missing[2]
    assert "Claim number" in claim.question and "Explanation of Benefits" in claim.where
    with pytest.raises(MissingFactsError) as raised:
        render_letter("aca_appeal", case, today=TODAY)
    assert [fact.key for fact in raised.value.missing] == keys


def test_typed_facts_fill_what_is_missing(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    data["visits"][0]["claim"] = None
    data["visits"][0]["lines"] = []
    case = case_of(data)
    extra = {**ADDRESS, "claim.number": "C-77", "lines": "S9443, 98960"}
    extra["claim.denial_date"] = "2026-09-01"  # a pending claim has no codes to correct yet
    assert [f.key for f in missing_facts("claim_reprocessing", case, "v1", extra)] == [
        "reprocessing.mode"
    ]
    extra["reprocessing.mode"] = "corrected"
    assert missing_facts("claim_reprocessing", case, "v1", extra) == []
    letter = render_letter("claim_reprocessing", case, "v1", extra, today=TODAY)
    assert "C-77" in letter.text and "98960" in letter.text


def test_bad_typed_facts_are_named(case):
    with pytest.raises(BadFactError) as raised:
        render_letter("aca_appeal", case, extra={**ADDRESS, "claim.member_cost": "lots"})
    assert "claim.member_cost" in str(raised.value)
    with pytest.raises(BadFactError, match="not a fact"):
        render_letter("aca_appeal", case, extra={**ADDRESS, "member.password": "x"})


def test_unknown_visit_is_reported(case):
    with pytest.raises(UnknownVisitError, match="v9"):
        render_letter("aca_appeal", case, visit_id="v9", extra=ADDRESS)


def test_grandfathered_unknown_is_asked_for_an_aca_appeal(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    data["plan"]["grandfathered"] = None
    missing = missing_facts("aca_appeal", case_of(data), extra=ADDRESS)
    assert [fact.key for fact in missing] == ["plan.grandfathered"]
    assert "147.140(a)(2)" in missing[0].where
    letter = render_letter(
        "aca_appeal", case_of(data), extra={**ADDRESS, "plan.grandfathered": "no"}, today=TODAY
    )
    assert "300gg-13" in letter.text


def test_gap_exception_before_any_visit(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    data["visits"] = []
    data["calls"] = []
    letter = render_letter("gap_exception", case_of(data), extra=ADDRESS, today=TODAY)
    text = flat(letter.text)
    assert "see an out-of-network lactation consultant" in text
    assert "gap exception" in text and "Part XII" in text and "147.130(a)(3)(ii)" in text


def test_regulator_complaint_goes_to_the_regulator(case):
    letter = render_letter("regulator_complaint", case, extra=ADDRESS, today=TODAY)
    assert letter.recipient.name
    assert "Blue Cross and Blue Shield of New Mexico" in letter.text


def test_suggested_kinds_put_fitting_kinds_first(example_case_dict, home):
    aca = suggested_kinds(case_of(example_case_dict), today=TODAY)
    assert "aca_appeal" in aca and "external_review_request" in aca
    medicaid = suggested_kinds(case_of(medicaid_dict(example_case_dict)), today=TODAY)
    assert "aca_appeal" not in medicaid and "external_review_request" not in medicaid
    assert medicaid[0] == "plan_appeal"


def test_a_regulator_without_an_address_asks_only_for_the_address(example_case_dict, home):
    case = case_of(medicaid_dict(example_case_dict))
    missing = missing_facts("regulator_complaint", case)
    assert [fact.key for fact in missing] == ["recipient.address"]
    letter = render_letter("regulator_complaint", case, extra=ADDRESS, today=TODAY)
    assert letter.recipient.name and letter.recipient.name != "Health Net"


def test_one_coverage_check_per_case_version(case):
    """Missing facts, the letter, its reading copy and the suggestions of one case version
    share one coverage check; typing a letter fact (an address) does not run another."""
    from helper.letters.reading_copy import reading_copy_es
    from helper.letters.sources import CHECKS_RUN

    before = CHECKS_RUN["count"]
    day = TODAY + dt.timedelta(days=1)  # a day no other test used, so nothing is cached
    missing_facts("aca_appeal", case, today=day)
    render_letter("aca_appeal", case, extra=ADDRESS, today=day)
    reading_copy_es("aca_appeal", case, extra=ADDRESS, today=day)
    suggested_kinds(case, today=day)
    assert CHECKS_RUN["count"] - before == 1


def test_a_letter_lists_the_latest_ten_calls_and_counts_the_earlier_ones(case, home):
    import copy as _copy
    import datetime as _dt

    first = case.calls[0]
    many = []
    for day in range(15):
        call = _copy.deepcopy(first)
        call.id = f"c{day}"
        call.started = first.started + _dt.timedelta(days=day)
        call.reference = f"REF-{day:02d}"
        many.append(call)
    case.calls = many
    letter = render_letter("aca_appeal", case, "v1", {"recipient.address": "PO Box 1"})
    assert "(5 earlier calls about this are in my call log; the latest follow.)" in letter.text
    assert "REF-14" in letter.text and "REF-05" in letter.text
    assert "REF-04" not in letter.text  # among the five earlier ones
