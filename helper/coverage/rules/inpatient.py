"""Lactation services during an inpatient stay are part of the stay, not billed separately."""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context
from helper.coverage.report import Finding


def findings(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("inpatient_not_separately_billable"):
        for key, _index, visit in ctx.visits():
            if visit.setting == "inpatient" and visit.lines:
                yield ctx.finding(
                    "inpatient_not_separately_billable",
                    sources=ctx.policy_sources(entry),
                    visit=key,
                    date=visit.date,
                )
