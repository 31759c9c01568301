"""What a letter still needs, as plain-words questions with where to find each answer.

Every question comes from `TEXTS`, keyed by its text id: the fact key with a visit's or
pump's id part written `[*]` ("visits[*].claim.number"), and `#variant` where one key is
asked in several ways ("recipient.address#tricare"). Values that change from case to case
(dates, codes, names) are `str.format` fields, kept as values on the fact, so
`localize_fact` can ask the same question in Spanish from `data/i18n/es/letter_facts.json`
(anything the overlay lacks stays English).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from helper import plan_types
from helper.i18n import ENGLISH, base_language, long_date, section
from helper.letters.errors import MissingFact
from helper.letters.kinds import LetterKind
from helper.letters.services import Service
from helper.model import PLAN_TYPES, Case

CARD = "on your insurance card"
EOB = "on your Explanation of Benefits (EOB) or the plan's website"
APPEALS_ADDRESS = (
    "on your denial letter or Explanation of Benefits (look for 'Appeals' or 'Grievances'), "
    "or on the back of your insurance card"
)
FAIR_HEARING_WHERE = (
    "on the notice that denied the service or payment: it must say how to ask for a hearing "
    "(look for 'fair hearing', 'appeal rights' or 'your right to a hearing'); if it does "
    "not, call your state Medicaid agency and ask where hearing requests go"
)
PLAN_TYPE_CHOICES = {
    "employer_fully_insured": "Through a job: the insurer pays the claims (insured)",
    "employer_self_funded": "Through a job: the employer pays the claims (self-funded)",
    "individual_marketplace": "Bought myself on the Marketplace (HealthCare.gov or a state site)",
    "individual_off_marketplace": "Bought myself, not on the Marketplace",
    "medicaid_managed_care": "Medicaid through a health plan (managed care)",
    "medicaid_fee_for_service": "Medicaid paid by the state directly (fee-for-service)",
    "chip": "CHIP (Children's Health Insurance Program)",
    "fehb": "FEHB (Federal Employees Health Benefits)",
    "tricare": "TRICARE (military health plan)",
    "short_term": "Short-term health insurance",
}
TRICARE_WHERE = "your TRICARE materials, or https://www.tricare.mil"
OPM_ADDRESS = (
    "OPM's address for your plan, from the disputed-claims section of your FEHB brochure "
    "(it names your plan's Health Insurance Group"
)
VISIT = "the visit on {date}"
PUMP = "the breast pump or supplies ({code}) of {date}"

# Text id -> (question, where to find it[, choices as (value, label) pairs]).
TEXTS: dict[str, tuple] = {
    "member.name": ("Your full name, as on your insurance card", CARD),
    "member.address": ("Your mailing address", "where the plan sends your mail"),
    "member.member_id": ("Member ID", CARD),
    "member.group_number": ("Group number", CARD),
    "plan.insurer": ("The name of your health plan or insurer", CARD),
    "in_network_lactation_provider_available": (
        "Does your plan have an in-network lactation consultant you can get to? Answer yes or no",
        "the plan's provider directory, or ask member services on a call",
        (("no", "No, none available"), ("yes", "Yes, there is one")),
    ),
    "visit": (
        "Which visit or pump is this letter about? Add it to the case first",
        "the dates and claim numbers are on your Explanation of Benefits",
    ),
    "plan.type": (
        "What kind of plan is it? For example a plan through your job (insured or "
        "self-funded), a plan you bought yourself, Medicaid, CHIP, FEHB or TRICARE",
        "your plan documents or your employer's benefits office",
        tuple((t, PLAN_TYPE_CHOICES[t]) for t in PLAN_TYPES if t != "unknown"),
    ),
    "plan.grandfathered": (
        "Is your plan grandfathered? Answer yes or no",
        "a grandfathered plan must say so in its plan materials (45 CFR 147.140(a)(2)); "
        "if they do not say so, answer no",
        (("no", "No"), ("yes", "Yes")),
    ),
    "recipient.address": (
        "Where should this letter go? Your plan's mailing address (or email) for appeals "
        "and requests",
        APPEALS_ADDRESS,
    ),
    "recipient.address#external_review": (
        "Where should this letter go? The mailing address (or email) for external review requests",
        "on the plan's final decision on your appeal: it says where external review requests go",
    ),
    "recipient.name#fair_hearing": (
        "The name of the office that takes fair hearing requests for your state's Medicaid "
        "agency (for example its hearings or appeals office)",
        FAIR_HEARING_WHERE,
    ),
    "recipient.address#fair_hearing": (
        "That office's mailing address (or fax, email or web form) for fair hearing requests",
        FAIR_HEARING_WHERE,
    ),
    "recipient.name#tricare": ("The name of your TRICARE regional contractor", TRICARE_WHERE),
    "recipient.address#review_agency": (
        "The mailing address (or web form) of {name} for external review requests",
        "the plan's final decision letter, or the agency's website: {site}",
    ),
    "recipient.address#imr_application": (
        "The mailing address of {name} for Independent Medical Review applications",
        "the IMR application form your insurer must send with its final decision; if you "
        "have none, ask {name} for one: {site}",
    ),
    "plan.regulator": (
        "Which California department regulates your plan? HMOs and most health plans: the "
        "Department of Managed Health Care (DMHC); many PPO and EPO insurance policies: the "
        "Department of Insurance (CDI)",
        "your insurance card or plan documents; or call the DMHC Help Center, 888-466-2219",
        (
            ("dmhc", "Department of Managed Health Care (DMHC)"),
            ("cdi", "Department of Insurance (CDI)"),
        ),
    ),
    "recipient.address#tricare": (
        "Your TRICARE regional contractor's mailing address for appeals and complaints",
        TRICARE_WHERE,
    ),
    "recipient.address#opm": (
        OPM_ADDRESS + ")",
        "your plan's FEHB brochure, section on disputed claims",
    ),
    "recipient.address#opm_example": (
        OPM_ADDRESS + "; it looks like: {example})",
        "your plan's FEHB brochure, section on disputed claims",
    ),
    "recipient.name#agency": (
        "The name of the agency that takes complaints about your plan (for most "
        "plans, your state's insurance department)",
        "the NAIC directory of state insurance departments: "
        "https://content.naic.org/state-insurance-departments, or your plan documents",
    ),
    "recipient.address#agency": (
        "The agency's mailing address (or its complaint web page)",
        "the agency's website",
    ),
    "recipient.address#regulator": (
        "The mailing address (or complaint web page) of {name}",
        "the agency's website: {site}",
    ),
    "recipient.address#regulator_no_site": (
        "The mailing address (or complaint web page) of {name}",
        "the agency's website",
    ),
    "reprocessing.mode": (
        "What should the plan do: process the claim again with corrected codes "
        "(corrected), or reverse a claim you did not know of or did not use (reverse)?",
        "your provider can tell you if they sent a corrected claim",
        (
            ("corrected", "Process it again with corrected codes"),
            ("reverse", "Reverse it: I did not know of or did not use this service"),
        ),
    ),
}
# Per visit or pump: the field, its question about "{about}" (VISIT or PUMP), where.
SERVICE_TEXTS: dict[str, tuple[str, str]] = {
    "claim.number": ("Claim number for {about}", EOB),
    "claim.denial_date": (
        "Date of the denial for {about} (YYYY-MM-DD)",
        "on the denial letter or Explanation of Benefits",
    ),
    "claim.final_denial_date": (
        "Date of the plan's final decision on your appeal for {about} (YYYY-MM-DD)",
        "on the letter that turned down your appeal",
    ),
    "provider.name": (
        "Name of the lactation provider for {about}",
        "on the provider's receipt (superbill) or your EOB",
    ),
    "provider.credential": (
        "The provider's credential for {about} (for example IBCLC, CLC, RN)",
        "on the provider's receipt or website",
    ),
    "lines": (
        "Codes billed for {about} (for example S9443)",
        "on your EOB or the provider's receipt (superbill)",
    ),
}
VISIT_ONLY_FIELDS = ("provider.name", "provider.credential", "lines")
for _field, (_question, _where) in SERVICE_TEXTS.items():
    TEXTS[f"visits[*].{_field}"] = (_question.replace("{about}", VISIT), _where)
    if _field not in VISIT_ONLY_FIELDS:
        TEXTS[f"equipment[*].{_field}"] = (_question.replace("{about}", PUMP), _where)

_ITEM_ID = re.compile(r"\[[^\]]*\]")


def text_id(key: str) -> str:
    """ "visits[v1].claim.number" -> "visits[*].claim.number" (the overlay's key)."""
    return _ITEM_ID.sub("[*]", key)


def fact(key: str, variant: str = "", **params: Any) -> MissingFact:
    """The English MissingFact for `key`, asked as `TEXTS[text id]` with `params` filled."""
    tid = text_id(key) + (f"#{variant}" if variant else "")
    question, where, *rest = TEXTS[tid]
    values = tuple(sorted(params.items()))
    return MissingFact(
        key,
        _fill(question, values, ENGLISH),
        _fill(where, values, ENGLISH),
        choices=rest[0] if rest else (),
        text_id=tid,
        params=values,
    )


def localize_fact(missing: MissingFact, lang: str) -> MissingFact:
    """The same fact asked in `lang` (question, where, choice labels); English where the
    overlay `data/i18n/<lang>/letter_facts.json` has no text for it."""
    if base_language(lang) == ENGLISH or not missing.text_id:
        return missing
    entry = section("letter_facts", "facts", lang).get(missing.text_id)
    if not isinstance(entry, dict):
        return missing
    labels = entry.get("choices") or {}
    try:
        question = _fill(entry.get("question") or "", missing.params, lang)
        where = _fill(entry.get("where") or "", missing.params, lang)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong field
        return missing
    return replace(
        missing,
        question=question or missing.question,
        where=where or missing.where,
        choices=tuple((value, labels.get(value) or label) for value, label in missing.choices),
    )


def _fill(template: str, params: tuple[tuple[str, Any], ...], lang: str) -> str:
    """`template` with its fields filled; dates written the way `lang` reads them."""
    return template.format(**{name: _shown(value, lang) for name, value in params})


def _shown(value: Any, lang: str) -> str:
    if isinstance(value, dt.date):
        return long_date(value, lang)
    return "" if value is None else str(value)


def find_missing(
    kind: LetterKind,
    case: Case,
    services: list[Service],
    letter_facts: dict,
    regulator: dict | None,
    review: dict | None = None,
) -> list[MissingFact]:
    """Every fact the letter needs that is neither in the case nor typed in."""
    missing: list[MissingFact] = []
    add = missing.append
    member, plan = case.member, case.plan
    if not member.name:
        add(fact("member.name"))
    if not member.address:
        add(fact("member.address"))
    if not member.member_id:
        add(fact("member.member_id"))
    if plan.type in plan_types.EMPLOYER and not member.group_number:
        add(fact("member.group_number"))
    if not plan.insurer:
        add(fact("plan.insurer"))
    if kind.plans in ("aca", "review") or kind.id == "gap_exception":
        missing.extend(_plan_status(kind, case))
    if kind.id == "gap_exception" and case.in_network_lactation_provider_available is None:
        add(fact("in_network_lactation_provider_available"))
    missing.extend(_recipient(kind, case, letter_facts, regulator, review))
    if kind.needs_service and not services:
        add(fact("visit"))
    for service in services:
        missing.extend(_service_facts(kind, service))
    if kind.id == "claim_reprocessing":
        missing.extend(_reprocessing(letter_facts))
    return missing


def _plan_status(kind: LetterKind, case: Case) -> list[MissingFact]:
    plan = case.plan
    if plan.type == "unknown":
        return [fact("plan.type")]
    if plan.type in plan_types.aca_types() and plan.grandfathered is None:
        return [fact("plan.grandfathered")]
    return []


def _recipient(kind, case, letter_facts, regulator, review=None) -> list[MissingFact]:
    has_address = any(
        letter_facts.get(k) for k in ("recipient.address", "recipient.email", "recipient.web_form")
    )
    if kind.recipient == "regulator":
        return _regulator_recipient(letter_facts, regulator, has_address)
    if kind.id == "plan_appeal" and case.plan.type == "medicaid_fee_for_service":
        facts = (
            [] if letter_facts.get("recipient.name") else [fact("recipient.name", "fair_hearing")]
        )
        return facts + ([] if has_address else [fact("recipient.address", "fair_hearing")])
    if review and review.get("choose_regulator"):
        return [fact("plan.regulator")]  # California: DMHC or CDI, whichever takes the IMR
    if has_address:
        return []
    if review and review.get("kind") == "opm":
        return [fact("recipient.address", "opm")]
    if review and review.get("request_to") == "agency":
        if review.get("address_lines"):
            return []
        variant = "imr_application" if review.get("kind") == "cdi" else "review_agency"
        return [fact("recipient.address", variant, name=review["body"],
                     site=review.get("check_at") or "")]  # fmt: skip
    variant = "external_review" if kind.id == "external_review_request" else ""
    return [fact("recipient.address", variant)]


def _regulator_recipient(letter_facts, regulator, has_address) -> list[MissingFact]:
    """The agency's name and address, asked for where the data cannot give a real one."""
    regulator = regulator or {}
    kind = regulator.get("kind")
    named = bool(letter_facts.get("recipient.name"))
    facts: list[MissingFact] = []
    if kind == "tricare":
        # TRICARE complaints start with the regional contractor, named on the member's
        # TRICARE materials; "TRICARE ... through your contractor" is no addressee.
        if not named:
            facts.append(fact("recipient.name", "tricare"))
        if not has_address:
            facts.append(fact("recipient.address", "tricare"))
        return facts
    if kind == "opm":
        # OPM reviews FEHB disputed claims in the "Health Insurance Group" of the plan, which
        # only the plan's brochure names (FACTS.md): the user copies the address from it.
        if has_address:
            return []
        example = regulator.get("mail_example") or ""
        if example:
            return [fact("recipient.address", "opm_example", example=example)]
        return [fact("recipient.address", "opm")]
    if regulator.get("missing_state") or not regulator.get("name"):
        if not named:
            facts.append(fact("recipient.name", "agency"))
        if not has_address:
            facts.append(fact("recipient.address", "agency"))
        return facts
    if has_address or regulator.get("mail") or regulator.get("complaint_url"):
        return []
    site = regulator.get("url") or regulator.get("check_at")
    if not site:
        return [fact("recipient.address", "regulator_no_site", name=regulator["name"])]
    return [fact("recipient.address", "regulator", name=regulator["name"], site=site)]


def _service_facts(kind: LetterKind, service: Service) -> list[MissingFact]:
    claim = service.claim
    needs: list[tuple[str, Callable[[], bool]]] = []
    if "claim" in kind.asks:
        needs.append(("claim.number", lambda: claim is not None and bool(claim.number)))
    if kind.first_appeal and claim is not None and claim.status == "denied":
        needs.append(("claim.denial_date", lambda: claim.denial_date is not None))
    if kind.id == "external_review_request":
        needs.append(("claim.final_denial_date",
                      lambda: claim is not None and claim.final_denial_date is not None))  # fmt: skip
    visit = service.visit
    if visit is not None and "provider" in kind.asks:
        needs.append(("provider.name", lambda: bool(visit.provider.name)))
        needs.append(("provider.credential", lambda: bool(visit.provider.credential)))
    if visit is not None and "codes" in kind.asks:
        needs.append(("lines", lambda: bool(visit.lines)))
    params: dict[str, Any] = {"date": service.date}
    if service.visit is None:
        params["code"] = service.equipment.code
    return [
        fact(f"{service.prefix}.{field}", **params) for field, present in needs if not present()
    ]


def _reprocessing(letter_facts: dict) -> list[MissingFact]:
    mode = letter_facts.get("reprocessing.mode")
    if mode in ("corrected", "reverse"):
        return []
    return [fact("reprocessing.mode")]
