"""Time windows counted from the birth: a program's postpartum window (CPSP: up to 60 days
postpartum) and the infant age limit, for visits (Health Net: referral for infants up to age
one) or, with `applies_to: "rentals"`, for a pump rental's last day (Aetna: rental for a
congenital disorder that interferes with feeding, up to 12 months of age)."""

from __future__ import annotations

from collections.abc import Iterator

from helper.calendar_months import add_months
from helper.coverage.context import Context, norm_code
from helper.coverage.report import Finding
from helper.coverage.rules.pump_rental import is_rental, rental_last_day


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
        if entry.get("applies_to") == "rentals":
            yield from _rentals_past(ctx, entry, limit_date)
            continue
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


def _rentals_past(ctx: Context, entry: dict, limit_date) -> Iterator[Finding]:
    codes = {norm_code(code) for code in entry.get("codes", [])}
    for key, item in ctx.equipment_items():
        if not is_rental(item, codes):
            continue
        last = rental_last_day(item)
        if last > limit_date:
            yield ctx.finding(
                "infant_age_limit_exceeded",
                "rental",
                sources=ctx.policy_sources(entry),
                equipment=key,
                code=norm_code(item.code),
                months=entry["max_age_months"],
                date=item.date,
                last_day=last,
                birthday=limit_date,
            )
