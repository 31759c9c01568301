"""Deadline findings for each claim, by its stage (helper.claims.stage):

- denied, or paid with cost sharing and a denial date: the first appeal (`appeal_deadline`);
- internal appeal sent: the date by which the plan must decide (`appeal_decision_due`);
- final internal decision: external review, a State fair hearing, OPM review or TRICARE's
  formal review (`external_review_deadline`, `state_hearing_deadline`); for CHIP, the
  State's review or a fair hearing, named both ways, without a date
  (`external_review_deadline`, "chip");
- outside review requested: no deadline of ours; FEHB after OPM decided: what is left, a
  suit against OPM and its last day (`opm_decided`, 5 CFR 890.107).

The dates and their citations come from helper.deadlines and data/federal.json. A date that
has passed gets a next step that says what is still possible, never "appeal before" it.
"""

from __future__ import annotations

from collections.abc import Iterator

from helper import deadlines as dl
from helper.claims import claim_stage
from helper.coverage.context import Context, count_words, fill
from helper.coverage.report import Finding, Source, long_date
from helper.external_review import known_windows, window_words
from helper.i18n import text

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
}


def claims(ctx: Context) -> Iterator[tuple[dict, object]]:
    """(place, claim) for every visit and item with a claim; place names the visit or item."""
    for key, _index, visit in ctx.visits():
        if visit.claim is not None:
            yield {"visit": key, "date": visit.date}, visit.claim
    for key, item in ctx.equipment_items():
        if item.claim is not None:
            yield {"equipment": key, "date": item.date, "code": item.code}, item.claim


def claim_name(ctx: Context, place: dict, claim) -> str:
    """The claim's number, or words naming its visit or item when the case has no number."""
    if claim.number:
        return claim.number
    variant = "equipment" if "equipment" in place else None
    key = f"claim_without_number:{variant}" if variant else "claim_without_number"
    lang, text = ctx.text(key)
    return fill(text.get("message", ""), {**place, "date": long_date(place["date"], lang)})


def findings(ctx: Context) -> Iterator[Finding]:
    for place, claim in claims(ctx):
        number = claim_name(ctx, place, claim)
        place = {k: value for k, value in place.items() if k != "code"}
        stage = claim_stage(claim)
        if stage == "final_decision":
            yield from _after_final(ctx, place, claim, number)
        elif stage == "appeal_filed":
            yield from _decision_due(ctx, place, claim, number)
        elif stage == "review_decided" and ctx.case.plan.type == "fehb":
            yield _opm_decided(ctx, place, claim, number)
        elif stage in ("denied", "paid_with_cost_sharing") and claim.status in _DENIED:
            yield _first_appeal(ctx, place, claim, number)


def _first_appeal(ctx: Context, place: dict, claim, number: str) -> Finding:
    plan = ctx.case.plan
    deadline = dl.appeal_deadline(claim, plan)
    sources = [Source.from_dict(s) for s in deadline.sources]
    due = deadline.due
    kind = "appeal_deadline"
    if claim.denial_date is None:
        variant = "no_date"
    elif deadline.rule == "medicaid_fee_for_service_90_days":
        # fee-for-service Medicaid has no plan appeal: the first step is the fair hearing
        kind, variant = "state_hearing_deadline", "fee_for_service"
    elif deadline.rule == "check_policy" and plan.type != "short_term":
        variant, due = "plan_procedure", None
    else:
        variant = _APPEAL_VARIANT.get(deadline.rule, "short_term")
    return ctx.finding(
        kind,
        _passed(ctx, variant, due),
        sources=sources,
        due=due,
        claim=number,
        denied=claim.denial_date,
        decided=text(
            "coverage",
            "decided.partially_paid" if claim.status == "partially_paid" else "decided.denied",
            ctx.lang,
        ),
        **place,
    )


def _decision_due(ctx: Context, place: dict, claim, number: str) -> Iterator[Finding]:
    visit = ctx.case.find_visit(place.get("visit"))
    # care given after the appeal was sent: the appeal was about care not yet given
    pre_service = visit is not None and visit.date is not None and visit.date > claim.appeal_sent
    deadline = dl.appeal_decision_deadline(claim, ctx.case.plan, pre_service)
    values = {"claim": number, "sent": claim.appeal_sent, **place}
    if deadline is None:
        sources = ctx.federal_sources(*_programme_sources(ctx))
        yield ctx.finding("appeal_decision_due", "no_rule", sources=sources, **values)
        return
    sources = [Source.from_dict(s) for s in deadline.sources]
    variant = "overdue" if deadline.due is not None and deadline.due < ctx.today else None
    yield ctx.finding(
        "appeal_decision_due",
        variant,
        sources=sources,
        due=deadline.due,
        days=(deadline.due - claim.appeal_sent).days if deadline.due else "",
        **values,
    )


def _programme_sources(ctx: Context) -> tuple[str, ...]:
    status = ctx.aca_status
    return tuple(ctx.federal["aca_status"].get(status, {}).get("sources", ["phsa_2713"]))


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
            "state_hearing_deadline",
            _passed(ctx, variant, deadline.due),
            sources=sources,
            due=deadline.due,
            **values,
        )
    elif deadline.rule == "opm_review":
        yield ctx.finding(
            "external_review_deadline",
            _passed(ctx, "fehb", deadline.due),
            sources=sources,
            due=deadline.due,
            **values,
        )
    elif deadline.rule in ("tricare_formal_review", "tricare_medical_necessity"):
        variant = "tricare" if deadline.rule == "tricare_formal_review" else "tricare_medical"
        yield ctx.finding(
            "external_review_deadline",
            _passed(ctx, variant, deadline.due),
            sources=sources,
            due=deadline.due,
            **values,
        )
    elif deadline.rule == "none":
        yield ctx.finding("external_review_deadline", "check", sources=sources, **values)
    elif deadline.rule == "chip_review":
        yield ctx.finding("external_review_deadline", "chip", sources=sources, **values)
    elif deadline.route is not None and deadline.route.kind != "federal_hhs":
        yield _state_review(ctx, deadline, sources, values)
    else:
        variant = None if ctx.aca_status == "applies" else "unconfirmed"
        yield ctx.finding(
            "external_review_deadline",
            _passed(ctx, variant, deadline.due),
            sources=sources,
            due=deadline.due,
            **values,
        )


def _opm_decided(ctx: Context, place: dict, claim, number: str) -> Finding:
    """OPM's decision ends FEHB's disputed-claims process (5 CFR 890.105(a)(1)); a suit
    against OPM remains, by December 31 of the 3rd year after the care (890.107(d)(2))."""
    care = place.get("date")
    last = dl.court_review_last_day(care) if care else None
    return ctx.finding(
        "opm_decided",
        None if last else "no_date",
        sources=ctx.federal_sources("fehb_opm_review", "fehb_court_review", "fehb_court_deadline"),
        claim=number,
        decided=claim.review_decided,
        last=last or "",
        **place,
    )


def _passed(ctx: Context, variant: str | None, due) -> str | None:
    """The text variant to use once `due` has passed ("<variant>_passed" or "passed"), so the
    next step says what is still possible instead of "before" a date that is gone."""
    if due is None or due >= ctx.today:
        return variant
    return f"{variant}_passed" if variant else "passed"


def _state_review(ctx: Context, deadline, sources: list[Source], values: dict) -> Finding:
    """The review a state runs (or the plan passes on), named, with its own window; where
    the data has no window, the range of windows states are known to give, counted from the
    shortest."""
    route = deadline.route
    if deadline.at_least:
        shortest, longest = known_windows()
        variant = "at_least"
        window = count_words(*window_words(shortest.window), ctx.lang)
        values = {**values, "shortest": window,
                  "longest": count_words(*window_words(longest.window), ctx.lang)}  # fmt: skip
        sources = sources + [Source.from_dict(s) for s in route.sources]
    else:
        variant = "agency" if route.request_to == "agency" else "plan_forwards"
        alternative = route.alternative
        if alternative is not None and alternative.kind == "cdi":
            # California, regulator not known: DMHC or CDI takes the IMR (same window)
            variant = "california_either"
            sources = sources + [Source.from_dict(s) for s in alternative.sources[:1]]
        span = route.window
        window = (
            count_words(span.months, "month", ctx.lang)
            if span.months is not None
            else count_words(span.days, "day", ctx.lang)
        )
    due = deadline.due
    variant = _passed(ctx, variant, due)
    if deadline.at_least and due is not None and due < ctx.today:
        due = None  # only the shortest window known has passed: no "date has passed"
    return ctx.finding(
        "external_review_deadline",
        variant,
        sources=sources,
        due=due,
        safe=deadline.due,
        body=route.body,
        window=window,
        check=route.check_note,
        **values,
    )
