"""Why each claim was denied: the reason the member confirmed (claim.denial_category), or a
suggestion from the EOB's wording for her to confirm, and the insurer's own words where
they contradict the denial (a credential the policy lets bill, denied as not eligible).

The suggestion is never applied: letters answer only a confirmed reason (see
data/denial_reasons.json and helper.claims.reasons).
"""

from __future__ import annotations

from collections.abc import Iterator

from helper.claims import category_label, claim_stage, suggest_category
from helper.claims.reasons import categories
from helper.coverage.context import Context
from helper.coverage.report import Finding
from helper.coverage.rules.deadlines import claim_name, claims

_WITH_A_REASON = ("denied", "paid_with_cost_sharing", "appeal_filed", "final_decision")


def findings(ctx: Context) -> Iterator[Finding]:
    for place, claim in claims(ctx):
        if claim_stage(claim) not in _WITH_A_REASON:
            continue
        name = claim_name(ctx, place, claim)
        place = {k: value for k, value in place.items() if k != "code"}
        category = claim.denial_category
        if category is None and claim.denial_reason:
            yield _to_confirm(ctx, place, claim, name)
        elif category == "provider_type" and "visit" in place:
            yield from _policy_lets_bill(ctx, place, claim, name)


def _to_confirm(ctx: Context, place: dict, claim, name: str) -> Finding:
    suggested = suggest_category(claim.denial_reason)
    keys = categories()[suggested]["sources"] if suggested else []
    sources = ctx.federal_sources(*keys) if keys else ctx.federal_sources(*_programme(ctx))
    return ctx.finding(
        "denial_reason_to_confirm",
        "suggested" if suggested else None,
        sources=sources,
        claim=name,
        reason=claim.denial_reason,
        category=category_label(suggested, ctx.lang) if suggested else "",
        **place,
    )


def _policy_lets_bill(ctx: Context, place: dict, claim, name: str) -> Iterator[Finding]:
    visit = ctx.case.find_visit(place["visit"])
    credential = visit.provider.credential if visit else None
    for entry in ctx.rules("billing_credentials"):
        if credential and credential in entry.get("eligible", []):
            yield ctx.finding(
                "policy_supports_claim",
                "provider_type",
                sources=ctx.policy_sources(entry, with_also=False),
                claim=name,
                credential=credential,
                **place,
            )
            return


def _programme(ctx: Context) -> list[str]:
    return ctx.federal["aca_status"].get(ctx.aca_status, {}).get("sources", ["phsa_2713"])
