"""Which programme's rules govern a plan: ERISA and the Labor rules, the HHS rules, Medicaid,
FEHB, TRICARE. One place decides it for the checker, the deadlines and the letters.

A job-based plan is under ERISA only when a private employer sponsors it: a state or local
government employer's plan (`plan.sponsor == "government"`) is under the HHS rules
(45 CFR 147.130, 147.136). A self-funded private plan is under the Labor rules
(29 CFR 2590.715-2713, -2719); an insured private plan under both HHS's (for the insurer)
and Labor's (for the plan); individual coverage under HHS's. Grandfathered plans are outside
the preventive-care and the claims-and-appeals rules of the ACA (45 CFR 147.140), but an
ERISA plan keeps ERISA's claims rule (29 CFR 2560.503-1).
"""

from __future__ import annotations

from helper.model import Plan
from helper.plan_types import EMPLOYER, INDIVIDUAL


def family(plan: Plan) -> str:
    """The plan's family: private_insured, private_self_funded, government_insured,
    government_self_funded, individual, medicaid_managed_care, medicaid_fee_for_service,
    chip, fehb, tricare, short_term or unknown."""
    plan_type = plan.type
    if plan_type in EMPLOYER:
        owner = "government" if plan.sponsor == "government" else "private"
        funding = "self_funded" if plan_type == "employer_self_funded" else "insured"
        return f"{owner}_{funding}"
    if plan_type in INDIVIDUAL:
        return "individual"
    return plan_type


def is_erisa(plan: Plan) -> bool:
    """A private employer's plan: ERISA, its claims rule and §104(b)(4) documents apply."""
    return family(plan) in ("private_insured", "private_self_funded")


def aca_claims_rules(plan: Plan, confirmed: bool = False) -> bool:
    """The ACA's internal-appeal and external-review rules reach the plan: not grandfathered.

    An unknown grandfathered status counts as not grandfathered for deadlines (most plans
    today are not, and the findings say it is unconfirmed); `confirmed=True`, for what a
    letter asserts, needs the case to say the plan is not grandfathered.
    """
    if confirmed and plan.grandfathered is not False:
        return False
    return family(plan) in (
        "private_insured",
        "private_self_funded",
        "government_insured",
        "government_self_funded",
        "individual",
    ) and (plan.grandfathered is not True)


def preventive_regulations(plan: Plan, paragraph: str) -> str:
    """The regulation(s) implementing 42 U.S.C. §300gg-13 for this plan, at `paragraph`."""
    hhs = f"45 CFR 147.130{paragraph}"
    labor = f"29 CFR 2590.715-2713{paragraph}"
    current = family(plan)
    if current == "private_self_funded":
        return labor
    if current == "private_insured":
        return f"{hhs} and {labor}"
    return hhs


def claims_rule(plan: Plan) -> dict[str, str] | None:
    """The rule a letter cites for the member's internal appeal, or None.

    `key` names the federal.json source; `cite` is what a letter writes. The ACA's rule is
    cited only when the case says the plan is not grandfathered.
    """
    current = family(plan)
    aca = aca_claims_rules(plan, confirmed=True)
    if current in ("private_insured", "private_self_funded"):
        cite = "29 CFR 2560.503-1(h)(3)(i)"
        if aca:  # the ACA's rule for the insurer (HHS) or for the self-funded plan (Labor)
            extra = (
                "45 CFR 147.136(b)(2)"
                if current == "private_insured"
                else "29 CFR 2590.715-2719(b)"
            )
            cite = f"{cite} and {extra}"
        return {"key": "erisa_appeal", "cite": cite}
    if not aca:
        return None
    if current == "individual":
        return {"key": "aca_appeal_individual", "cite": "45 CFR 147.136(b)(3)"}
    return {"key": "aca_appeal_group", "cite": "45 CFR 147.136(b)(2)"}


def external_review_rule(plan: Plan) -> str | None:
    """Which external review the plan owes after a final internal denial:

    - "labor_federal": a private self-funded plan, the federal process of 29 CFR 2590.715-2719(d);
    - "state_or_hhs": insured plans and government plans, the state's process where it has one
      (45 CFR 147.136(c)), else the HHS-administered federal process (147.136(d));
    - "opm" (FEHB), "state_fair_hearing" (Medicaid managed care), "tricare";
    - None: no external review rule reaches the plan (grandfathered, short-term, unknown,
      fee-for-service Medicaid and CHIP, whose next step is in their own rules: for CHIP,
      helper.deadlines' "chip_review").
    """
    current = family(plan)
    if current in ("fehb", "tricare"):
        return "opm" if current == "fehb" else "tricare"
    if current == "medicaid_managed_care":
        return "state_fair_hearing"
    if not aca_claims_rules(plan):
        return None
    if current == "private_self_funded":
        return "labor_federal"
    return "state_or_hhs"
