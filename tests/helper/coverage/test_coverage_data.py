"""The knowledge behind the checker: quotes are the seed's own words, every rule family and
finding kind has its code and its words."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from helper import knowledge
from helper.coverage import context as coverage_context
from helper.coverage.report import Source
from helper.resources import data_dir

POLICIES = knowledge.names("policies")
SEEDS = Path(__file__).resolve().parents[4] / "shared" / "seeds"
# The researched policies' own words, as read from the insurers' pages (not in the checkout).
RESEARCH = Path("/work/research/policies")
SEEDED = [name for name in POLICIES if "seed_file" in knowledge.load(name)]
RESEARCHED = [name for name in POLICIES if "url" in knowledge.load(name)]
CONTRACT_KINDS = [
    "aca_preventive_applies", "aca_not_guaranteed", "medicaid_rules_apply", "cost_sharing_on_preventive",
    "out_of_network_gap_exception", "provider_not_eligible_to_bill", "code_not_allowed_for_provider",
    "code_not_recognized", "untimed_code_extra_units", "units_per_visit_exceeded", "annual_limit_exceeded",
    "diagnosis_missing", "diagnosis_not_qualifying", "separate_family_claims", "inpatient_not_separately_billable",
    "prior_authorization_required", "postpartum_window_exceeded", "infant_age_limit_exceeded",
    "equipment_frequency_limit", "rental_authorization_required", "supplies_same_month_as_pump",
    "units_exceed_time", "appeal_deadline", "complaint_route",
]  # fmt: skip


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()


def _sources(node):
    if isinstance(node, dict):
        if {"document", "section", "quote"} <= set(node):
            yield node
        for value in node.values():
            yield from _sources(value)
    elif isinstance(node, list):
        for value in node:
            yield from _sources(value)


def test_the_three_seed_policies_are_shipped():
    assert {
        "policies/bcbsnm-cpcp043",
        "policies/healthnet-medi-cal-lactation",
        "policies/ccah-breastfeeding",
    } <= set(POLICIES)


@pytest.mark.parametrize("name", SEEDED)
def test_policy_quotes_are_the_seed_s_own_words(name):
    policy = knowledge.load(name)
    seed = SEEDS / policy["seed_file"]
    if not seed.exists():
        pytest.skip(f"seed documents not beside the checkout ({SEEDS})")
    text = _squash(seed.read_text(encoding="utf-8"))
    quotes = list(_sources(policy))
    assert quotes
    for source in quotes:
        assert _squash(source["quote"]) in text, source["quote"]


def _research_text(node) -> str:
    if isinstance(node, dict):
        return " ".join(_research_text(v) for v in node.values())
    if isinstance(node, list):
        return " ".join(_research_text(v) for v in node)
    return str(node)


@pytest.mark.parametrize("name", RESEARCHED)
def test_researched_policy_quotes_are_the_insurer_s_own_words(name):
    """Every quote of a researched policy is in the research record of the insurer's page."""
    policy = knowledge.load(name)
    record = RESEARCH / f"{policy['id']}.json"
    if not record.exists():
        pytest.skip(f"research records not beside the checkout ({RESEARCH})")
    text = _squash(_research_text(json.loads(record.read_text(encoding="utf-8"))).replace("|", " "))
    for source in _sources(policy):
        assert _squash(source["quote"]) in text, source["quote"]


@pytest.mark.parametrize("name", RESEARCHED)
def test_researched_policies_say_where_and_when_they_were_read(name):
    policy = knowledge.load(name)
    assert policy["url"].startswith("https://") and policy["read_on"]
    assert policy["number"] and policy["title"]
    if policy["effective_date"] is None and policy["reviewed_date"] is None:
        assert policy["date_quote"] is None  # no date seen: the app says "date not known"


@pytest.mark.parametrize("name", POLICIES)
def test_every_rule_carries_a_source(name):
    for entry in knowledge.load(name)["rules"]:
        assert entry["source"]["quote"], entry["rule"]


def test_every_rule_family_in_the_data_is_read_by_a_rule_module():
    code = "".join(p.read_text() for p in Path(coverage_context.__file__).parent.rglob("*.py"))
    families = {entry["rule"] for name in POLICIES for entry in knowledge.load(name)["rules"]}
    for family in families:
        if family in ("billing_credentials", "statement"):
            continue  # eligible lists are documentation; statements are only quoted
        assert f'"{family}"' in code, family


def test_every_contract_kind_and_every_emitted_kind_has_words():
    texts = knowledge.load("finding_texts")
    kinds = {key.split(":")[0] for key in texts}
    assert set(CONTRACT_KINDS) <= kinds
    for kind in coverage_context.DEFAULT_SEVERITY:
        assert kind in kinds, kind


def test_text_placeholders_are_well_formed():
    for key, by_lang in knowledge.load("finding_texts").items():
        for lang, text in by_lang.items():
            for part in (text["message"], text["next_step"]):
                names = [field for _, field, _, _ in string.Formatter().parse(part) if field]
                assert all(re.fullmatch(r"[a-z_]+", n) for n in names), (key, lang, names)


def test_federal_sources_are_all_used_and_resolve():
    federal = knowledge.load("federal")
    keys = set(federal["sources"])
    referenced = {k for status in federal["aca_status"].values() for k in status["sources"]}
    for rule in federal["deadlines"].values():
        referenced |= set(rule["sources"])
        for override in (rule.get("by_state") or {}).values():
            referenced |= set(override["sources"])
    families = {k: v for k, v in federal["family_sources"].items() if k != "about"}
    for choices in families.values():
        referenced |= {name for names in choices.values() for name in names}
    assert referenced <= keys | set(families)
    assert (data_dir() / "federal.json").exists()


# Federal rules whose own text replaced the app's summary, with words each quote must hold.
VERBATIM_FEDERAL = {
    "gap_rule_hhs": ("(a)(3)(ii)", ["does not have in its network a provider", "out-of-network provider", "may not impose cost sharing"]),
    "gap_rule_labor": ("(a)(3)(ii)", ["does not have in its network a provider", "out-of-network provider", "may not impose cost sharing"]),
    "preventive_hhs": ("(a)(1)(iv)", ["must not impose any cost-sharing requirements", "With respect to women", "Health Resources and Services Administration"]),
    "preventive_labor": ("(a)(1)(iv)", ["must not impose any cost-sharing requirements", "With respect to women", "Health Resources and Services Administration"]),
    "medical_management": ("(a)(4)", ["reasonable medical management techniques", "frequency, method, treatment, or setting"]),
    "aca_appeal": ("(b)(2)(i)", ["group health plans under 29 CFR 2560.503-1"]),
    "aca_appeal_group": ("(b)(2)(i)", ["group health plans under 29 CFR 2560.503-1"]),
    "aca_appeal_individual": ("(b)(3)(i)", ["individual health insurance coverage", "29 CFR 2560.503-1"]),
    "state_review_minimum": ("(c)(2)(vi)", ["at least four months", "external review"]),
    "labor_claims": ("(b)(2)(i)", ["group health plans under 29 CFR 2560.503-1"]),
    "labor_external_review": ("(d)", ["not subject to an applicable State external review process", "Federal external review process"]),
    "opm_review": ("(e)(1)(i)", ["request to OPM", "90 days", "denial was affirmed"]),
}  # fmt: skip


@pytest.mark.parametrize("key", sorted(VERBATIM_FEDERAL))
def test_federal_rules_found_in_the_regulation_are_quoted_not_summarised(key):
    source = knowledge.load("federal")["sources"][key]
    section, words = VERBATIM_FEDERAL[key]
    assert source.get("wording", "quoted") != "summary"
    assert source["section"] == section
    assert source["url"].startswith("https://") and source["read_on"] == "2026-11-30"
    assert "(in summary)" not in Source.from_dict(source).display_quote()
    for word in words:
        assert word in source["quote"], (key, word)


def test_the_hhs_and_labor_gap_rules_read_the_same():
    sources = knowledge.load("federal")["sources"]
    assert sources["gap_rule_hhs"]["quote"] == sources["gap_rule_labor"]["quote"]
    assert sources["preventive_hhs"]["quote"] == sources["preventive_labor"]["quote"]


@pytest.mark.parametrize(
    "name, document, words",
    [
        ("checklist", "45 CFR 147.130(a)(3)(ii); 29 CFR 2590.715-2713(a)(3)(ii)", "does not have in its network a provider"),
        ("pushback", "45 CFR 147.130(a)(3)(ii); 29 CFR 2590.715-2713(a)(3)(ii)", "does not have in its network a provider"),
        ("pushback", "45 CFR 147.130(a)(4)", "reasonable medical management techniques"),
        ("checklist", "45 CFR 147.136(d)(2)(i)", "within four months after the date of receipt"),
        ("checklist", "5 CFR 890.105(b)(1)", "has 6 months from the date of the notice"),
    ],
)  # fmt: skip
def test_checklist_and_pushback_quote_the_regulation_text_read(name, document, words):
    """Where the checklist and the pushback answers cite these paragraphs, they quote them too."""
    found = [s for s in _sources(knowledge.load(name)) if s["document"] == document]
    assert found
    for source in found:
        assert not source.get("summary"), source
        assert words in source["quote"], source
