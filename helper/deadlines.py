"""Appeal and external-review deadlines by plan type, with the rule each one comes from.

The numbers and their citations live in `data/federal.json` ("deadlines" and "plan_types");
this module only does the date arithmetic:

- days: the notice date plus N calendar days (we count from the date on the denial notice,
  which is never later than the day it was received, so the date shown is the safe one);
- months, "first_day_of_next_month": 45 CFR 147.136(d)(2)(i) — four months later; when that
  month has no matching day, the first day of the fifth month (October 30 -> March 1). The
  weekend/federal-holiday extension of the same paragraph is stated in words, not computed;
- months, "last_day_of_month": no rule we can cite says what happens without a matching day
  (FEHB's 6 months), so we take the last day of that month, the earlier and safer date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from helper import knowledge, programmes
from helper.calendar_months import add_months
from helper.model import Claim, Plan


@dataclass(frozen=True)
class Deadline:
    """A computed deadline. `due` is None when no rule we can cite gives a date."""

    rule: str  # the id in data/federal.json "deadlines"
    due: dt.date | None
    counted_from: dt.date | None
    sources: list[dict[str, str]] = field(default_factory=list)
    up_to: bool = False  # the rule sets a maximum; the state or the notice may give less
    weekend_holiday_rule: bool = False
    # External review: the route (helper.external_review.ReviewRoute) and whether `due` is
    # only the safe date where the state's own window is not in the data.
    route: Any = None
    at_least: bool = False


def _federal() -> dict[str, Any]:
    return knowledge.load("federal")


def _compute(
    rule_id: str,
    start: dt.date | None,
    state: str | None = None,
    source_keys: list[str] | None = None,
) -> Deadline:
    federal = _federal()
    rule = federal["deadlines"][rule_id]
    source_keys = list(source_keys or rule.get("sources", []))
    days = rule.get("days")
    override = (rule.get("by_state") or {}).get(state or "")
    if override:
        days = override.get("days", days)
        source_keys = list(override.get("sources", [])) + source_keys
    due = None
    if start is not None:
        if days is not None:
            due = start + dt.timedelta(days=days)
        elif rule.get("months") is not None:
            due = add_months(
                start, rule["months"], rule.get("no_matching_day", "last_day_of_month")
            )
    sources = [federal["sources"][key] for key in source_keys]
    up_to = bool(rule.get("up_to")) or (bool(rule.get("up_to_days")) and not override)
    return Deadline(
        rule=rule_id,
        due=due,
        counted_from=start,
        sources=sources,
        up_to=up_to,
        weekend_holiday_rule=bool(rule.get("weekend_holiday_rule")),
    )


def appeal_rule(plan: Plan) -> str:
    plan_types = _federal()["plan_types"]
    return (plan_types.get(plan.type) or plan_types["unknown"])["appeal"]


def appeal_deadline(claim: Claim, plan: Plan) -> Deadline:
    """The last day to file the first appeal of `claim`, counted from its `denial_date`.

    180 days for private plans (29 CFR 2560.503-1(h)(3)(i), 45 CFR 147.136), 60 days for
    Medicaid managed care (42 CFR 438.402(c)(2)(ii)), up to 90 days for fee-for-service
    Medicaid (42 CFR 431.221(d)), 6 months for FEHB (5 CFR 890.105); the earliest of these
    (60 days) when the plan type is unknown. `due` is None without a denial date or when
    no cited rule gives one (CHIP, TRICARE, short-term plans).
    """
    rule_id = appeal_rule(plan)
    if not has_appeal_rule(plan):
        return _compute("check_policy", claim.denial_date, source_keys=["grandfathered"])
    return _compute(rule_id, claim.denial_date, source_keys=_appeal_sources(plan, rule_id))


def _appeal_sources(plan: Plan, rule_id: str) -> list[str] | None:
    """The 180-day rule's citations for this plan's family: ERISA's claims rule only for a
    private employer's plan, the HHS rule (45 CFR 147.136) for individual and government
    plans, the Labor rule (29 CFR 2590.715-2719) beside ERISA's for ACA employer plans."""
    if rule_id != "private_180_days":
        return None
    family = programmes.family(plan)
    aca = programmes.aca_claims_rules(plan)
    keys: list[str] = []
    if programmes.is_erisa(plan):
        keys.append("erisa_appeal")
        if aca:
            keys += ["labor_claims"] + (["aca_appeal_group"] if family == "private_insured" else [])
    elif aca:
        keys.append("aca_appeal_individual" if family == "individual" else "aca_appeal_group")
    return keys or None


def has_appeal_rule(plan: Plan) -> bool:
    """False where no federal rule gives the member a first-appeal window (a grandfathered
    individual or government plan: the plan's own procedure and state law decide)."""
    if appeal_rule(plan) != "private_180_days":
        return True
    return programmes.is_erisa(plan) or programmes.aca_claims_rules(plan)


def appeal_decision_deadline(
    claim: Claim, plan: Plan, pre_service: bool = False
) -> Deadline | None:
    """The date by which the plan must decide the appeal sent on `claim.appeal_sent`.

    Under the claims rule: 30 days for a pre-service appeal (care not yet given), 60 days
    post-service (29 CFR 2560.503-1(i)(2)(ii), (iii)),
    counted here from the day the appeal was sent, since the day the plan received it is not
    recorded (a date no later than the real one). Medicaid managed care: 30 days
    (42 CFR 438.408(b)(2)); FEHB reconsideration: 30 days (5 CFR 890.105(b)(2)). None
    where no rule we cite gives a time.
    """
    if claim.appeal_sent is None:
        return None
    if programmes.family(plan) == "medicaid_managed_care":
        return _compute("medicaid_mc_resolution_30_days", claim.appeal_sent)
    if plan.type == "fehb":  # the carrier's reconsideration: 30 days (5 CFR 890.105(b)(2))
        return _compute("fehb_decision_30_days", claim.appeal_sent)
    if programmes.is_erisa(plan) or programmes.aca_claims_rules(plan):
        rule = "appeal_decision_30_days" if pre_service else "appeal_decision_60_days"
        return _compute(rule, claim.appeal_sent)
    return None


def external_review_deadline(claim: Claim, plan: Plan, state: str | None = None) -> Deadline | None:
    """The next step's deadline after the final internal denial (`claim.final_denial_date`).

    ACA plans: the state's external review with its own window where the state runs one
    (helper.external_review), else 4 months (45 CFR 147.136(d)(2)(i); a private self-funded
    plan: 29 CFR 2590.715-2719(d)). Medicaid managed care: State fair hearing,
    90-120 days as the state sets (42 CFR 438.408(f)(2); California 120 days). FEHB: OPM
    review within 90 days of the plan's reconsidered decision (5 CFR 890.105(e)). TRICARE:
    see `tricare_after_reconsideration`. CHIP: rule "chip_review" with no date: a separate
    CHIP's independent external review run by the State (42 CFR 457.1130(b), 457.1150(b),
    457.1260), or a fair hearing where CHIP is run as Medicaid; the decision notice says
    which and by when (457.1180). Grandfathered, short-term and unknown plans: rule "none" with no date (the final letter
    says what is left). None when the plan type's next step has no rule we cite.
    """
    step = programmes.external_review_rule(plan)
    start = claim.final_denial_date
    if step == "opm":
        return _compute("opm_review", start)
    if step == "state_fair_hearing":
        return _compute("state_fair_hearing", start, state)
    if step == "labor_federal":
        return _compute(
            "external_review_4_months",
            start,
            source_keys=["labor_external_review", "external_review"],
        )
    if step == "state_or_hhs":
        return _state_or_hhs(plan, state, start)
    if plan.type == "unknown":
        return _compute("external_review_4_months", start)
    if step == "tricare":
        return tricare_after_reconsideration(claim)
    if programmes.family(plan) == "chip":  # a State review, or a fair hearing: no day count
        return _compute("chip_review", start)
    if programmes.family(plan) == "medicaid_fee_for_service":
        return None
    keys = ["short_term"] if plan.type == "short_term" else ["grandfathered"]
    federal = _federal()
    return Deadline(
        rule="none",
        due=None,
        counted_from=start,
        sources=[federal["sources"][key] for key in keys],
    )


def tricare_after_reconsideration(claim: Claim) -> Deadline:
    """TRICARE after the contractor's reconsideration: a formal review by the Defense Health
    Agency, mailed within 60 days of the reconsideration notice (32 CFR 199.10(c)(1)(iii)).
    A medical-necessity denial takes another route (a second reconsideration, then a
    hearing) whose time limit the reconsideration decision states: no date is computed."""
    if claim.denial_category == "not_medically_necessary":
        return _compute("tricare_medical_necessity", None)
    return _compute("tricare_formal_review", claim.final_denial_date)


def court_review_last_day(care: dt.date) -> dt.date:
    """FEHB: a suit against OPM after its review, no later than December 31 of the 3rd year
    after the year the care was given (5 CFR 890.107(d)(2))."""
    return dt.date(care.year + 3, 12, 31)


def _state_or_hhs(plan: Plan, state: str | None, start: dt.date | None) -> Deadline:
    """The review the state runs (its own window, quoted) or the HHS process. Where the
    state's window is not in the data, the date is counted from the shortest window a state
    is known to give (`at_least`: the state's may be longer)."""
    from helper.external_review import review_route, review_window_due

    route = review_route(plan, state)
    if route is not None and route.window is not None:
        return Deadline(
            rule=f"external_review_{route.kind}",
            due=review_window_due(route, start),
            counted_from=start,
            sources=[dict(source) for source in route.sources],
            weekend_holiday_rule=route.kind == "federal_hhs",
            route=route,
        )
    if route is None:
        return _compute("external_review_4_months", start, source_keys=["state_review_minimum"])
    # The state's own window is not known. Federal rules want "at least four months"
    # (45 CFR 147.136(c)(2)(vi)), but states the data knows give as little as 60 days
    # (South Carolina): the date shown is the shortest known window, to be safe.
    from helper.external_review import known_windows

    shortest, _longest = known_windows()
    minimum = _compute("external_review_4_months", start, source_keys=["state_review_minimum"])
    return dataclasses.replace(
        minimum,
        due=review_window_due(shortest, start),
        sources=minimum.sources + [dict(source) for source in shortest.sources],
        route=route,
        at_least=True,
    )
