"""Network and cost sharing under the ACA rule (and TRICARE's no-cost-share benefit).

- Out of network: 45 CFR 147.130(a)(3)(ii) and FAQs Part XII/XXIX — with no in-network
  lactation provider, the plan must cover an out-of-network one without cost sharing
  (a "gap exception"). BCBSNM's own policy adds that independent consultants outside the
  network are processed out of network.
- Cost sharing: §2713 forbids it for in-network lactation support and equipment.
- TRICARE: pump, supplies and up to 6 counseling sessions per birth, no cost share.
"""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context
from helper.coverage.report import Finding
from helper.i18n import amount as dollars

_GAP_SOURCES = ("gap_rule", "faq_12", "faq_29")
_COST_SOURCES = ("phsa_2713", "preventive_regulations", "hrsa_breastfeeding")


def findings(ctx: Context) -> Iterator[Finding]:
    yield from _gap_exception(ctx)
    yield from _cost_sharing(ctx)
    if ctx.aca_status == "tricare":
        yield from _tricare(ctx)


def _gap_exception(ctx: Context) -> Iterator[Finding]:
    status = ctx.aca_status
    if status not in ("applies", "grandfathered_unknown", "unknown_type"):
        return
    available = ctx.case.in_network_lactation_provider_available
    for key, _index, visit in ctx.visits():
        if visit.provider.network != "out":
            continue
        sources = ctx.federal_sources(*_GAP_SOURCES)
        for entry in ctx.rules("out_of_network_processing"):
            if visit.provider.credential in entry.get("credentials", []):
                sources += ctx.policy_sources(entry)
        if status != "applies":
            variant, severity = "aca_unknown", "warning"
        elif available is False:
            variant, severity = "none_in_network", "action"
        elif available is None:
            variant, severity = "ask_list", "action"
        else:
            variant, severity = "in_network_available", "info"
        yield ctx.finding(
            "out_of_network_gap_exception",
            variant,
            sources=sources,
            severity=severity,
            visit=key,
            date=visit.date,
            provider=visit.provider.name or visit.provider.credential or "your provider",
        )


def _cost_sharing(ctx: Context) -> Iterator[Finding]:
    if ctx.aca_status == "applies":
        sources = ctx.federal_sources(*_COST_SOURCES)
        variant_severity = None
    elif ctx.aca_status == "tricare":
        sources = ctx.federal_sources("tricare_benefit")
        variant_severity = ("tricare", "problem")
    else:
        return
    available = ctx.case.in_network_lactation_provider_available
    for key, _index, visit in ctx.visits():
        cost = charged(visit.claim)
        if not cost:
            continue
        network = visit.provider.network
        line_sources = list(sources)
        if variant_severity:
            variant, severity = variant_severity
        elif network == "in":
            variant, severity = "in_network", "problem"
        elif network == "out" and available is False:
            variant, severity = "gap", "problem"
            line_sources += ctx.federal_sources("gap_rule", "faq_29")
        elif network == "out" and available is None:
            # not known whether the network has a lactation provider (FAQ Part XXIX)
            variant, severity = "gap_unknown", "warning"
            line_sources += ctx.federal_sources("gap_rule", "faq_29")
        elif network == "unknown":
            variant, severity = "network_unknown", "warning"
        else:
            continue  # out of network with in-network providers: cost sharing is allowed
        yield ctx.finding(
            "cost_sharing_on_preventive",
            variant,
            sources=line_sources,
            severity=severity,
            visit=key,
            date=visit.date,
            amount=dollars(cost, ctx.lang),
        )
    for key, item in ctx.equipment_items():
        cost = charged(item.claim)
        if not cost:
            continue
        variant = "tricare_equipment" if variant_severity else "equipment"
        yield ctx.finding(
            "cost_sharing_on_preventive",
            variant,
            sources=sources,
            severity="problem" if variant_severity else "warning",
            equipment=key,
            date=item.date,
            code=item.code,
            amount=dollars(cost, ctx.lang),
        )


# Denial reasons under which what the member was left to pay is cost sharing the ACA rule
# forbids (None: the reason is not confirmed yet, so the cost is taken as it stands).
_COST_REASONS = (None, "cost_sharing", "out_of_network")


def charged(claim) -> float | None:
    """What the member was left to pay on a preventive service: the member cost of a claim
    the plan paid (in full or in part), or of a denial for cost sharing or for the network.
    A claim denied for another reason (a coding error, the provider's type) is answered by
    fixing that reason, not as cost sharing."""
    if claim is None or not claim.member_cost:
        return None
    if claim.status in ("paid", "partially_paid") or claim.denial_category in _COST_REASONS:
        return claim.member_cost
    return None


def _tricare(ctx: Context) -> Iterator[Finding]:
    """More than 6 counseling visits for one birth: beyond the benefit FACTS.md states."""
    limit = 6
    billed = [(visit.date, key) for key, _i, visit in ctx.visits() if visit.lines]
    billed.sort()
    for number, (date, key) in enumerate(billed, 1):
        if number > limit:
            yield ctx.finding(
                "tricare_session_limit",
                sources=ctx.federal_sources("tricare_benefit"),
                visit=key,
                date=date,
                number=number,
                limit=limit,
            )
