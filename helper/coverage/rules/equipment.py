"""Breast pumps and supplies: one personal pump per replacement period (every N years or per
pregnancy), rental days covered without authorization, replacement supplies not in a pump's
month, expected modifiers.

"Every three years": a second pump before the same day three years later is inside the
period (2 years 11 months is; 3 years 1 month is not; exactly 3 years is a new period).
"Same month": the same calendar month and year as a pump or kit (E0602/E0603).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from helper.calendar_months import add_months
from helper.coverage.context import Context, norm_code, split_code
from helper.coverage.report import Finding
from helper.model import Equipment


def findings(ctx: Context) -> Iterator[Finding]:
    if ctx.policy is None or not ctx.case.equipment:
        return
    yield from _frequency(ctx)
    yield from _rental(ctx)
    yield from _same_month(ctx)
    yield from _modifiers(ctx)


def _item_finding(
    ctx: Context,
    kind: str,
    entry: dict,
    key: str,
    item: Equipment,
    variant: str | None = None,
    **values: Any,
) -> Finding:
    """A finding about one item under a policy rule: the rule's sources, the item's key,
    its code as written (normalised) and its date, with the kind's own `values`."""
    return ctx.finding(
        kind,
        variant,
        sources=ctx.policy_sources(entry),
        equipment=key,
        code=norm_code(item.code),
        date=item.date,
        **values,
    )


def _frequency(ctx: Context) -> Iterator[Finding]:
    """A second pump of the rule's codes inside its replacement period: `every_years` (from
    the previous pump) or `per_pregnancy` (a case is one pregnancy: any second pump)."""
    for entry in ctx.rules("equipment_frequency"):
        codes = {norm_code(code) for code in entry["codes"]}
        years = entry.get("every_years")
        pumps = sorted(
            (
                (item.date, key, item)
                for key, item in ctx.equipment_items()
                if norm_code(item.code) in codes
            ),
            key=lambda row: row[0],
        )
        for (before, _k, _i), (date, key, item) in zip(pumps, pumps[1:], strict=False):
            if item.prior_authorization is True:
                continue
            if entry.get("per_pregnancy"):
                yield _item_finding(
                    ctx, "equipment_frequency_limit", entry, key, item, previous=before,
                    variant="per_pregnancy",
                )  # fmt: skip
            elif years and date < add_months(before, 12 * years):
                yield _item_finding(
                    ctx,
                    "equipment_frequency_limit",
                    entry,
                    key,
                    item,
                    years=years,
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
                yield _item_finding(
                    ctx,
                    "rental_authorization_required",
                    entry,
                    key,
                    item,
                    days=item.rental_days,
                    max_days=limit,
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
                yield _item_finding(
                    ctx,
                    "supplies_same_month_as_pump",
                    entry,
                    key,
                    item,
                    pump_code=norm_code(pump.code),
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
                yield _item_finding(
                    ctx, "modifier_not_expected", entry, key, item, modifier=have, expected=want
                )
