"""Breast pumps and supplies: one personal pump per replacement period, rental days covered
without authorization, replacement supplies not in a pump's month, expected modifiers.

"Every three years": a second pump before the same day three years later is inside the
period (2 years 11 months is; 3 years 1 month is not; exactly 3 years is a new period).
"Same month": the same calendar month and year as a pump or kit (E0602/E0603).
"""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context, norm_code, split_code
from helper.coverage.report import Finding
from helper.deadlines import add_months


def findings(ctx: Context) -> Iterator[Finding]:
    if ctx.policy is None or not ctx.case.equipment:
        return
    yield from _frequency(ctx)
    yield from _rental(ctx)
    yield from _same_month(ctx)
    yield from _modifiers(ctx)


def _frequency(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("equipment_frequency"):
        codes = {norm_code(code) for code in entry["codes"]}
        years = entry["years"]
        pumps = sorted(
            (
                (item.date, key, item)
                for key, item in ctx.equipment_items()
                if norm_code(item.code) in codes
            ),
            key=lambda row: row[0],
        )
        for (before, _k, _i), (date, key, item) in zip(pumps, pumps[1:], strict=False):
            if date < add_months(before, 12 * years) and item.prior_authorization is not True:
                yield ctx.finding(
                    "equipment_frequency_limit",
                    sources=ctx.policy_sources(entry),
                    equipment=key,
                    code=norm_code(item.code),
                    years=years,
                    date=date,
                    previous=before,
                    next_date=add_months(before, 12 * years),
                )


def _rental(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("rental_authorization"):
        codes = {norm_code(code) for code in entry["codes"]}
        limit = entry["days_without_authorization"]
        for key, item in ctx.equipment_items():
            if norm_code(item.code) not in codes or item.rental_days is None:
                continue
            if item.rental_days > limit and item.prior_authorization is not True:
                yield ctx.finding(
                    "rental_authorization_required",
                    sources=ctx.policy_sources(entry),
                    equipment=key,
                    code=norm_code(item.code),
                    days=item.rental_days,
                    max_days=limit,
                    date=item.date,
                )


def _same_month(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("supplies_not_same_month"):
        supplies = {norm_code(code) for code in entry["codes"]}
        pump_codes = {norm_code(code) for code in entry["pump_codes"]}
        pump_months = {}
        for _key, item in ctx.equipment_items():
            if norm_code(item.code) in pump_codes:
                pump_months.setdefault((item.date.year, item.date.month), item)
        for key, item in ctx.equipment_items():
            if norm_code(item.code) not in supplies:
                continue
            pump = pump_months.get((item.date.year, item.date.month))
            if pump is not None:
                yield ctx.finding(
                    "supplies_same_month_as_pump",
                    sources=ctx.policy_sources(entry),
                    equipment=key,
                    code=norm_code(item.code),
                    pump_code=norm_code(pump.code),
                    date=item.date,
                    pump_date=pump.date,
                )


def _modifiers(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("modifier"):
        expected = {norm_code(code): norm_code(entry["modifier"]) for code in entry["codes"]}
        for key, item in ctx.equipment_items():
            code, written = split_code(item.code)
            want = expected.get(code)
            have = norm_code(item.modifier) or (written[0] if written else "")
            if want and have and have != want:
                yield ctx.finding(
                    "modifier_not_expected",
                    sources=ctx.policy_sources(entry),
                    equipment=key,
                    code=norm_code(item.code),
                    modifier=have,
                    expected=want,
                    date=item.date,
                )
