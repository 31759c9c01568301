"""A pump rental the policy covers while the newborn stays in the hospital after the parent
goes home (Aetna CPB 0421, Highmark E-37-017): the days up to the baby's discharge (plus the
rule's `months_after_discharge`, if any) count as covered; days after it need another reason.

The rental runs from its date for `rental_days` days (the first day counts: 10 days from
March 1 end on March 10). A rental is an item of the rule's codes, or, when the rule names
none, any item with rental days or the RR (rental) modifier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from helper.calendar_months import add_months
from helper.coverage.context import Context, norm_code, split_code
from helper.coverage.report import Finding
from helper.model import Equipment

_DENIED = ("denied", "partially_paid")


def findings(ctx: Context) -> Iterator[Finding]:
    discharge = ctx.case.baby.hospital_discharge
    if discharge is None or not ctx.case.equipment:
        return
    for entry in ctx.rules("rental_while_infant_hospitalized"):
        codes = {norm_code(code) for code in entry.get("codes", [])}
        covered_to = add_months(discharge, entry.get("months_after_discharge", 0))
        for key, item in ctx.equipment_items():
            if not is_rental(item, codes):
                continue
            last = rental_last_day(item)
            if last > covered_to:
                yield ctx.finding(
                    "rental_after_infant_discharge",
                    sources=ctx.policy_sources(entry),
                    equipment=key,
                    code=norm_code(item.code),
                    date=item.date,
                    last_day=last,
                    discharge=discharge,
                    covered_to=covered_to,
                )
            elif item.claim is not None and item.claim.status in _DENIED:
                yield ctx.finding(
                    "policy_supports_claim",
                    "infant_hospitalized",
                    sources=ctx.policy_sources(entry),
                    equipment=key,
                    code=norm_code(item.code),
                    date=item.date,
                    claim=item.claim.number or norm_code(item.code),
                    discharge=discharge,
                )


def is_rental(item: Equipment, codes: set[str]) -> bool:
    """An item of `codes`; with no codes, any item with rental days or the RR modifier."""
    if codes:
        return norm_code(item.code) in codes
    code, written = split_code(item.code)
    return item.rental_days is not None or "RR" in (norm_code(item.modifier), *written)


def rental_last_day(item: Equipment) -> dt.date:
    """The last day of a rental (its first day when the number of days is not known)."""
    return item.date + dt.timedelta(days=max((item.rental_days or 1) - 1, 0))
