"""What the member's state Medicaid program is known to cover for lactation, or how to ask.

Reads `data/medicaid_lactation.json` through helper.medicaid_lactation. Only for Medicaid
plans (managed care and fee-for-service) with a state on the case; CHIP has its own rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context
from helper.coverage.report import Finding, Source
from helper.medicaid_lactation import medicaid_lactation

MEDICAID_PLANS = ("medicaid_managed_care", "medicaid_fee_for_service")


def findings(ctx: Context) -> Iterator[Finding]:
    if ctx.case.plan.type not in MEDICAID_PLANS:
        return
    coverage = medicaid_lactation(ctx.case.member.state)
    if coverage is None:
        return
    if not coverage.known:
        # No state text was read: the rule is the state's own, which the member can ask for.
        yield ctx.finding(
            "medicaid_state_coverage",
            "unknown",
            sources=ctx.federal_sources("medicaid"),
            place=coverage.place,
        )
        return
    if coverage.covers_lactation_support:
        variant = "covered"
    elif coverage.covers_breast_pump:
        variant = "pump_only"
    else:
        variant = "unknown"
    if variant != "unknown" and coverage.confidence == "old_page":
        variant = f"{variant}_old"
    yield ctx.finding(
        "medicaid_state_coverage",
        variant,
        sources=[Source.from_dict(source) for source in coverage.sources],
        place=coverage.place,
    )
