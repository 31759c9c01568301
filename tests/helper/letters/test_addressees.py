"""Who a letter is addressed to, and what the address block holds (outside read, findings
3, 11, 12, 16 and 19): the body that takes the request, each line once, postal lines only.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from helper.coverage import check
from helper.letters import MissingFactsError, render_letter
from helper.model import Case

TODAY = dt.date(2026, 11, 30)
CASES = Path(__file__).parents[2] / "fixtures" / "advice_cases"
ADDRESS = {"recipient.address": "PO Box 100\nAnytown, ST 00000"}


def advice_case(stem: str) -> Case:
    data = json.loads((CASES / f"{stem}.json").read_text(encoding="utf-8"))
    return Case.from_dict(data["case"])


def missing_keys(kind: str, case: Case, visit: str | None = None, extra=None) -> set[str]:
    with pytest.raises(MissingFactsError) as error:
        render_letter(kind, case, visit, extra, today=TODAY)
    return {fact.key for fact in error.value.missing}


def header(letter) -> str:
    """The letterhead's recipient part: from the date line to "Re:"."""
    text = letter.text
    return text[text.index("November 30, 2026") : text.index("Re:")]


# 1. California CDI: the insured applies to the Department, not to the insurer


def test_cdi_imr_finding_sends_the_request_to_the_department():
    report = check(advice_case("17_ca_cdi_final_imr"), today=TODAY)
    (finding,) = report.of_kind("external_review_deadline")
    said = f"{finding.message} {finding.next_step}"
    assert "California Department of Insurance" in said
    assert "goes to the plan" not in said
    assert "Send your request to the plan" not in said


def test_cdi_imr_letter_is_addressed_to_the_department():
    case = advice_case("17_ca_cdi_final_imr")
    assert "recipient.address" in missing_keys("external_review_request", case, "v1")
    letter = render_letter("external_review_request", case, "v1", dict(ADDRESS), today=TODAY)
    assert letter.recipient.name.startswith("California Department of Insurance")
    assert "Pacific Mutual" not in letter.recipient.name
    assert "Attn: External Review" not in letter.text
    assert "Please forward my claim file" not in letter.text


def test_cdi_address_question_points_to_the_imr_application():
    case = advice_case("17_ca_cdi_final_imr")
    with pytest.raises(MissingFactsError) as error:
        render_letter("external_review_request", case, "v1", today=TODAY)
    (fact,) = [f for f in error.value.missing if f.key == "recipient.address"]
    assert "application" in fact.line().lower()


# 2. California, regulator unknown: both named, the letter asks which


def test_california_unknown_regulator_letter_asks_which_department():
    case = advice_case("54_ca_regulator_unknown_final_imr")
    assert "plan.regulator" in missing_keys("external_review_request", case, "v1")


@pytest.mark.parametrize(
    ("answer", "body", "other"),
    [
        ("cdi", "California Department of Insurance", "Managed Health Care"),
        ("dmhc", "Department of Managed Health Care", "Department of Insurance"),
    ],
)
def test_california_letter_follows_the_answer(answer, body, other):
    case = advice_case("54_ca_regulator_unknown_final_imr")
    extra = {"plan.regulator": answer, **ADDRESS}
    letter = render_letter("external_review_request", case, "v1", extra, today=TODAY)
    assert body in letter.recipient.name
    assert other not in letter.recipient.name


# 4. Government plans: their own words and the paragraph that applies the rule


def test_government_plan_is_not_called_private():
    report = check(advice_case("41_mn_state_employee_self_funded_gov"), today=TODAY)
    (finding,) = report.of_kind("aca_preventive_applies")
    assert "non-federal governmental group health plan" in finding.message
    assert "private" not in finding.message
    es = check(advice_case("41_mn_state_employee_self_funded_gov"), today=TODAY, lang="es")
    assert "privado" not in es.of_kind("aca_preventive_applies")[0].message


@pytest.mark.parametrize(
    "stem", ["41_mn_state_employee_self_funded_gov", "42_az_county_employee_insured_gov_final"]
)
def test_government_documents_request_cites_the_group_paragraph(stem):
    case = advice_case(stem)
    letter = render_letter("documents_request", case, None, dict(ADDRESS), today=TODAY)
    assert "individual coverage" not in letter.text
    assert "45 CFR 147.136(b)(2)" in letter.text


def test_individual_documents_request_cites_the_individual_paragraph():
    case = advice_case("43_fl_marketplace_coinsurance")
    letter = render_letter("documents_request", case, None, dict(ADDRESS), today=TODAY)
    assert "applied to individual coverage by 45 CFR 147.136(b)(3)" in letter.text


# 5. Addressee lines


def test_federal_external_review_is_addressed_to_the_office_not_a_description():
    case = advice_case("44_fl_marketplace_final_one_level")
    letter = render_letter("external_review_request", case, "v1", today=TODAY)
    assert letter.recipient.name == "MAXIMUS Federal Services"
    assert "HHS-administered federal external review process" not in header(letter)


def test_regulator_letter_prints_each_address_line_once():
    case = advice_case("10_tx_fi_oon_in_network_available")
    letter = render_letter("regulator_complaint", case, None, today=TODAY)
    block = header(letter)
    assert block.count("Texas Department of Insurance") == 1
    assert "Consumer Protection (mail code 111-1A)" in block
    # the ZIP+4 as quoted from TDI's complaint form in data/regulators.json
    assert "Austin, Texas 78714-9101" in block


@pytest.mark.parametrize(
    "stem", ["01_nm_fi_cost_sharing_deductible", "16_ca_cdi_coinsurance_window"]
)
def test_postal_block_holds_no_web_form(stem):
    case = advice_case(stem)
    letter = render_letter("regulator_complaint", case, None, today=TODAY)
    assert "Web form" not in letter.text
    assert "Web form" not in letter.html
    assert letter.recipient.web_form  # still offered beside the letter, to paste it in


# 6. Wording a tired parent reads


def test_plan_name_equal_to_insurer_is_printed_once():
    case = advice_case("29_co_medicaid_ffs_denied")
    letter = render_letter("documents_request", case, None, dict(ADDRESS), today=TODAY)
    assert "Health First Colorado, Health First Colorado" not in letter.text


def test_last_day_names_what_is_asked_for():
    case = advice_case("44_fl_marketplace_final_one_level")
    letter = render_letter("external_review_request", case, "v1", today=TODAY)
    assert "to ask about claim" not in letter.text
    assert "The last day to ask for an external review of claim C-6102" in letter.text


def test_imr_citation_reads_as_document_and_section():
    report = check(advice_case("17_ca_cdi_final_imr"), today=TODAY)
    (finding,) = report.of_kind("external_review_deadline")
    for source in finding.sources:
        assert source.section != "IMR booklet"
    case = advice_case("17_ca_cdi_final_imr")
    letter = render_letter("external_review_request", case, "v1", dict(ADDRESS), today=TODAY)
    assert "IMR booklet)" not in letter.text
