"""Units: per-session codes billed more than once, units per visit, units against the
minutes of the visit, and rolling 12-month limits shared by mother and baby.

Time rounding (timed codes, e.g. 30-minute units): BCBSNM says 2 units for 1 hour and each
unit is for "services up to 30 minutes"; no seed says how a part-unit rounds. So units
above ceil(minutes / 30) are a clear excess (`problem`: 60 minutes with 3 units), and a
last unit that covers less than a full 30 minutes (61 minutes with 3 units, 45 with 2) is a
`warning`: the plan may count only full units. A single unit for a shorter session is fine:
the codes are for "rendering services up to 30 minutes" (CPCP043).

Rolling limits: a visit on date D counts every visit after the same day 12 months earlier
(D minus 12 months, exclusive) up to D. A visit exactly 12 months after another starts a new
period, so they do not count together.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from helper.calendar_months import add_months
from helper.coverage.context import Context, norm_code
from helper.coverage.report import Finding


def findings(ctx: Context) -> Iterator[Finding]:
    if ctx.policy is None:
        return
    yield from _untimed(ctx)
    yield from _per_visit(ctx)
    yield from _time(ctx)
    yield from _rolling(ctx)


def _codes(entry: dict) -> set[str]:
    return {norm_code(code) for code in entry["codes"]}


def _untimed(ctx: Context) -> Iterator[Finding]:
    """A per-session code counts once per visit, whether as 2 units or on 2 lines."""
    for entry in ctx.rules("untimed_per_session"):
        codes = _codes(entry)
        for key, _index, visit in ctx.visits():
            totals: dict[str, int] = {}
            for line_no, line in enumerate(visit.lines):
                code = norm_code(line.code)
                if code not in codes:
                    continue
                totals[code] = totals.get(code, 0) + line.units
                if totals[code] > 1 and totals[code] - line.units <= 1:
                    yield ctx.finding(
                        "untimed_code_extra_units",
                        sources=ctx.policy_sources(entry),
                        visit=key,
                        line=line_no,
                        code=code,
                        units=totals[code],
                        date=visit.date,
                    )


def _per_visit(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("units_per_visit"):
        codes = _codes(entry)
        limit = entry["max_units"]
        for key, _index, visit in ctx.visits():
            lines = [
                (n, line) for n, line in enumerate(visit.lines) if norm_code(line.code) in codes
            ]
            total = sum(line.units for _n, line in lines)
            if total > limit:
                yield ctx.finding(
                    "units_per_visit_exceeded",
                    sources=ctx.policy_sources(entry),
                    visit=key,
                    line=lines[0][0],
                    code=norm_code(lines[0][1].code),
                    units=total,
                    max_units=limit,
                    date=visit.date,
                )


def _time(ctx: Context) -> Iterator[Finding]:
    travel_rules = ctx.rules("home_visit_education_time_only")
    for entry in ctx.rules("timed_codes"):
        codes = _codes(entry)
        per_unit = entry["minutes_per_unit"]
        for key, _index, visit in ctx.visits():
            if visit.minutes is None:
                continue
            lines = [
                (n, line) for n, line in enumerate(visit.lines) if norm_code(line.code) in codes
            ]
            if not lines:
                continue
            units = sum(line.units for _n, line in lines)
            most = math.ceil(visit.minutes / per_unit)
            full = visit.minutes // per_unit
            if units <= full or (units == 1 and visit.minutes > 0):
                continue  # one unit is "for rendering services up to 30 minutes" (CPCP043)
            home = visit.setting == "home" and bool(travel_rules)
            sources = ctx.policy_sources(entry)
            travel = _travel_minutes(visit)
            if units > most:
                severity = "problem"
                variant = "home" if home else None
                if home and travel and units <= math.ceil((visit.minutes + travel) / per_unit):
                    variant = "travel"
            else:
                severity = "warning"
                variant = "partial_home" if home else "partial"
            if home:
                sources += [s for rule in travel_rules for s in ctx.policy_sources(rule)]
            yield ctx.finding(
                "units_exceed_time",
                variant,
                sources=sources,
                severity=severity,
                visit=key,
                line=lines[0][0],
                code=norm_code(lines[0][1].code),
                units=units,
                minutes=visit.minutes,
                allowed=full if severity == "warning" else most,
                per_unit=per_unit,
                travel=travel or 0,
                date=visit.date,
            )


def _travel_minutes(visit) -> int:
    """Added field `travel_minutes` on a visit: time on the road, not service time."""
    value = visit.extra.get("travel_minutes")
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return 0


def _rolling(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("rolling_limit"):
        codes = _codes(entry)
        limit = entry["max"]
        months = entry.get("months", 12)
        by_visits = entry.get("count") == "visits"
        groups: dict[str, list] = {}
        for key, _index, visit in ctx.visits():
            lines = [
                (n, line) for n, line in enumerate(visit.lines) if norm_code(line.code) in codes
            ]
            if not lines:
                continue
            amount = 1 if by_visits else sum(line.units for _n, line in lines)
            group = (
                "unit" if entry.get("scope") == "mother_baby_unit" else (visit.billed_under or "")
            )
            groups.setdefault(group, []).append((visit.date, amount, key, lines[0], visit))
        for items in groups.values():
            items.sort(key=lambda item: item[0])
            yield from _window_excess(ctx, entry, items, limit, months, by_visits)


def _window_excess(ctx, entry, items, limit, months, by_visits) -> Iterator[Finding]:
    start = 0
    running = 0
    for date, amount, key, (line_no, line), visit in items:
        running += amount
        opens = add_months(date, -months)
        while items[start][0] <= opens:
            running -= items[start][1]
            start += 1
        if running <= limit or visit.prior_authorization is True:
            continue
        first = items[start][0]
        yield ctx.finding(
            "annual_limit_exceeded",
            "visits" if by_visits else None,
            sources=ctx.policy_sources(entry),
            visit=key,
            line=line_no,
            code=norm_code(line.code),
            count=running,
            max=limit,
            months=months,
            since=first,
            date=date,
        )
