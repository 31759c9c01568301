"""Who takes a complaint: the regulators data and the routing by plan type and state."""

from __future__ import annotations

import copy
import re

import pytest

from helper.knowledge import load
from helper.model import STATES, Case
from helper.regulators import (
    KINDS,
    NAIC_URL,
    all_state_regulators,
    regulator_by_kind,
    regulator_for,
)

TERRITORIES = {"PR", "GU", "VI", "AS", "MP"}
PHONE = re.compile(r"^\d{3}-\d{3}-\d{4}$")
REQUIRED = {
    "name",
    "kind",
    "state",
    "complaint_url",
    "phone",
    "mail",
    "also",
    "sources",
    "check_at",
    "web_form_only",
}


def _case(example_case_dict, plan_type, state, **plan_extra):
    data = copy.deepcopy(example_case_dict)
    data["plan"]["type"] = plan_type
    data["plan"].update(plan_extra)
    data["member"]["state"] = state
    return Case.from_dict(data)


def _assert_shape(regulator):
    assert set(regulator) >= REQUIRED
    assert regulator["kind"] in KINDS
    assert regulator["sources"], regulator["name"]
    assert all(s["document"] and s["section"] and s["quote"] for s in regulator["sources"])
    assert isinstance(regulator["web_form_only"], bool)
    assert regulator["check_at"]
    for other in regulator["also"]:
        _assert_shape(other)


def test_every_state_dc_and_territory_is_covered():
    places = load("regulators")["jurisdictions"]
    assert set(places) == set(STATES)
    assert len(places) == 56
    assert set(places) >= TERRITORIES
    assert places["DC"]["kind_of_place"] == "district"
    assert {code for code, p in places.items() if p["kind_of_place"] == "territory"} == TERRITORIES


def test_every_entry_has_a_source_and_a_date_or_says_why_not():
    data = load("regulators")
    offices = [p["insurance_department"] for p in data["jurisdictions"].values()]
    offices += [p["medicaid"] for p in data["jurisdictions"].values()]
    offices += list(data["federal"].values())
    offices += [v for k, v in data["california"].items() if k != "commercial_split"]
    for office in offices:
        assert office["sources"]
        assert office["checked_how"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", office["checked"] or "")
    states = [p for p in data["jurisdictions"].values() if p["kind_of_place"] != "territory"]
    assert all(p["insurance_department"]["checked"] == "2026-08-21" for p in states)


def test_phones_are_well_formed_and_not_shared_between_states():
    seen = {}
    for code, place in load("regulators")["jurisdictions"].items():
        office = place["insurance_department"]
        for phone in (office["phone"], office.get("main_phone"), office.get("consumer_line")):
            if phone:
                assert PHONE.match(phone)
                assert seen.setdefault(phone, code) == code, (
                    f"{phone} used by {seen[phone]} and {code}"
                )


def test_all_state_regulators_lists_every_place_with_the_naic_pointer():
    listed = all_state_regulators()
    assert len(listed) == 56
    assert {r["state"] for r in listed} == set(STATES)
    for regulator in listed:
        _assert_shape(regulator)
        assert NAIC_URL in regulator["check_note"]


@pytest.mark.parametrize("state", ["NM", "NY", "TX", "FL", "PR", "GU", "DC"])
@pytest.mark.parametrize(
    "plan_type", ["employer_fully_insured", "individual_marketplace", "individual_off_marketplace"]
)
def test_private_insured_plans_go_to_the_state_department(example_case_dict, plan_type, state):
    regulator = regulator_for(_case(example_case_dict, plan_type, state))
    _assert_shape(regulator)
    assert regulator["kind"] == "state_insurance_department"
    assert regulator["state"] == state
    assert regulator["also"] == []
    assert regulator["check_at"] == NAIC_URL


def test_sample_state_details(example_case_dict):
    nm = regulator_for(_case(example_case_dict, "employer_fully_insured", "NM"))
    assert nm["name"] == "New Mexico Office of Superintendent of Insurance"
    assert nm["complaint_url"].startswith("https://www.osi.state.nm.us/")
    ny = regulator_for(_case(example_case_dict, "individual_marketplace", "NY"))
    assert ny["name"] == "New York State Department of Financial Services"
    assert ny["complaint_url"] == "https://www.dfs.ny.gov/complaint"
    tx = regulator_for(_case(example_case_dict, "employer_fully_insured", "TX"))
    assert tx["name"] == "Texas Department of Insurance"
    assert tx["phone"] == "800-252-3439"


def test_territory_facts_not_found_stay_empty(example_case_dict):
    pr = regulator_for(_case(example_case_dict, "employer_fully_insured", "PR"))
    assert "Guaynabo, PR 00968-3029" in pr["mail"]
    asam = regulator_for(_case(example_case_dict, "employer_fully_insured", "AS"))
    assert asam["phone"] is None and asam["mail"] is None and asam["complaint_url"] is None
    assert NAIC_URL in asam["check_note"]


def test_short_term_goes_to_the_state_department(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "short_term", "TX"))
    assert regulator["kind"] == "state_insurance_department"
    assert "Short-term" in regulator["why"]


def test_california_commercial_names_dmhc_and_cdi(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "employer_fully_insured", "CA"))
    assert "Managed Health Care" in regulator["name"]
    assert regulator["phone"] == "888-466-2219"
    assert [a["name"] for a in regulator["also"]] == ["California Department of Insurance"]
    assert regulator["also"][0]["phone"] == "800-927-4357"


@pytest.mark.parametrize(
    ("hint", "expected"), [("dmhc", "Managed Health Care"), ("CDI", "Department of Insurance")]
)
def test_california_hint_settles_which(example_case_dict, hint, expected):
    regulator = regulator_for(
        _case(example_case_dict, "individual_marketplace", "CA", regulator=hint)
    )
    assert expected in regulator["name"]
    assert regulator["also"] == []


def test_self_funded_goes_to_ebsa_whatever_the_state(example_case_dict):
    for state in ("NM", "CA", None):
        regulator = regulator_for(_case(example_case_dict, "employer_self_funded", state))
        _assert_shape(regulator)
        assert regulator["kind"] == "federal_ebsa"
        assert regulator["phone"] is None  # not seen on a Department of Labor page
        assert "200 Constitution Ave NW" in regulator["mail"]
        assert any("askebsa.dol.gov" in note for note in regulator["notes"])
        assert regulator["complaint_url"] == "https://www.askebsa.dol.gov/WebIntake"


@pytest.mark.parametrize("plan_type", ["medicaid_managed_care", "medicaid_fee_for_service", "chip"])
def test_medicaid_and_chip_go_to_the_state_medicaid_route(example_case_dict, plan_type):
    regulator = regulator_for(_case(example_case_dict, plan_type, "TX"))
    _assert_shape(regulator)
    assert regulator["kind"] == "state_medicaid"
    assert "Texas Health and Human Services" in regulator["name"]
    assert regulator["phone"]
    assert [a["phone"] for a in regulator["also"]] == ["866-566-8989"]


def test_medicaid_in_california_names_the_three_contacts(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "medicaid_managed_care", "CA"))
    assert regulator["kind"] == "state_medicaid"
    phones = {a["phone"]: a["name"] for a in regulator["also"]}
    assert "Managed Health Care" in phones["888-466-2219"]
    assert "Ombudsman" in phones["888-452-8609"]
    assert "State Hearings" in phones["800-743-8525"]


def test_new_mexico_medicaid_is_turquoise_care(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "medicaid_managed_care", "NM"))
    assert "Turquoise Care" in regulator["name"]


def test_fehb_goes_to_opm(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "fehb", "NM"))
    _assert_shape(regulator)
    assert regulator["kind"] == "opm"
    # each plan's brochure names its own Health Insurance Group: no address with a placeholder
    assert regulator["mail"] is None
    assert "1900 E Street NW" in regulator["mail_example"]
    assert "Group N" not in regulator["mail_example"]
    assert any("brochure" in note for note in regulator["notes"])


def test_tricare_goes_to_tricare(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "tricare", "NM"))
    assert regulator["kind"] == "tricare"
    assert regulator["complaint_url"] is None
    assert regulator["check_at"] == "https://www.tricare.mil"


def test_unknown_plan_names_the_state_and_ebsa_and_says_why(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "unknown", "NM"))
    assert regulator["kind"] == "state_insurance_department"
    assert [a["kind"] for a in regulator["also"]] == ["federal_ebsa"]
    assert "not known" in regulator["why"]


def test_unknown_plan_in_california_names_dmhc_cdi_and_ebsa(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "unknown", "CA"))
    kinds = [a["kind"] for a in regulator["also"]]
    assert kinds == ["state_insurance_department", "federal_ebsa"]


@pytest.mark.parametrize("plan_type", ["employer_fully_insured", "unknown", "short_term"])
def test_no_state_gives_a_clear_result_naming_the_naic_directory(example_case_dict, plan_type):
    regulator = regulator_for(_case(example_case_dict, plan_type, None))
    _assert_shape(regulator)
    assert regulator["state"] is None
    assert regulator["missing_state"] is True
    assert regulator["phone"] is None
    assert NAIC_URL in regulator["why"]
    assert regulator["check_at"] == NAIC_URL


def test_no_state_for_medicaid_points_to_medicaid_gov(example_case_dict):
    regulator = regulator_for(_case(example_case_dict, "chip", None))
    assert regulator["kind"] == "state_medicaid"
    assert regulator["missing_state"] is True
    assert "medicaid.gov" in regulator["check_at"]


def test_regulator_for_accepts_the_case_dict(example_case_dict):
    assert regulator_for(example_case_dict)["state"] == "NM"


def test_regulator_by_kind():
    assert regulator_by_kind("federal_ebsa")["kind"] == "federal_ebsa"
    assert regulator_by_kind("cms")["kind"] == "cms"
    assert regulator_by_kind("state_insurance_department", "ny")["state"] == "NY"
    assert regulator_by_kind("state_medicaid", "CA")["kind"] == "state_medicaid"
    assert regulator_by_kind("state_insurance_department", None) is None
    with pytest.raises(ValueError):
        regulator_by_kind("ombudsman", "CA")


def test_results_are_independent_copies(example_case_dict):
    first = regulator_for(_case(example_case_dict, "employer_fully_insured", "NM"))
    first["sources"].clear()
    first["notes"].append("changed")
    again = regulator_for(_case(example_case_dict, "employer_fully_insured", "NM"))
    assert again["sources"] and "changed" not in again["notes"]


def _all_sources(node):
    if isinstance(node, dict):
        if {"document", "quote"} <= set(node):
            yield node
        for value in node.values():
            yield from _all_sources(value)
    elif isinstance(node, list):
        for value in node:
            yield from _all_sources(value)


def test_no_source_is_the_teams_notes_or_a_file_outside_the_project():
    outside = ("facts.md", "shared/", "seed", "/work/", "lactation coverage helper")
    for source in _all_sources(load("regulators")):
        text = f"{source['document']} {source['section']} {source.get('url', '')}".lower()
        assert not any(word in text for word in outside), source["document"]


def test_every_mailing_address_has_a_source_quoting_its_street():
    data = load("regulators")
    offices = [p["insurance_department"] for p in data["jurisdictions"].values()]
    offices += list(data["federal"].values())
    offices += [v for k, v in data["california"].items() if k != "commercial_split"]
    with_mail = [o for o in offices if o["mail"]]
    assert len(with_mail) >= 8  # OPM has none of its own: its example is checked below
    for office in (o for o in offices if o.get("mail_example")):
        number = re.search(r"\b(\d+) [A-Z]", office["mail_example"]).group(1)
        assert any(number in s["quote"] for s in office["sources"]), office["name"]
    for office in with_mail:
        street = office["mail"].splitlines()[-2]  # the line before city, state and ZIP
        number = re.match(r"[\w.]+", street.replace("PO Box", "").strip()).group(0)
        assert any(number in s["quote"] for s in office["sources"]), (office["name"], street)


@pytest.mark.parametrize(
    "state,street",
    [("ME", "34 State House Station"), ("VT", "89 Main Street"), ("NY", "One Commerce Plaza")],
)
def test_state_complaint_mail_read_on_the_agency_page(example_case_dict, state, street):
    regulator = regulator_for(_case(example_case_dict, "employer_fully_insured", state))
    assert street in regulator["mail"]
    read = [s for s in regulator["sources"] if street.split()[-1] in s["quote"]]
    assert read and all(s["url"].startswith("http") and s["read_on"] for s in read)
    assert regulator["notes"]  # what the address is for, or where to confirm it


def test_government_self_funded_plan_goes_to_cms_never_ebsa(example_case_dict):
    for state in ("NY", "CA", None):
        case = _case(example_case_dict, "employer_self_funded", state, sponsor="government")
        regulator = regulator_for(case)
        _assert_shape(regulator)
        assert regulator["kind"] == "cms"
        assert regulator["phone"] is None and regulator["mail"] is None
        assert any("Section 2723" in s["quote"] for s in regulator["sources"])
        assert "federal_ebsa" not in str(regulator) and regulator["also"] == []


def test_government_insured_plan_goes_to_the_state_with_cms_also(example_case_dict):
    case = _case(example_case_dict, "employer_fully_insured", "NY", sponsor="government")
    regulator = regulator_for(case)
    assert regulator["kind"] == "state_insurance_department" and regulator["state"] == "NY"
    assert [a["kind"] for a in regulator["also"]] == ["cms"]
    assert "federal_ebsa" not in str(regulator)
    california = regulator_for(
        _case(example_case_dict, "employer_fully_insured", "CA", sponsor="government")
    )
    assert [a["kind"] for a in california["also"]] == ["state_insurance_department", "cms"]


def test_private_employer_plans_still_go_to_ebsa(example_case_dict):
    case = _case(example_case_dict, "employer_self_funded", "NY", sponsor="private")
    assert regulator_for(case)["kind"] == "federal_ebsa"
