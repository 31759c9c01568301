"""Which rulebook governs the plan: the ACA preventive-care rule, Medicaid/CHIP, FEHB, TRICARE.

ACA §2713 reaches non-grandfathered employer plans (fully insured or self-funded) and
individual plans; grandfathered and short-term plans are outside it; an unknown plan type
or unknown grandfathered status means it cannot be confirmed (45 CFR 147.140, FACTS.md).
"""

from __future__ import annotations

from collections.abc import Iterator

from helper import programmes
from helper.coverage.context import Context
from helper.coverage.report import Finding
from helper.model import Case
from helper.plan_types import aca_types, medicaid_types


def aca_status(case: Case) -> str:
    """One of applies, grandfathered, grandfathered_unknown, short_term, unknown_type,
    medicaid, fehb, tricare (the keys of federal.json "aca_status")."""
    plan_type = case.plan.type
    if plan_type in aca_types():
        if case.plan.grandfathered is True:
            return "grandfathered"
        if case.plan.grandfathered is None:
            return "grandfathered_unknown"
        return "applies"
    if plan_type in medicaid_types():
        return "medicaid"
    if plan_type in ("fehb", "tricare", "short_term"):
        return plan_type
    return "unknown_type"


def findings(ctx: Context) -> Iterator[Finding]:
    status = ctx.aca_status
    sources = ctx.federal_sources(*ctx.federal["aca_status"][status]["sources"])
    plan_type = ctx.case.plan.type
    if status == "applies":
        government = programmes.family(ctx.case.plan).startswith("government")
        variant = "government" if government else None
        yield ctx.finding("aca_preventive_applies", variant, sources=sources)
    elif status in ("grandfathered", "grandfathered_unknown", "short_term", "unknown_type"):
        yield ctx.finding("aca_not_guaranteed", status, sources=sources)
    elif status == "medicaid":
        variant = "chip" if plan_type == "chip" else None
        yield ctx.finding("medicaid_rules_apply", variant, sources=sources)
    elif status == "fehb":
        yield ctx.finding("fehb_rules_apply", sources=sources)
    elif status == "tricare":
        yield ctx.finding("tricare_rules_apply", sources=sources)
