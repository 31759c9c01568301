"""Builds a letter's template context from a case: plain dicts, lists and text only.

Dates are written out ("August 15, 2026") and amounts as "$180.00". A value the letter
may leave out is None and the templates test for it; a value the letter needs is checked
by `missing.find_missing` first, so no template ever prints "None" or a blank identifier.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from helper import deadlines as dl
from helper import plan_types
from helper.claims import category_label, claim_stage
from helper.letters import law, sources
from helper.letters.errors import BadFactError, MissingFactsError
from helper.letters.extra import apply_case_facts, codes, split_extra
from helper.letters.kinds import LetterKind, get_kind
from helper.letters.missing import find_missing
from helper.letters.refusals import letter_services
from helper.letters.review import review_context
from helper.letters.services import Service, select_services
from helper.model import Case
from helper.model.fields import wall_clock
from helper.problems import Problem, ProblemValue

CLAIM_STATUS_LABELS = {
    "not_submitted": "not yet submitted",
    "pending": "pending",
    "paid": "paid",
    "partially_paid": "partly paid",
    "denied": "denied",
}
CREDENTIAL_LABELS = {
    "IBCLC": "International Board Certified Lactation Consultant (IBCLC)",
    "CLC": "Certified Lactation Counselor (CLC)",
    "LEC": "lactation educator-counselor",
    "RN": "registered nurse (RN)",
    "NP": "nurse practitioner (NP)",
    "PA": "physician assistant (PA)",
    "CNM": "certified nurse-midwife (CNM)",
    "MD": "physician (MD)",
    "DO": "physician (DO)",
    "MA": "medical assistant (MA)",
    "CPHW": "community perinatal health worker (CPHW)",
    "peer": "peer counselor",
    "other": "lactation provider",
}
# What a credential is, for "within the scope of their ...": an IBCLC holds a certification,
# not a license, in most states; a nurse or physician holds a license.
CREDENTIAL_KINDS = {
    **dict.fromkeys(("IBCLC", "CLC", "LEC", "CPHW", "MA"), "certification"),
    **dict.fromkeys(("RN", "NP", "PA", "CNM", "MD", "DO"), "license"),
}
SETTING_LABELS = {
    "office": "office visit",
    "home": "home visit",
    "telehealth": "telehealth visit",
    "hospital_outpatient": "hospital outpatient visit",
    "inpatient": "during a hospital stay",
}


@dataclass
class Prepared:
    """A case with the typed-in facts applied, and what the letter is about."""

    kind: LetterKind
    case: Case
    services: list[Service]
    letter_facts: dict[str, Any]
    report: Any | None
    regulator: dict | None
    missing: list
    review: dict | None = None  # external review requests: helper.letters.review


def prepare(
    kind_id: str,
    case: Case,
    visit_id: str | None,
    extra: dict | None,
    today: dt.date | None = None,
) -> Prepared:
    """The case with typed facts applied and the services the letter argues.

    Raises LetterNotApplicable when the letter does not fit the plan or the claims' stage
    on `today` (a closed appeal, a passed window: see `refusals`).
    """
    today = today or dt.date.today()
    kind = get_kind(kind_id)
    first = select_services(kind, case, visit_id)
    prefix = first[0].prefix if len(first) == 1 else None
    case_facts, letter_facts = split_extra(extra, prefix)
    mode = letter_facts.get("reprocessing.mode")
    if mode is not None and mode not in ("corrected", "reverse"):
        raise BadFactError([Problem("reprocessing.mode", "reprocessing_mode", got=f'"{mode}"')])
    if letter_facts.get("reprocessing.corrected_codes"):
        try:
            letter_facts["reprocessing.corrected_codes"] = codes(
                letter_facts["reprocessing.corrected_codes"]
            )
        except ProblemValue as error:
            raise BadFactError([error.at("reprocessing.corrected_codes")]) from None
    case = apply_case_facts(case, case_facts)
    keys = {s.prefix for s in first}
    services = letter_services(kind, case, visit_id, today, mode, keep=keys)
    report = sources.coverage_report(case, today)
    regulator = sources.regulator(case, report) if kind.recipient == "regulator" else None
    review = review_context(case, services, today) if kind.plans == "review" else None
    missing = find_missing(kind, case, services, letter_facts, regulator, review)
    return Prepared(kind, case, services, letter_facts, report, regulator, missing, review)


def build_context(
    kind: str,
    case: Case,
    visit_id: str | None = None,
    extra: dict | None = None,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """The template context; MissingFactsError lists what is missing."""
    today = today or dt.date.today()
    prepared = prepare(kind, case, visit_id, extra, today)
    if prepared.missing:
        raise MissingFactsError(prepared.missing)
    return context_from(prepared, today)


def context_from(p: Prepared, today: dt.date) -> dict[str, Any]:
    case = p.case
    descriptions = sources.code_descriptions()
    services = [_service(s, descriptions, case, today) for s in p.services]
    # the policy does not let this provider bill the plan herself: a billing route, not scope
    barred = {
        f.visit
        for f in getattr(p.report, "findings", None) or []
        if f.kind == "provider_not_eligible_to_bill"
    }
    for service in services:
        if service["provider"]:
            service["provider"]["cannot_bill_plan"] = service["key"] in barred
    keys = {s.key for s in p.services}
    dues = [s["claim"]["appeal_due_date"] for s in services if s["claim"]]
    due = min((d for d in dues if d is not None), default=None)
    credentials = {s.visit.provider.credential for s in p.services if s.visit}
    billed = {line["code"].strip().upper() for s in services for line in s["lines"]}
    member = case.member
    context = {
        "kind": p.kind.id,
        "today": long_date(today),
        "sender": {
            "name": member.name,
            "address_lines": _lines(member.address),
            "email": member.email,
            "phone": member.phone,
        },
        "member": {
            "name": member.name,
            "member_id": member.member_id,
            "group_number": member.group_number,
            "state": member.state,
        },
        "plan": {
            "insurer": case.plan.insurer,
            "plan_name": plan_name_beside_insurer(case.plan),
            "type_label": plan_types.letter_words(case.plan.type, "en"),
        },
        "baby": {
            "name": case.baby.name,
            "birth_date": long_date(case.baby.birth_date),
        },
        "services": services,
        "claim_numbers": [
            s["claim"]["number"] for s in services if s["claim"] and s["claim"]["number"]
        ],
        "calls": _calls(case, keys),
        "calls_earlier": max(0, len(chosen_calls(case, keys)) - MAX_CALLS_IN_LETTER),
        "law": law.law_context(case, p.services, due, today),
        "policy": sources.policy_quotes(
            case.plan.policy,
            credentials - {None},
            billed,
            {service_kind(s) for s in p.services},
            {s.claim.denial_category for s in p.services if s.claim} - {None},
            sources.case_facts(case, p.services),
        ),
        "policy_title": sources.policy_title(case.plan.policy),
        "regulator": _regulator(p.regulator),
        "review": p.review,
        "recipient": _recipient(p),
        "facts": {
            "reprocessing_mode": p.letter_facts.get("reprocessing.mode"),
            "corrected_codes": p.letter_facts.get("reprocessing.corrected_codes") or [],
        },
    }
    context["law"]["appeal_due"] = long_date(due)
    context["law"]["appeal_due_date"] = due  # for a line in another language
    context["subject"] = subject(p.kind, context)
    context["enclosures"] = enclosures(p.kind, context)
    return context


def service_kind(service: Service) -> str:
    """ "visits", "pumps" or "supplies" (data/codes.json "service"): what a policy quote must
    be about to be quoted for this service."""
    if service.visit is not None:
        return "visits"
    return sources.code_services().get(service.equipment.code.strip().upper()[:5], "pumps")


def long_date(value: dt.date | None) -> str | None:
    if value is None:
        return None
    return f"{value:%B} {value.day}, {value.year}"


def money(value: float | None) -> str | None:
    return None if value is None else f"${value:,.2f}"


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _service(
    service: Service, descriptions: dict[str, str], case: Case, today: dt.date
) -> dict[str, Any]:
    visit, item = service.visit, service.equipment
    claim = service.claim
    if visit is not None:
        lines = [
            {
                "code": line.code,
                "modifier": line.modifier,
                "units": line.units,
                "description": descriptions.get(line.code) or None,
                "diagnoses": ", ".join(line.diagnoses) or None,
                "charge": money(line.charge),
            }
            for line in visit.lines
        ]
        charges = [line.charge for line in visit.lines if line.charge is not None]
        provider = visit.provider
        return {
            "key": service.key,
            "what": "lactation visit",
            "date": long_date(visit.date),
            "provider": {
                "name": provider.name,
                "credential": provider.credential,
                "credential_label": CREDENTIAL_LABELS.get(provider.credential or ""),
                "credential_kind": CREDENTIAL_KINDS.get(
                    provider.credential or "", "license or certification"
                ),
                "cannot_bill_plan": False,  # set in context_from from the check's finding
                "network": {"in": "in network", "out": "out of network"}.get(provider.network),
                "npi": provider.npi,
            },
            "setting": SETTING_LABELS.get(visit.setting or ""),
            "minutes": visit.minutes,
            # a visit after today: asked for in advance (a pre-service claim), never billed
            "scheduled": visit.date is not None and visit.date > today,
            "lines": lines,
            "total_charge": money(sum(charges)) if charges else None,
            "claim": _claim(claim, case, today),
        }
    line = {
        "code": item.code,
        "modifier": item.modifier,
        "units": item.quantity or 1,
        "description": descriptions.get(item.code) or None,
        "diagnoses": ", ".join(item.diagnoses) or None,
        "charge": None,
    }
    return {
        "key": service.key,
        "what": "breast pump or supplies",
        "date": long_date(item.date),
        "provider": None,
        "setting": None,
        "minutes": None,
        "scheduled": False,
        "lines": [line],
        "total_charge": None,
        "claim": _claim(claim, case, today),
    }


def _claim(claim, case: Case, today: dt.date) -> dict[str, Any] | None:
    """The claim as the letter states it, with its own stage and its own appeal deadline:
    timeliness is stated per claim, from that claim's dates, and only while it is open."""
    if claim is None:
        return None
    stage = claim_stage(claim)
    due = None
    if stage in ("denied", "paid_with_cost_sharing") and claim.denial_date is not None:
        due = dl.appeal_deadline(claim, case.plan).due
    category = claim.denial_category
    return {
        "number": claim.number,
        "status": claim.status,
        "status_label": CLAIM_STATUS_LABELS.get(claim.status, claim.status),
        "denial_date": long_date(claim.denial_date),
        "final_denial_date": long_date(claim.final_denial_date),
        "denial_reason": claim.denial_reason,
        "category": category,
        "category_label": category_label(category) if category else None,
        "member_cost": money(claim.member_cost),
        "stage": stage,
        "appeal_sent": long_date(claim.appeal_sent),
        "appeal_due_date": due,
        "appeal_due": long_date(due),
        "appeal_timely": due is not None and today <= due,
    }


MAX_CALLS_IN_LETTER = 10


def chosen_calls(case: Case, keys: set[str]) -> list:
    """Calls about these visits, or about no visit in particular, oldest first."""
    chosen = [c for c in case.calls if c.visit is None or c.visit in keys or not keys]
    chosen.sort(key=lambda c: wall_clock(c.started))
    return chosen


def _calls(case: Case, keys: set[str]) -> list[dict[str, Any]]:
    """The latest MAX_CALLS_IN_LETTER calls, oldest first (the letter says how many earlier
    ones its call log holds: a reviewer reads the last calls, not a year of them)."""
    chosen = chosen_calls(case, keys)[-MAX_CALLS_IN_LETTER:]
    return [
        {
            "date": long_date(c.started.date()) if c.started else None,
            "time": f"{c.started:%I:%M %p}".lstrip("0") if c.started else None,
            "department": c.department,
            "phone": c.phone,
            "rep_name": c.rep_name,
            "rep_id": c.rep_id,
            "reference": c.reference,
            "summary": c.summary,
            "outcome": c.outcome,
        }
        for c in chosen
    ]


def _regulator(found: dict | None) -> dict | None:
    if not found:
        return None
    return {
        "name": found.get("name"),
        "kind": found.get("kind"),
        "complaint_url": found.get("complaint_url"),
        "phone": found.get("phone"),
        "mail": found.get("mail"),
        "web_form_only": bool(found.get("web_form_only")),
        "also": [
            {"name": a.get("name"), "phone": a.get("phone"), "url": a.get("url")}
            for a in found.get("also") or []
            if a.get("name")
        ],
    }


def _recipient(p: Prepared) -> dict[str, Any]:
    facts = p.letter_facts
    name = facts.get("recipient.name")
    address = facts.get("recipient.address")
    email = facts.get("recipient.email")
    web_form = facts.get("recipient.web_form")
    attention = None
    if p.kind.recipient == "regulator" and p.regulator:
        name = name or p.regulator.get("name")
        if not (address or email or web_form):
            address = p.regulator.get("mail")
            web_form = p.regulator.get("complaint_url")
        address = "\n".join(_without_name_lines(_lines(address), name)) or None
    review = p.review or {}
    if review.get("request_to") == "agency":  # the body that runs the review takes it
        name = name or review.get("addressee") or review["body"]
        if not (address or email or web_form):
            address = "\n".join(review.get("address_lines") or []) or None
        address = "\n".join(_without_name_lines(_lines(address), name)) or None
    elif law.fair_hearing_request(p.kind.id, p.case):
        pass  # the state's hearing office, as the parent names it from her notice
    elif p.kind.recipient == "insurer":
        name = name or p.case.plan.insurer
        attention = {
            "aca_appeal": "Appeals",
            "plan_appeal": "Appeals and Grievances",
            "external_review_request": "External Review",
            "documents_request": "Member Services / Plan Administrator",
        }.get(p.kind.id, "Member Services")
    return {
        "name": name,
        "attention": attention,
        "address_lines": _lines(address),
        "email": email,
        "web_form": web_form,
    }


def plan_name_beside_insurer(plan) -> str | None:
    """The plan's name when it adds to the insurer's ("Health First Colorado" twice reads
    as a mistake on "Plan: Health First Colorado, Health First Colorado")."""
    name = (plan.plan_name or "").strip()
    if not name or name.casefold() == (plan.insurer or "").strip().casefold():
        return None
    return name


def _without_name_lines(lines: list[str], name: str | None) -> list[str]:
    """An agency's mailing address often repeats its own name, already printed above it
    ("U.S. Department of Labor" under "U.S. Department of Labor, EBSA"; "Texas Department
    of Insurance" as the second line under the same name): drop those lines, wherever they
    are. A line with a number (street, box, mail code, ZIP) is always kept."""
    if not name:
        return lines
    folded = name.casefold()
    kept = [
        line
        for line in lines
        if any(ch.isdigit() for ch in line) or line.strip().casefold() not in folded
    ]
    return kept or list(lines[-1:])


def subject(kind: LetterKind, c: dict) -> str:
    member_id = c["member"]["member_id"]
    claims = ", ".join(c["claim_numbers"])
    on_claims = f" claim {claims}" if len(c["claim_numbers"]) == 1 else f" claims {claims}"
    on_claims = on_claims if claims else ""
    if kind.id == "plan_appeal" and c["law"]["route"] == "medicaid_fee_for_service":
        topic = on_claims or " a Medicaid decision"
        return f"Request for a fair hearing on{topic}: lactation care (member ID {member_id})"
    titles = {
        "aca_appeal": f"Appeal of{on_claims or ' a coverage decision'}: preventive lactation care",
        "plan_appeal": f"Appeal of{on_claims or ' a coverage decision'}: lactation care",
        "gap_exception": "Request for a network gap exception: lactation consultant",
        "regulator_complaint": f"Complaint about {c['plan']['insurer']}: lactation care",
        "claim_reprocessing": f"Request to reprocess{on_claims or ' a claim'}",
        "documents_request": "Request for my claim file and plan documents",
        "external_review_request": f"{_review_title(c.get('review'))} of"
        f"{on_claims or ' a final denial'}",
    }
    return f"{titles[kind.id]} (member ID {member_id})"


def _review_title(review: dict | None) -> str:
    kind = (review or {}).get("kind")
    if kind == "opm":
        return "Request for OPM review"
    if kind in ("dmhc", "cdi"):
        return "Application for Independent Medical Review"
    return "Request for external review"


def enclosures(kind: LetterKind, c: dict) -> list[str]:
    items: list[str] = []
    for s in c["services"]:
        claim = s["claim"]
        if claim and claim["number"] and kind.id != "documents_request":
            if s["scheduled"]:  # asked before the visit: a denial letter, no EOB, no receipt
                items.append(f"The plan's denial letter for pre-service claim {claim['number']}")
            else:
                items.append(
                    f"Explanation of Benefits or denial letter for claim {claim['number']}"
                )
        provider = s["provider"]
        reversing = kind.id == "claim_reprocessing" and c["facts"]["reprocessing_mode"] == "reverse"
        billed = not (s["scheduled"] or reversing)
        if provider and provider["name"] and kind.id != "documents_request" and billed:
            items.append(f"Itemized receipt (superbill) from {provider['name']}")
    if kind.id == "external_review_request" and (c.get("review") or {}).get("kind") == "opm":
        # what the OPM request says it encloses (5 CFR 890.105(d)(3): the denial notice)
        items.append("The plan's decisions: its denial and its reconsidered decision")
        items.append("My request for reconsideration to the plan")
    elif kind.id == "external_review_request":
        items.append("The plan's final decision on my appeal")
    if c["calls"] and kind.id not in ("documents_request",):
        items.append("My log of calls with the plan")
    if c["law"]["oon_gap"] and kind.id in ("aca_appeal", "gap_exception"):
        items.append(
            "What I found when I searched the plan's directory for in-network lactation providers"
        )
    return list(dict.fromkeys(items))
