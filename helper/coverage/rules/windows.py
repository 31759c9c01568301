"""Time windows counted from the birth: a program's postpartum window (CPSP: up to 60 days
postpartum) and the infant age limit (Health Net: referral for infants up to age one)."""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context
from helper.coverage.report import Finding
from helper.deadlines import add_months


def findings(ctx: Context) -> Iterator[Finding]:
    birth = ctx.case.baby.birth_date
    if birth is None:
        return
    for entry in ctx.rules("program_window"):
        program = entry["program"].strip().lower()
        limit = entry["max_days_postpartum"]
        for key, _index, visit in ctx.visits():
            if (visit.program or "").strip().lower() != program:
                continue
            days = (visit.date - birth).days
            if days > limit:
                yield ctx.finding(
                    "postpartum_window_exceeded",
                    sources=ctx.policy_sources(entry),
                    visit=key,
                    program=entry["program"],
                    days=days,
                    max_days=limit,
                    date=visit.date,
                    birth=birth,
                )
    for entry in ctx.rules("infant_age_limit"):
        months = entry["max_age_months"]
        limit_date = add_months(birth, months)
        for key, _index, visit in ctx.visits():
            if visit.date > limit_date:
                yield ctx.finding(
                    "infant_age_limit_exceeded",
                    sources=ctx.policy_sources(entry),
                    visit=key,
                    months=months,
                    date=visit.date,
                    birthday=limit_date,
                )
