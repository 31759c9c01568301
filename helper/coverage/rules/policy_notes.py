"""Notes about the insurer's policy itself: not in the app (and which policy to ask the
insurer for, when data/policy_requests.json knows its name), or a condition it sets."""

from __future__ import annotations

from collections.abc import Iterator

from helper import policy_info, programmes
from helper.coverage.context import Context, norm_code
from helper.coverage.report import Finding


def findings(ctx: Context) -> Iterator[Finding]:
    if ctx.policy is None:
        yield _not_in_app(ctx)
        return
    for entry in ctx.rules("medical_necessity"):
        yield ctx.finding(
            "policy_condition", "medical_necessity", sources=ctx.policy_sources(entry)
        )
    for entry in ctx.rules("pump_eligibility"):
        codes = {norm_code(code) for code in entry["codes"]}
        for key, item in ctx.equipment_items():
            if norm_code(item.code) in codes:
                yield ctx.finding(
                    "policy_condition",
                    "pump_eligibility",
                    sources=ctx.policy_sources(entry),
                    equipment=key,
                    code=norm_code(item.code),
                )
                break
    for entry in ctx.rules("pump_condition"):
        codes = {norm_code(code) for code in entry["codes"]}
        for key, item in ctx.equipment_items():
            if norm_code(item.code) in codes:
                # a rental's conditions are medical reasons the parent must show: worth
                # watching unless the plan approved it; a purchase's are noted only
                rental = norm_code(item.code) == "E0604" or (item.modifier or "").upper() == "RR"
                approved = item.prior_authorization is True or not rental
                yield ctx.finding(
                    "policy_condition",
                    "pump_condition",
                    sources=ctx.policy_sources(entry),
                    severity="info" if approved else "warning",
                    equipment=key,
                    code=norm_code(item.code),
                )
                break
    # "statement" entries (what a policy covers, with no limit to check) are only quoted:
    # in letters when they support coverage, and on the policy's page.


def _not_in_app(ctx: Context) -> Finding:
    plan = ctx.case.plan
    variant = None
    if ctx.aca_status == "medicaid":
        sources = ctx.federal_sources("medicaid")
        variant = "medicaid"
    elif programmes.is_erisa(plan):  # the claim file and the plan documents, under ERISA
        sources = ctx.federal_sources("documents", "plan_documents")
    elif programmes.aca_claims_rules(plan, confirmed=True):
        rule = programmes.claims_rule(plan)
        sources = ctx.federal_sources(rule["key"] if rule else "aca_appeal_group")
    else:
        sources = ctx.federal_sources(*ctx.federal["aca_status"][ctx.aca_status]["sources"])
        if plan.type in ("fehb", "tricare"):  # no plan description under ERISA to ask for
            variant = plan.type
    named = ctx.policy_id or ""
    ask_for = policy_info.policy_request(plan.insurer, ctx.lang)
    if named:
        variant = variant or "unknown_id"
    elif variant is None and ask_for:
        variant = "ask_for"  # names the insurer's policy when the app knows its name
    return ctx.finding(
        "policy_not_in_app", variant, sources=sources, policy=named, ask_for=ask_for or ""
    )
