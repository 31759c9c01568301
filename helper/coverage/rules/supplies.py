"""Supplies per month or year: the items of the rule's codes delivered in one calendar month
or year, counted by `quantity` (one when not written), against the policy's `max_quantity`
(Aetna CPB 0421: 8 replacement bottles per year). `count` is "each_code" (so many of each
code) or "all_codes" (so many of all together). The line that goes over is the one named.

A rule that names no code cannot be matched to a line: its quote is kept, nothing is counted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from helper.coverage.context import Context, norm_code
from helper.coverage.report import Finding
from helper.i18n import month_year


def findings(ctx: Context) -> Iterator[Finding]:
    if not ctx.case.equipment:
        return
    for entry in ctx.rules("supplies_quantity"):
        codes = {norm_code(code) for code in entry.get("codes", [])}
        if not codes:
            continue
        limit = entry["max_quantity"]
        items = sorted(
            (item.date, key, item)
            for key, item in ctx.equipment_items()
            if norm_code(item.code) in codes
        )
        totals: dict[tuple, int] = defaultdict(int)
        for date, key, item in items:
            period = (date.year, date.month) if entry["per"] == "month" else (date.year,)
            group = (norm_code(item.code),) if entry["count"] == "each_code" else ()
            before = totals[period + group]
            totals[period + group] = before + (item.quantity or 1)
            if before <= limit < totals[period + group]:
                yield ctx.finding(
                    "supplies_quantity_exceeded",
                    entry["per"],
                    sources=ctx.policy_sources(entry),
                    equipment=key,
                    code=norm_code(item.code),
                    date=item.date,
                    total=totals[period + group],
                    max=limit,
                    item=entry["item"],
                    month=_month_words(ctx, date),
                    year=date.year,
                )


def _month_words(ctx: Context, date) -> str:
    """ "March 2027" (en), "marzo de 2027" (es)."""
    return month_year(date, ctx.lang)
