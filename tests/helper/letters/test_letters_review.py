"""Review of the letters as an appeals clerk and a regulator read them.

A matrix of realistic cases (every plan type, grandfathered true/false/unknown, five states,
each seed policy or none, denied or charged visits, a pump with its own claim, several
visits and calls, user text with template syntax, HTML, quotes and accents) is rendered in
every kind that fits, as text and HTML (and, for a sample, PDF read back with pypdf).
"""

from __future__ import annotations

import copy
import datetime as dt
import html as html_lib
import itertools
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from helper.letters import (
    KINDS,
    LetterNotApplicable,
    MissingFactsError,
    letter_pdf,
    missing_facts,
    render_letter,
)
from helper.letters.reading_copy import reading_copy_es
from helper.model import PLAN_TYPES, Case
from tests.helper.letters_support import pdf_text

TODAY = dt.date(2026, 9, 20)
FIXTURE = Path(__file__).parents[2] / "fixtures" / "spec_example.json"
ACA_TYPES = (
    "employer_fully_insured",
    "employer_self_funded",
    "individual_marketplace",
    "individual_off_marketplace",
)
STATES = ("NM", "NY", "CA", "TX", "PR")
POLICIES = ("bcbsnm-cpcp043", "healthnet-medi-cal-lactation", "ccah-breastfeeding", None)
ACA_WORDS = re.compile(
    r"300gg|147\.130|2590\.715|147\.136|Affordable Care|\bACA\b|HRSA|Preventive Services Task"
    r"|not grandfathered|Asequible"
)
RAW_IDS = re.compile(
    "|".join(
        [t for t in PLAN_TYPES if "_" in t]
        + list(KINDS)
        + ["partially_paid", "not_submitted", "hospital_outpatient", "state_medicaid"]
    )
)
ARTIFACTS = re.compile(
    r"\bNone\b|\bnull\b|\[\]|\{\{|\}\}|\{%|%\}|\(\s*\)|,\s*,|\s[,.;:](?!\.\.)"
    r"|\b(?!(?:that|had)\b)(\w+) \1\b|\([A-Z][^()]*\([A-Za-z]+\)\)|(?<!\.)\.\.(?!\.)"
)
NASTY_NOTE = '{{ 7*7 }}<b>x</b> & "quoted" — ≥ 2 — ' + "long note " * 40


def base() -> dict:
    return json.loads(FIXTURE.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Variant:
    plan_type: str
    grandfathered: bool | None
    state: str
    policy: str | None
    charged: bool = False  # the visit was paid but left the member a cost
    pump: bool = False  # a pump with its own denied claim
    several: bool = False  # a second visit and two more calls
    nasty: bool = False  # user text with template syntax, HTML, quotes and accents

    @property
    def name(self) -> str:
        return f"{self.plan_type}-{self.grandfathered}-{self.state}-{self.policy}"

    @property
    def aca(self) -> bool:
        return self.plan_type in ACA_TYPES and self.grandfathered is False


def make_case(v: Variant) -> dict:
    d = base()
    d["member"]["state"] = v.state
    d["plan"].update(type=v.plan_type, grandfathered=v.grandfathered, policy=v.policy)
    if v.charged:
        d["visits"][0]["claim"] = {"number": "C-0001", "status": "paid", "member_cost": 45.0}
    if v.pump:
        d["equipment"][0].update(
            id="e1",
            diagnoses=["Z39.1"],
            claim={"number": "P-77", "status": "denied", "denial_date": "2026-08-20",
                   "denial_reason": "Not medically necessary", "member_cost": 250.0,
               "denial_category": "not_medically_necessary"},
        )  # fmt: skip
    if v.several:
        second = copy.deepcopy(d["visits"][0])
        second.update(id="v2", date="2026-08-29")
        second["provider"].update(name="Ruth Peña", credential="CLC")
        second["lines"] = [{"code": "99402", "units": 1, "diagnoses": ["O92.79"], "charge": 120.0}]
        second["claim"] = {"number": "C-0002", "status": "denied", "denial_date": "2026-09-12",
                           "denial_reason": "Requires prior authorization", "member_cost": 120.0}  # fmt: skip
        d["visits"].append(second)
        d["calls"].append(
            {"id": "c2", "started": "2026-09-15T14:30:00", "department": "Appeals",
             "rep_name": "José", "reference": "R-2", "visit": "v2",
             "summary": "Said there is no network IBCLC within 50 miles."}
        )  # fmt: skip
        d["calls"].append({"id": "c3", "started": "2026-09-16T09:00:00", "summary": "Question."})
    if v.nasty:
        d["member"]["name"] = "María Peña-O'Brien"
        d["baby"]["name"] = 'Zoë "Bug"'
        d["calls"][0]["summary"] = NASTY_NOTE
        d["visits"][0]["provider"]["name"] = "Inés Núñez <IBCLC>"
        d["visits"][0]["claim"]["denial_reason"] = "{% raw %}x{{ }}"
    return d


def variants() -> list[Variant]:
    out = []
    combos = itertools.product(PLAN_TYPES, (True, False, None), STATES)
    for i, (plan_type, grandfathered, state) in enumerate(combos):
        out.append(
            Variant(plan_type, grandfathered, state, POLICIES[i % 4], charged=i % 2 == 1,
                    pump=i % 3 == 0, several=i % 4 == 0, nasty=i % 5 == 0)
        )  # fmt: skip
    return out


def answer(fact) -> str:
    """What a user would type for a missing fact (the first choice where there are choices)."""
    if fact.choices:
        return fact.choices[0][0]
    if fact.key.endswith("date"):
        return "2026-09-18"
    if "address" in fact.key:
        return "PO Box 27630\nAlbuquerque, NM 87125"
    return "Answer " + fact.key.rsplit(".", 1)[-1].replace("_", " ")


def kind_extra(kind: str, index: int) -> dict:
    if kind == "external_review_request":
        return {"visits[v1].claim.final_denial_date": "2026-09-18"}
    if kind == "claim_reprocessing":
        return {"reprocessing.mode": "reverse" if index % 2 else "corrected"}
    return {}


@dataclass
class Rendered:
    variant: Variant
    kind: str
    case: Case
    extra: dict
    text: str
    html: str
    spanish: str
    asked: list

    @property
    def aca(self) -> bool:
        plan_type = self.extra.get("plan.type", self.variant.plan_type)
        grandfathered = self.variant.grandfathered
        if "plan.grandfathered" in self.extra:
            grandfathered = self.extra["plan.grandfathered"] == "yes"
        return plan_type in ACA_TYPES and grandfathered is False


def render_answering(kind: str, case: Case, extra: dict) -> tuple:
    asked = []
    for _ in range(4):
        try:
            return render_letter(kind, case, extra=extra, today=TODAY), extra, asked
        except MissingFactsError as error:
            asked += error.missing
            extra = {**extra, **{fact.key: answer(fact) for fact in error.missing}}
    raise AssertionError(f"{kind}: facts still missing after answering: {asked}")


@pytest.fixture(scope="module")
def matrix(tmp_path_factory) -> list[Rendered]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LACTATION_HELPER_HOME", str(tmp_path_factory.mktemp("home")))
        out = []
        for index, variant in enumerate(variants()):
            case = Case.from_dict(make_case(variant))
            for kind in KINDS:
                try:
                    letter, extra, asked = render_answering(kind, case, kind_extra(kind, index))
                except LetterNotApplicable:
                    continue
                spanish = reading_copy_es(kind, case, extra=extra, today=TODAY)
                out.append(
                    Rendered(variant, kind, case, extra, letter.text, letter.html, spanish, asked)
                )
        yield out


def visible_html(markup: str) -> str:
    markup = re.sub(r"(?s)<head>.*?</head>", "", markup)
    markup = re.sub(r"</?(?:strong|b|em)>", "", markup)
    return html_lib.unescape(re.sub(r"<[^>]+>", " ", markup))


def words(text: str) -> list[str]:
    text = text.replace("“", '"').replace("”", '"')
    text = re.sub(r"^[-=]{3,}$", " ", text, flags=re.M)
    return re.findall(r"[^\s\-–•:,]+", text)


def without_user_text(letter: Rendered, text: str) -> str:
    """The letter minus what the user typed on purpose to look like template code."""
    for typed in (NASTY_NOTE.strip(), "{% raw %}x{{ }}", "Inés Núñez <IBCLC>"):
        text = text.replace(typed, "typed")
    return text


# --- the matrix ------------------------------------------------------------------------------


def test_matrix_covers_every_plan_type_kind_and_state(matrix):
    assert {r.variant.plan_type for r in matrix} == set(PLAN_TYPES)
    assert {r.kind for r in matrix} == set(KINDS)
    assert {r.variant.state for r in matrix} == set(STATES)
    assert len(matrix) > 600


def test_no_aca_claim_in_letters_for_plans_the_rule_does_not_reach(matrix):
    checked = 0
    for r in matrix:
        if r.aca:
            continue
        checked += 1
        for name, body in (("text", r.text), ("html", r.html), ("es", r.spanish)):
            found = ACA_WORDS.search(body)
            assert not found, f"{r.variant.name} {r.kind} {name}: {found.group(0)!r}"
    assert checked > 300


def test_aca_letters_cite_the_rule_for_non_grandfathered_private_plans(matrix):
    for r in matrix:
        if r.kind == "aca_appeal" and r.aca:
            assert "42 U.S.C. §300gg-13(a)(4)" in r.text, r.variant.name
            assert "HRSA" in r.text


def test_no_template_artifacts_raw_ids_or_empty_sections(matrix):
    for r in matrix:
        for name, body in (("text", r.text), ("html", visible_html(r.html))):
            body = without_user_text(r, body)
            found = ARTIFACTS.search(body) or RAW_IDS.search(body)
            where = f"{r.variant.name} {r.kind} {name}"
            assert not found, f"{where}: {body[max(0, found.start() - 60) : found.end() + 60]!r}"
        empty = re.search(r"\n-{3,}\n\n[^\n]+\n-{3,}\n", r.text)
        assert not empty, f"{r.variant.name} {r.kind}: empty section before {empty.group(0)!r}"
        spanish = without_user_text(r, r.spanish)
        assert not re.search(r"\bNone\b|\[\]|\{\{|\{%", spanish), f"{r.variant.name} {r.kind} es"


def test_no_overstated_law(matrix):
    overstated = re.compile(r"unlawful|illegal|Condry|\bv\. |case law|court", re.IGNORECASE)
    for r in matrix:
        found = overstated.search(r.text)
        assert not found, f"{r.variant.name} {r.kind}: {found.group(0)!r}"


def test_html_and_text_say_the_same(matrix):
    for r in matrix:
        assert words(r.text) == words(visible_html(r.html)), f"{r.variant.name} {r.kind}"


def test_user_text_is_printed_as_typed(matrix):
    nasty = [r for r in matrix if r.variant.nasty]
    assert nasty
    for r in nasty:
        if "What I was told" in r.text:
            assert "{{ 7*7 }}<b>x</b>" in r.text and "49" not in r.text.split("What I was")[1][:40]
            assert "{{ 7*7 }}&lt;b&gt;x&lt;/b&gt;" in r.html
        assert "María Peña-O'Brien" in r.text and "María Peña-O&#39;Brien" in r.html


def test_every_identifier_the_clerk_needs_is_in_the_letter(matrix):
    for r in matrix:
        case = r.case
        text = r.text
        where = f"{r.variant.name} {r.kind}"
        assert (case.member.name if not r.variant.nasty else "María Peña-O'Brien") in text
        assert f"Member ID: {case.member.member_id}" in text, where
        if case.plan.type.startswith("employer"):
            assert f"Group number: {case.member.group_number}" in text, where
        if r.kind == "gap_exception":
            continue
        for visit in case.visits:
            number = visit.claim.number if visit.claim else None
            if number and number in text:
                date = f"{visit.date:%B} {visit.date.day}, {visit.date.year}"
                assert date in text, where
                assert all(line.code in text for line in visit.lines), where
                if r.kind != "documents_request" or visit.provider.name in text:
                    assert visit.provider.npi in text, where
                if visit.claim.member_cost:
                    assert f"${visit.claim.member_cost:,.2f}" in text, where
        if r.kind in ("aca_appeal", "plan_appeal", "regulator_complaint"):
            assert "C-0001" in text, where


def test_calls_are_cited_with_date_rep_and_reference(matrix):
    for r in matrix:
        if "My calls with the plan" not in r.text:
            continue
        calls = r.text.split("My calls with the plan")[1]
        assert "September 12, 2026, 10:05 AM" in calls
        assert "Representative: Kim, ID K-77" in calls
        assert "Reference number: REF-20260912-01" in calls
        if r.variant.several and r.kind == "external_review_request":
            assert "José" not in calls  # v2 has no final decision: the letter leaves it out
        elif r.variant.several and r.kind != "gap_exception":
            assert "José" in calls and "Reference number: R-2" in calls


def test_each_letter_has_a_specific_request_and_a_deadline(matrix):
    for r in matrix:
        ask = r.text.split("What I ask", 1)
        assert len(ask) == 2, f"{r.variant.name} {r.kind}: no request section"
        hearing = r.kind == "plan_appeal" and r.variant.plan_type == "medicaid_fee_for_service"
        if hearing:  # a fair hearing request: the hearing office sets the hearing's date
            assert "date, time and place" in ask[1], r.variant.name
        elif r.kind in ("aca_appeal", "plan_appeal", "gap_exception", "claim_reprocessing"):
            assert re.search(r"within (30|60) days", ask[1]), f"{r.variant.name} {r.kind}"
        if r.kind == "documents_request":
            assert "free of charge" in ask[1] and "within 30 days" in ask[1]


def test_requests_that_are_not_appeals_cite_no_appeal_decision_time(matrix):
    for r in matrix:
        if r.kind in ("gap_exception", "claim_reprocessing"):
            assert "the time allowed for" not in r.text, f"{r.variant.name} {r.kind}"


def test_complaints_speak_to_the_regulator_not_to_the_plan(matrix):
    for r in matrix:
        if r.kind == "regulator_complaint":
            assert "please tell me which term" not in r.text.lower(), r.variant.name
            assert "Please treat this letter" not in r.text


def test_enclosures_match_the_letter(matrix):
    for r in matrix:
        enclosed = r.text.split("Enclosures:", 1)[1] if "Enclosures:" in r.text else ""
        if r.kind == "claim_reprocessing" and r.extra.get("reprocessing.mode") == "reverse":
            assert "superbill" not in enclosed, r.variant.name
        if "My calls with the plan" in r.text and r.kind != "documents_request":
            assert "My log of calls with the plan" in enclosed
        if r.kind == "external_review_request" and "Request for OPM review" in r.text:
            # "Enclosed are the plan's decisions and my request for reconsideration."
            assert "The plan's decisions" in enclosed, r.variant.name
            assert "My request for reconsideration to the plan" in enclosed, r.variant.name
        elif r.kind == "external_review_request":
            assert "The plan's final decision on my appeal" in enclosed


def test_missing_fact_questions_are_plain(matrix):
    for r in matrix:
        for fact in r.asked:
            assert not RAW_IDS.search(fact.question), fact.question
            assert "None" not in fact.question and fact.where
            assert not re.search(r"\b(?:item of|Your state's)", fact.question), fact.question
            for _value, label in fact.choices:
                assert "_" not in label, label


def test_pdfs_read_back_hold_accents_and_identifiers(matrix):
    sample = [r for r in matrix if r.variant.nasty][:12] + [r for r in matrix if r.variant.several][
        :6
    ]
    for r in sample:
        text = pdf_text(letter_pdf(render_letter(r.kind, r.case, extra=r.extra, today=TODAY)))
        for word in ("Peña", "Zoë", "Núñez", "José", "§", "—", "C-0001", "XYZ123456789"):
            if word in r.text:
                assert word in text, f"{r.variant.name} {r.kind}: {word} lost in the PDF"
        assert "≥ 2" in text or "≥" not in r.text  # drawn as typed, not spelled out


# --- the right recipient per plan type ----------------------------------------------------


def complaint(plan_type: str, state: str, extra: dict | None = None, **plan):
    data = base()
    data["member"]["state"] = state
    data["plan"].update(type=plan_type, grandfathered=None, **plan)
    return Case.from_dict(data), extra or {}


def test_self_funded_complaint_goes_to_ebsa(home):
    case, extra = complaint("employer_self_funded", "NM")
    letter = render_letter("regulator_complaint", case, extra=extra, today=TODAY)
    head = letter.text.split("Re:")[0]
    assert "Employee Benefits Security Administration (EBSA)" in head
    assert "200 Constitution Ave NW" in head and "Washington, DC 20210" in head
    assert head.count("Employee Benefits Security Administration") == 1  # not repeated
    assert "ERISA" in letter.text and "29 CFR 2560.503-1" in letter.text


def test_fully_insured_complaint_goes_to_the_state_department(home):
    case, extra = complaint("employer_fully_insured", "NY")
    letter = render_letter("regulator_complaint", case, extra=extra, today=TODAY)
    assert "Department of Financial Services" in letter.text.split("Re:")[0]
    assert "EBSA" not in letter.text


def test_california_commercial_complaint_names_dmhc_and_cdi(home):
    case, extra = complaint("employer_fully_insured", "CA")
    extra = {"recipient.address": "980 9th Street, Suite 500\nSacramento, CA 95814"}
    text = render_letter("regulator_complaint", case, extra=extra, today=TODAY).text
    assert "Department of Managed Health Care" in text.split("Re:")[0]
    assert "California Department of Insurance" in text
    assert "please forward it" in text


def test_medi_cal_complaint_names_the_medicaid_route_and_california_offices(home):
    case, _ = complaint("medicaid_managed_care", "CA", insurer="Health Net", policy=None)
    facts = missing_facts("regulator_complaint", case)
    assert [f.key for f in facts] == ["recipient.address"]
    assert "Health Care Services" in facts[0].question
    extra = {"recipient.address": "PO Box 997413\nSacramento, CA 95899"}
    text = render_letter("regulator_complaint", case, extra=extra, today=TODAY).text
    flat_text = " ".join(text.split())
    assert "Department of Health Care Services" in text.split("Re:")[0]
    assert "42 CFR 438.402(c)(2)(ii)" in flat_text and "State fair hearing" in flat_text
    assert "in California, within 120 days (Welfare and Institutions Code §10951)" in flat_text
    for office in (
        "Department of Managed Health Care (DMHC) Help Center",
        "Medi-Cal Managed Care Office of the Ombudsman",
        "State Hearings Division",
    ):
        assert office in flat_text
    assert not ACA_WORDS.search(text)


def test_fehb_complaint_goes_to_opm_with_the_brochure_address(home):
    case, _ = complaint("fehb", "TX")
    facts = missing_facts("regulator_complaint", case)
    assert [f.key for f in facts] == ["recipient.address"]
    assert "FEHB brochure" in facts[0].question and "Health Insurance Group" in facts[0].question
    address = "U.S. Office of Personnel Management\nHealth Insurance Group 3\n1900 E Street NW"
    extra = {"recipient.address": address + "\nWashington, DC 20415-3630"}
    text = render_letter("regulator_complaint", case, extra=extra, today=TODAY).text
    assert "Office of Personnel Management" in text.split("Re:")[0]
    assert "Health Insurance Group 3" in text and "Group N" not in text
    assert "5 CFR 890.105" in text and "within 6 months" in text
    assert not ACA_WORDS.search(text)


def test_tricare_complaint_goes_to_the_regional_contractor(home):
    case, _ = complaint("tricare", "NY")
    keys = [f.key for f in missing_facts("regulator_complaint", case)]
    assert keys == ["recipient.name", "recipient.address"]
    extra = {"recipient.name": "TRICARE East Region contractor", "recipient.address": "PO Box 1"}
    text = render_letter("regulator_complaint", case, extra=extra, today=TODAY).text
    assert text.split("Re:")[0].count("TRICARE East Region contractor") == 1
    assert "Defense Health Agency" in text and "section 706" in text
    assert "through your regional contractor" not in text
    assert not ACA_WORDS.search(text)


def test_complaint_without_a_state_asks_for_the_agency(home):
    data = base()
    data["member"]["state"] = None
    case = Case.from_dict(data)
    keys = [f.key for f in missing_facts("regulator_complaint", case)]
    assert keys == ["recipient.name", "recipient.address"]
    extra = {"recipient.name": "Texas Department of Insurance", "recipient.address": "PO Box 1"}
    text = render_letter("regulator_complaint", case, extra=extra, today=TODAY).text
    assert "Texas Department of Insurance" in text and "Your state" not in text


# --- single defects found in the review -------------------------------------------------------


def with_pump(data: dict) -> dict:
    data["equipment"][0].update(
        id="e1",
        claim={"number": "P-77", "status": "denied", "denial_date": "2026-08-20",
               "denial_reason": "Not medically necessary", "member_cost": 250.0,
               "denial_category": "not_medically_necessary"},
    )  # fmt: skip
    return data


def test_deadline_of_a_visit_and_pump_letter_is_the_earlier_pump_deadline(home):
    case = Case.from_dict(with_pump(base()))
    extra = {"recipient.address": "PO Box 1"}
    text = " ".join(render_letter("aca_appeal", case, extra=extra, today=TODAY).text.split())
    # each claim's own window, from its own denial date (180 days)
    assert "claim C-0001, decided on September 10, 2026, by March 9, 2027" in text
    assert "claim P-77, decided on August 20, 2026, by February 16, 2027" in text
    spanish = reading_copy_es("aca_appeal", case, extra=extra, today=TODAY)
    assert "16 de febrero de 2027" in spanish and "los reclamos C-0001 y P-77" in spanish


def test_fee_for_service_medicaid_90_days_is_a_maximum(home):
    data = base()
    data["plan"].update(type="medicaid_fee_for_service", grandfathered=None)
    case = Case.from_dict(data)
    extra = {"recipient.name": "State Hearings Office", "recipient.address": "PO Box 1"}
    text = " ".join(render_letter("plan_appeal", case, extra=extra, today=TODAY).text.split())
    assert "not to exceed 90 days from the date that notice of action is mailed" in text
    assert "(42 CFR 431.221(d))" in text
    assert "90 days allowed" not in text and "rules give me 90 days" not in text
    spanish = reading_copy_es("plan_appeal", case, extra=extra, today=TODAY)
    assert "hasta 90 días" in spanish and "puede ser más corto" in spanish


def test_reversed_claim_keeps_its_number_as_typed(home):
    data = base()
    data["visits"][0]["claim"]["number"] = "c-AbC-9"
    case = Case.from_dict(data)
    extra = {"recipient.address": "PO Box 1", "reprocessing.mode": "reverse"}
    text = render_letter("claim_reprocessing", case, extra=extra, today=TODAY).text
    assert "C-AbC-9 is for a service I did not know of" in text.replace("Claim c-AbC-9", "C-AbC-9")
    assert "Claim c-AbC-9 is for a service" in text
    assert "superbill" not in text and "\nWhy\n" not in text


def test_several_claims_are_joined_with_and(home):
    case = Case.from_dict(with_pump(base()))
    text = render_letter("aca_appeal", case, extra={"recipient.address": "PO"}, today=TODAY).text
    assert "claims C-0001 and P-77" in text


def test_gap_exception_for_a_medicaid_plan_has_grounds_without_aca_claims(home):
    data = base()
    data["plan"].update(type="medicaid_managed_care", grandfathered=None)
    case = Case.from_dict(data)
    letter = render_letter("gap_exception", case, extra={"recipient.address": "PO"}, today=TODAY)
    why = letter.text.split("Why the plan should cover it")[1].split("What I ask")[0]
    assert "its network has no lactation provider available to me" in why
    assert not ACA_WORDS.search(letter.text) and "cost sharing" not in letter.text
    spanish = reading_copy_es("gap_exception", case, extra={"recipient.address": "PO"})
    assert "como si estuviera dentro de la red" in spanish
    assert "sin costos compartidos" not in spanish


def test_denial_reasons_get_an_answer_that_fits(home):
    data = base()
    data["visits"][0]["claim"]["denial_reason"] = "No prior authorization on file"
    data["visits"][0]["claim"]["denial_category"] = "no_authorization"  # as the member confirmed
    case = Case.from_dict(with_pump(data))
    text = " ".join(
        render_letter(
            "aca_appeal", case, extra={"recipient.address": "P"}, today=TODAY
        ).text.split()
    )
    assert "deny this preventive service outright" in text
    assert "45 CFR 147.130(a)(4)" in text
    assert "please send me those criteria" in text  # "Not medically necessary" on the pump
    data["plan"].update(type="chip", grandfathered=None)
    chip = Case.from_dict(data)
    text = render_letter("plan_appeal", chip, extra={"recipient.address": "P"}, today=TODAY).text
    assert "which term of my plan requires an authorization" in " ".join(text.split())
    assert "the plan covers" not in text


def test_plan_type_is_asked_in_plain_words(home):
    data = base()
    data["plan"]["type"] = "unknown"
    case = Case.from_dict(data)
    fact = next(f for f in missing_facts("aca_appeal", case, today=TODAY) if f.key == "plan.type")
    assert "employer_" not in fact.question
    labels = dict(fact.choices)
    assert labels["employer_self_funded"].startswith("Through a job")
    assert "tricare" in labels and "unknown" not in labels
