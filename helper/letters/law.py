"""The legal facts a letter may state for a case, each with its citation.

Templates choose their words from these flags; a fact that is not here is not stated.
The ACA rule is offered only when `aca` is true, so a Medicaid, CHIP, grandfathered,
FEHB, TRICARE or short-term letter can never claim it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from helper import plan_types, programmes
from helper.model import Case


def aca_applies(case: Case) -> bool:
    """A non-grandfathered employer or individual plan (shared/spec: aca_preventive_applies)."""
    return case.plan.type in plan_types.aca_types() and case.plan.grandfathered is False


def route(case: Case) -> str:
    """Which set of appeal rights the plan has: "aca" (the ACA rule reaches it), "erisa"
    (a private employer's plan outside the ACA rule), "government" (a state or local
    government employer's plan outside it), the plan type for Medicaid, CHIP, FEHB, TRICARE
    and short-term plans, or "other"."""
    plan_type = case.plan.type
    if aca_applies(case):
        return "aca"
    if programmes.is_erisa(case.plan):
        return "erisa"  # grandfathered or not yet known: the ERISA claims rule still applies
    if programmes.family(case.plan).startswith("government"):
        return "government"
    if plan_type in ("medicaid_managed_care", "medicaid_fee_for_service", "chip", "fehb",
                     "tricare", "short_term"):  # fmt: skip
        return plan_type
    return "other"


def fair_hearing_request(kind_id: str, case: Case) -> bool:
    """The appeal letter of fee-for-service Medicaid: there is no plan to appeal to, so it is
    a request for the State agency's fair hearing (42 CFR 431.220(a)(1), 431.221(d)), sent
    to the hearing office the parent's notice names, never to a plan's appeals desk."""
    return kind_id == "plan_appeal" and case.plan.type == "medicaid_fee_for_service"


def aca_regulations(case: Case) -> str:
    """The implementing regulation(s) of 42 U.S.C. §300gg-13 for this plan type."""
    return programmes.preventive_regulations(case.plan, "(a)(1)(iv)")


def oon_regulations(case: Case) -> str:
    """The out-of-network rule (no in-network provider) in the regulations for this plan type."""
    return programmes.preventive_regulations(case.plan, "(a)(3)(ii)")


_WINDOWS = {
    "medicaid_managed_care": ("60 calendar days", "42 CFR 438.402(c)(2)(ii)"),
    "medicaid_fee_for_service": ("90 days", "42 CFR 431.221(d)"),
    "fehb": ("6 months", "5 CFR 890.105"),
}


def appeal_window(case: Case) -> dict[str, str] | None:
    """How long the member has to file the first appeal, with its source."""
    rule = programmes.claims_rule(case.plan)
    found = ("180 days", rule["cite"]) if rule is not None else _WINDOWS.get(case.plan.type)
    if not found:
        return None
    # 42 CFR 431.221(d) sets a maximum ("not to exceed 90 days"); the state may allow less,
    # so a fee-for-service letter never says it is "within the 90 days allowed".
    up_to = case.plan.type == "medicaid_fee_for_service"
    return {"period": found[0], "cite": found[1], "up_to": up_to}


def decision_time(case: Case, pre_service: bool) -> dict[str, Any] | None:
    """The time the plan has to decide an appeal, with its source; None where no rule we
    cite gives one. 29 CFR 2560.503-1(i)(2) for ERISA plans; the same times through
    45 CFR 147.136(b) for individual and government plans the ACA rules reach."""
    plan = case.plan
    if programmes.family(plan) == "medicaid_managed_care":
        return {"days": 30, "text": "30 days", "kind": "standard", "cite": "42 CFR 438.408(b)(2)"}
    rule = programmes.claims_rule(plan)
    if rule is None:
        return None
    days = 30 if pre_service else 60
    cite = "29 CFR 2560.503-1(i)(2)"
    if not programmes.is_erisa(plan):
        cite = f"{rule['cite'].split('(b)')[0]}(b) and 29 CFR 2560.503-1(i)(2)"
    kind = "pre-service" if pre_service else "post-service"
    return {"days": days, "text": f"{days} days", "kind": kind, "cite": cite}


def law_context(case: Case, services: list, due: dt.date | None, today: dt.date) -> dict:
    """Flags and citations for the templates."""
    aca = aca_applies(case)
    no_network_provider = case.in_network_lactation_provider_available is False
    out_of_network = any(
        s.visit is not None and s.visit.provider.network == "out" for s in services
    )
    pre_service = not services or all(s.claim is None for s in services)
    prior_auth = any(
        s.visit is not None
        and s.visit.prior_authorization is False
        and s.claim is not None
        and s.claim.denial_category == "no_authorization"
        for s in services
    )
    return {
        "aca": aca,
        "route": route(case),
        "erisa": programmes.is_erisa(case.plan),
        "family": programmes.family(case.plan),  # "individual", "government_insured"...
        "plan_type_label": plan_types.letter_words(case.plan.type, "en"),
        # what the ACA paragraph says of the plan (a draft puts a blank here while the
        # parent has not answered: the letter never says it for her)
        "grandfathered_words": "not grandfathered" if case.plan.grandfathered is False else None,
        "aca_regulations": aca_regulations(case) if aca else None,
        "oon_regulations": oon_regulations(case) if aca else None,
        "no_network_provider": no_network_provider,
        "out_of_network": out_of_network,
        "oon_gap": aca and no_network_provider,
        "prior_auth_issue": aca and prior_auth,
        "pre_service": pre_service,
        "appeal_window": appeal_window(case),
        "appeal_due": due,
        "appeal_timely": due is not None and today <= due,
        "decision": decision_time(case, pre_service),
    }
