"""Deadline findings for denied claims: the first appeal (from `denial_date`) and, after a
final internal denial (`final_denial_date`), external review or a State fair hearing.
The dates and their citations come from helper.deadlines and data/federal.json."""

from __future__ import annotations

from collections.abc import Iterator

from helper import deadlines as dl
from helper.coverage.context import Context, fill
from helper.coverage.report import Finding, Source, long_date

_DENIED = ("denied", "partially_paid")

# federal.json deadline rule -> text variant of the finding
_APPEAL_VARIANT = {
    "private_180_days": "private",
    "medicaid_managed_care_60_days": "medicaid_managed_care",
    "medicaid_fee_for_service_90_days": "medicaid_fee_for_service",
    "fehb_6_months": "fehb",
    "unknown_earliest": "unknown",
    "chip_notice": "chip",
    "tricare_contractor": "tricare",
    "check_policy": "short_term",
}


def _claims(ctx: Context) -> Iterator[tuple[dict, object]]:
    for key, _index, visit in ctx.visits():
        if visit.claim is not None:
            yield {"visit": key, "date": visit.date}, visit.claim
    for key, item in ctx.equipment_items():
        if item.claim is not None:
            yield {"equipment": key, "date": item.date, "code": item.code}, item.claim


def _claim_name(ctx: Context, place: dict, claim) -> str:
    """The claim's number, or words naming its visit or item when the case has no number."""
    if claim.number:
        return claim.number
    variant = "equipment" if "equipment" in place else None
    key = f"claim_without_number:{variant}" if variant else "claim_without_number"
    lang, text = ctx.text(key)
    return fill(text.get("message", ""), {**place, "date": long_date(place["date"], lang)})


def findings(ctx: Context) -> Iterator[Finding]:
    plan = ctx.case.plan
    for place, claim in _claims(ctx):
        number = _claim_name(ctx, place, claim)
        place = {k: value for k, value in place.items() if k != "code"}
        if claim.final_denial_date is not None:
            yield from _after_final(ctx, place, claim, number)
            continue
        if claim.status not in _DENIED:
            continue
        deadline = dl.appeal_deadline(claim, plan)
        sources = [Source.from_dict(s) for s in deadline.sources]
        if claim.denial_date is None:
            variant = "no_date"
        else:
            variant = _APPEAL_VARIANT.get(deadline.rule, "unknown")
            if ctx.aca_status == "grandfathered" and ctx.case.plan.type.startswith("individual"):
                variant = "grandfathered_individual"
        yield ctx.finding(
            "appeal_deadline",
            variant,
            sources=sources,
            due=deadline.due if variant != "grandfathered_individual" else None,
            claim=number,
            denied=claim.denial_date,
            **place,
        )


def _after_final(ctx: Context, place: dict, claim, number: str) -> Iterator[Finding]:
    plan = ctx.case.plan
    deadline = dl.external_review_deadline(claim, plan, ctx.case.member.state)
    if deadline is None:
        return
    sources = [Source.from_dict(s) for s in deadline.sources]
    values = {"claim": number, "final": claim.final_denial_date, **place}
    if deadline.rule == "state_fair_hearing":
        variant = "up_to" if deadline.up_to else None
        yield ctx.finding(
            "state_hearing_deadline", variant, sources=sources, due=deadline.due, **values
        )
    elif deadline.rule == "opm_review":
        yield ctx.finding("external_review_deadline", "fehb", sources=sources, **values)
    elif ctx.aca_status in ("grandfathered", "short_term"):
        yield ctx.finding("external_review_deadline", "check", sources=sources, **values)
    else:
        variant = None if ctx.aca_status == "applies" else "unconfirmed"
        yield ctx.finding(
            "external_review_deadline", variant, sources=sources, due=deadline.due, **values
        )
