"""What a letter still needs, as plain-words questions with where to find each answer."""

from __future__ import annotations

from collections.abc import Callable

from helper.letters.errors import LetterNotApplicable, MissingFact
from helper.letters.kinds import ACA_PLAN_TYPES, EMPLOYER_PLAN_TYPES, LetterKind
from helper.letters.services import Service
from helper.model import PLAN_TYPES, Case

CARD = "on your insurance card"
EOB = "on your Explanation of Benefits (EOB) or the plan's website"
APPEALS_ADDRESS = (
    "on your denial letter or Explanation of Benefits (look for 'Appeals' or 'Grievances'), "
    "or on the back of your insurance card"
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
CLAIM_KINDS = ("aca_appeal", "plan_appeal", "claim_reprocessing", "external_review_request",
               "regulator_complaint", "documents_request")  # fmt: skip
CODE_KINDS = ("aca_appeal", "plan_appeal", "claim_reprocessing", "external_review_request",
              "regulator_complaint")  # fmt: skip
PROVIDER_KINDS = CODE_KINDS + ("gap_exception",)


def check_applicable(kind: LetterKind, case: Case) -> None:
    """Raise LetterNotApplicable when the kind cannot fit this plan at all."""
    if kind.plans != "aca":
        return
    plan_type = case.plan.type
    if plan_type != "unknown" and plan_type not in ACA_PLAN_TYPES:
        raise LetterNotApplicable(
            "This letter relies on the ACA preventive-care rule, which does not reach this "
            "kind of plan. Use the plan appeal letter (plan_appeal) instead."
        )
    if plan_type in ACA_PLAN_TYPES and case.plan.grandfathered is True:
        raise LetterNotApplicable(
            "Your plan is grandfathered, so the ACA preventive-care rule does not reach it "
            "(45 CFR 147.140). Use the plan appeal letter (plan_appeal) instead."
        )
    if kind.id == "gap_exception" and case.in_network_lactation_provider_available is True:
        raise LetterNotApplicable(
            "Your case says the plan has an in-network lactation provider available, so a "
            "gap exception has no basis. Check the plan's directory again, or use an appeal."
        )


def find_missing(
    kind: LetterKind,
    case: Case,
    services: list[Service],
    letter_facts: dict,
    regulator: dict | None,
) -> list[MissingFact]:
    """Every fact the letter needs that is neither in the case nor typed in."""
    missing: list[MissingFact] = []
    add = missing.append
    member, plan = case.member, case.plan
    if not member.name:
        add(MissingFact("member.name", "Your full name, as on your insurance card", CARD))
    if not member.address:
        add(MissingFact("member.address", "Your mailing address", "where the plan sends your mail"))
    if not member.member_id:
        add(MissingFact("member.member_id", "Member ID", CARD))
    if plan.type in EMPLOYER_PLAN_TYPES and not member.group_number:
        add(MissingFact("member.group_number", "Group number", CARD))
    if not plan.insurer:
        add(MissingFact("plan.insurer", "The name of your health plan or insurer", CARD))
    if kind.plans == "aca" or kind.id == "gap_exception":
        missing.extend(_plan_status(kind, case))
    if kind.id == "gap_exception" and case.in_network_lactation_provider_available is None:
        add(
            MissingFact(
                "in_network_lactation_provider_available",
                "Does your plan have an in-network lactation consultant you can get to? "
                "Answer yes or no",
                "the plan's provider directory, or ask member services on a call",
                choices=(("no", "No, none available"), ("yes", "Yes, there is one")),
            )
        )
    missing.extend(_recipient(kind, case, letter_facts, regulator))
    if kind.needs_service and not services:
        add(
            MissingFact(
                "visit",
                "Which visit or pump is this letter about? Add it to the case first",
                "the dates and claim numbers are on your Explanation of Benefits",
            )
        )
    for service in services:
        missing.extend(_service_facts(kind, service))
    if kind.id == "claim_reprocessing":
        missing.extend(_reprocessing(letter_facts))
    return missing


def _plan_status(kind: LetterKind, case: Case) -> list[MissingFact]:
    plan = case.plan
    if plan.type == "unknown":
        return [
            MissingFact(
                "plan.type",
                "What kind of plan is it? For example a plan through your job (insured or "
                "self-funded), a plan you bought yourself, Medicaid, CHIP, FEHB or TRICARE",
                "your plan documents or your employer's benefits office",
                choices=tuple((t, PLAN_TYPE_CHOICES[t]) for t in PLAN_TYPES if t != "unknown"),
            )
        ]
    if plan.type in ACA_PLAN_TYPES and plan.grandfathered is None:
        return [
            MissingFact(
                "plan.grandfathered",
                "Is your plan grandfathered? Answer yes or no",
                "a grandfathered plan must say so in its plan materials (45 CFR 147.140(a)(2)); "
                "if they do not say so, answer no",
                choices=(("no", "No"), ("yes", "Yes")),
            )
        ]
    return []


def _recipient(kind, case, letter_facts, regulator) -> list[MissingFact]:
    has_address = any(
        letter_facts.get(k) for k in ("recipient.address", "recipient.email", "recipient.web_form")
    )
    if kind.recipient == "regulator":
        return _regulator_recipient(letter_facts, regulator, has_address)
    if has_address:
        return []
    where = APPEALS_ADDRESS
    if kind.id == "external_review_request":
        where = (
            "on the plan's final decision on your appeal: it says where external review requests go"
        )
    return [
        MissingFact(
            "recipient.address",
            "Where should this letter go? The plan's mailing address (or email) for this",
            where,
        )
    ]


def _regulator_recipient(letter_facts, regulator, has_address) -> list[MissingFact]:
    """The agency's name and address, asked for where the data cannot give a real one."""
    regulator = regulator or {}
    kind = regulator.get("kind")
    named = bool(letter_facts.get("recipient.name"))
    facts: list[MissingFact] = []
    if kind == "tricare":
        # TRICARE complaints start with the regional contractor, named on the member's
        # TRICARE materials; "TRICARE ... through your contractor" is no addressee.
        where = "your TRICARE materials, or https://www.tricare.mil"
        if not named:
            facts.append(
                MissingFact("recipient.name", "The name of your TRICARE regional contractor", where)
            )
        if not has_address:
            facts.append(
                MissingFact(
                    "recipient.address",
                    "Your TRICARE regional contractor's mailing address for appeals and complaints",
                    where,
                )
            )
        return facts
    if kind == "opm":
        # OPM reviews FEHB disputed claims in the "Health Insurance Group" of the plan, which
        # only the plan's brochure names (FACTS.md): the user copies the address from it.
        if has_address:
            return []
        example = " ".join((regulator.get("mail") or "").split("\n"))
        return [
            MissingFact(
                "recipient.address",
                "OPM's address for your plan, from the disputed-claims section of your FEHB "
                "brochure (it names your plan's Health Insurance Group"
                + (f"; it looks like: {example}" if example else "")
                + ")",
                "your plan's FEHB brochure, section on disputed claims",
            )
        ]
    if regulator.get("missing_state") or not regulator.get("name"):
        if not named:
            facts.append(
                MissingFact(
                    "recipient.name",
                    "The name of the agency that takes complaints about your plan (for most "
                    "plans, your state's insurance department)",
                    "the NAIC directory of state insurance departments: "
                    "https://content.naic.org/state-insurance-departments, or your plan "
                    "documents",
                )
            )
        if not has_address:
            facts.append(
                MissingFact(
                    "recipient.address",
                    "The agency's mailing address (or its complaint web page)",
                    "the agency's website",
                )
            )
        return facts
    if has_address or regulator.get("mail") or regulator.get("complaint_url"):
        return []
    site = regulator.get("url") or regulator.get("check_at") or "the agency's website"
    return [
        MissingFact(
            "recipient.address",
            f"The mailing address (or complaint web page) of {regulator['name']}",
            f"the agency's website: {site}",
        )
    ]


def _service_facts(kind: LetterKind, service: Service) -> list[MissingFact]:
    facts: list[MissingFact] = []
    label = _describe(service)
    claim = service.claim
    needs: list[tuple[str, str, str, Callable[[], bool]]] = []
    if kind.id in CLAIM_KINDS:
        needs.append(("claim.number", f"Claim number for {label}", EOB,
                      lambda: claim is not None and bool(claim.number)))  # fmt: skip
    if kind.id in ("aca_appeal", "plan_appeal") and claim is not None and claim.status == "denied":
        needs.append(("claim.denial_date", f"Date of the denial for {label} (YYYY-MM-DD)",
                      "on the denial letter or Explanation of Benefits",
                      lambda: claim.denial_date is not None))  # fmt: skip
    if kind.id == "external_review_request":
        needs.append(("claim.final_denial_date",
                      f"Date of the plan's final decision on your appeal for {label} (YYYY-MM-DD)",
                      "on the letter that turned down your appeal",
                      lambda: claim is not None and claim.final_denial_date is not None))  # fmt: skip
    visit = service.visit
    if visit is not None and kind.id in PROVIDER_KINDS:
        needs.append(("provider.name", f"Name of the lactation provider for {label}",
                      "on the provider's receipt (superbill) or your EOB",
                      lambda: bool(visit.provider.name)))  # fmt: skip
        needs.append(("provider.credential",
                      f"The provider's credential for {label} (for example IBCLC, CLC, RN)",
                      "on the provider's receipt or website",
                      lambda: bool(visit.provider.credential)))  # fmt: skip
    if visit is not None and kind.id in CODE_KINDS:
        needs.append(("lines", f"Codes billed for {label} (for example S9443)",
                      "on your EOB or the provider's receipt (superbill)",
                      lambda: bool(visit.lines)))  # fmt: skip
    for field, question, where, present in needs:
        if not present():
            facts.append(MissingFact(f"{service.prefix}.{field}", question, where))
    return facts


def _reprocessing(letter_facts: dict) -> list[MissingFact]:
    mode = letter_facts.get("reprocessing.mode")
    if mode in ("corrected", "reverse"):
        return []
    return [
        MissingFact(
            "reprocessing.mode",
            "What should the plan do: process the claim again with corrected codes "
            "(corrected), or reverse a claim you did not know of or did not use (reverse)?",
            "your provider can tell you if they sent a corrected claim",
            choices=(
                ("corrected", "Process it again with corrected codes"),
                ("reverse", "Reverse it: I did not know of or did not use this service"),
            ),
        )
    ]


def _describe(service: Service) -> str:
    when = f"{service.date:%B} {service.date.day}, {service.date.year}" if service.date else ""
    if service.visit is not None:
        return f"the visit on {when}"
    return f"the breast pump or supplies ({service.equipment.code}) of {when}"
