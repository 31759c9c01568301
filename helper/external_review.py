"""Where an external review goes after a final internal denial, and by when.

Data: `data/external_review.json` (one entry per state, DC and territory, California split
into DMHC and CDI, plus the two federal processes), each number with a verbatim quote; what
no quote gives is None and named in `unknown`. Read on first use, not at import.

Routing (45 CFR 147.136(a)(1), (c), (d); 29 CFR 2590.715-2719(d)):
- private self-funded plan -> the Labor rule's federal process ("federal_labor");
- insured private, individual and government insured plans -> the state's own process when
  the data says the state has one, else the HHS-administered process ("federal_hhs");
- non-federal government self-funded plan -> the HHS-administered process;
- FEHB, Medicaid, CHIP, TRICARE, grandfathered, short-term, unknown -> None (their next step
  is elsewhere: helper.deadlines and helper.regulators).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from helper import knowledge, programmes
from helper.calendar_months import add_months
from helper.model import Plan
from helper.regulators import NAIC_URL, california_hint
from helper.regulators import jurisdiction as regulator_place

KINDS = ("state", "dmhc", "cdi", "federal_hhs", "federal_labor")
STATE_FAMILIES = ("private_insured", "individual", "government_insured")
_SOURCE_KEYS = ("document", "section", "quote", "url", "read_on", "wording")


@dataclass(frozen=True)
class Window:
    """How long the member has to ask: `days` or `months` after the final denial.

    `no_matching_day` is the rule the text gives when the month has no matching day
    ("first_day_of_next_month"), or None when it gives none (the last day of that month,
    the earlier date, is used).
    """

    days: int | None = None
    months: int | None = None
    no_matching_day: str | None = None


@dataclass(frozen=True)
class ReviewRoute:
    """One external review process, as far as a quoted source gives it.

    `kind`: "state", "dmhc", "cdi", "federal_hhs" or "federal_labor". `request_to`:
    "agency" (send it to the body) or "plan" (send it to the plan, which passes it on).
    `unknown` names every field no source gave; `check_at` is where to confirm.
    """

    jurisdiction: str | None
    body: str
    kind: str
    request_to: str | None
    address_lines: tuple[str, ...] = ()
    portal: str | None = None
    phone: str | None = None
    fax: str | None = None
    window: Window | None = None
    decision_days: int | None = None
    expedited_hours: int | None = None
    expedited_days: int | None = None
    scope: str | None = None
    sources: tuple[dict[str, str], ...] = ()
    unknown: tuple[str, ...] = ()
    check_at: str = NAIC_URL
    confidence: str = "current"
    notes: tuple[str, ...] = ()
    alternative: ReviewRoute | None = field(default=None)

    @property
    def check_note(self) -> str:
        """The sentence shown with the route: where to confirm it."""
        if self.confidence == "old_page":
            return f"Some of this was read on an older page: confirm at {self.check_at}."
        return f"Confirm the current details at {self.check_at}."


def _data() -> dict[str, Any]:
    return knowledge.load("external_review")


def _sources(entry: dict[str, Any]) -> tuple[dict[str, str], ...]:
    return tuple(
        {key: source[key] for key in _SOURCE_KEYS if source.get(key) is not None}
        for source in entry["sources"]
    )


def _window(entry: dict[str, Any]) -> tuple[Window | None, tuple[dict[str, str], ...]]:
    """The entry's window, and extra sources when it is a rule of data/federal.json."""
    rule_id = entry.get("window_rule")
    if rule_id:
        federal = knowledge.load("federal")
        rule = federal["deadlines"][rule_id]
        extra = tuple(dict(federal["sources"][key]) for key in rule.get("sources", []))
        window = Window(
            days=rule.get("days"),
            months=rule.get("months"),
            no_matching_day=rule.get("no_matching_day"),
        )
        return window, extra
    raw = entry.get("window")
    if not raw:
        return None, ()
    return Window(raw.get("days"), raw.get("months"), raw.get("no_matching_day")), ()


def _route(
    entry: dict[str, Any],
    key: str | None,
    kind: str,
    body: str,
    **overrides: Any,
) -> ReviewRoute:
    window, extra_sources = _window(entry)
    filing = entry["filing"]
    values: dict[str, Any] = {
        "jurisdiction": key,
        "body": body,
        "kind": kind,
        "request_to": entry["request_to"],
        "address_lines": tuple(filing["address_lines"] or ()),
        "portal": filing["portal"],
        "phone": filing["phone"],
        "fax": filing["fax"],
        "window": window,
        "decision_days": entry["decision_days"],
        "expedited_hours": entry["expedited_hours"],
        "expedited_days": entry.get("expedited_days"),
        "scope": entry["scope"],
        "sources": _sources(entry) + extra_sources,
        "unknown": tuple(entry["unknown"]),
        "check_at": entry["check_at"],
        "confidence": entry["confidence"],
        "notes": tuple(entry["notes"]),
    }
    values.update(overrides)
    return ReviewRoute(**values)


def federal_route(kind: str, key: str | None = None) -> ReviewRoute:
    """The HHS-administered process ("federal_hhs") or the Labor rule's ("federal_labor")."""
    if kind not in ("federal_hhs", "federal_labor"):
        raise ValueError(f"not a federal external review kind: {kind!r}")
    entry = _data()["federal"]["hhs" if kind == "federal_hhs" else "labor"]
    return _route(entry, key, kind, entry["name"])


def _department_name(state: str) -> str:
    place = regulator_place(state[:2])
    if place is None:
        return "Your state's insurance department"
    return place["insurance_department"]["name"]


def jurisdiction_route(key: str) -> ReviewRoute | None:
    """The route of one jurisdiction key ("NY", "CA_DMHC", ...), as the data gives it."""
    entry = _data()["jurisdictions"].get(key)
    if entry is None:
        return None
    if entry["runs_review"] == "federal_hhs":
        hhs = federal_route("federal_hhs", key)
        return replace(
            hhs,
            sources=hhs.sources + _sources(entry),
            unknown=hhs.unknown + tuple(entry["unknown"]),
            check_at=entry["check_at"],
            confidence=entry["confidence"],
            notes=tuple(entry["notes"]) + hhs.notes,
        )
    kind = {"CA_DMHC": "dmhc", "CA_CDI": "cdi"}.get(key, "state")
    body = entry["agency"] or _department_name(key)
    alternative = federal_route("federal_hhs", key) if entry["runs_review"] == "unknown" else None
    return _route(entry, key, kind, body, alternative=alternative)


def _unknown_state() -> ReviewRoute:
    """No state on the case: nothing can be named but where to look."""
    return ReviewRoute(
        jurisdiction=None,
        body="Your state's insurance department",
        kind="state",
        request_to=None,
        unknown=("state", "runs_review", "request_to", "window", "decision_days"),
        notes=("Add the member's state to see its external review process.",),
        alternative=federal_route("federal_hhs"),
    )


def review_route(plan: Plan, state: str | None) -> ReviewRoute | None:
    """The external review route for `plan` with the member living in `state`, or None
    when the plan's next step is not an external review (FEHB, Medicaid, TRICARE, ...)."""
    rule = programmes.external_review_rule(plan)
    current = programmes.family(plan)
    code = str(state).strip().upper() if state else None
    if rule == "labor_federal":
        return federal_route("federal_labor", code)
    if rule != "state_or_hhs":
        return None
    if current == "government_self_funded":
        return federal_route("federal_hhs", code)
    if current not in STATE_FAMILIES:
        return None
    if not code:
        return _unknown_state()
    if code == "CA":
        hint = california_hint({"plan": plan})
        if hint == "cdi":
            return jurisdiction_route("CA_CDI")
        dmhc = jurisdiction_route("CA_DMHC")
        if hint == "dmhc":
            return dmhc
        return replace(dmhc, alternative=jurisdiction_route("CA_CDI"))
    route = jurisdiction_route(code)
    return route if route is not None else _unknown_state()


def _length_days(window: Window) -> int:
    return window.days if window.days is not None else round((window.months or 0) * 30.44)


@cache
def known_windows() -> tuple[ReviewRoute, ReviewRoute]:
    """The routes with the shortest and the longest window the data quotes (South
    Carolina's 60 days... six months): where a state's own window is not known, the app
    says the known range and counts from the shortest, to be safe."""
    routes = [jurisdiction_route(key) for key in _data()["jurisdictions"]]
    timed = [
        r for r in routes if r is not None and r.window is not None and r.kind != "federal_hhs"
    ]
    timed.sort(key=lambda r: _length_days(r.window))
    return timed[0], timed[-1]


def window_words(window: Window) -> tuple[int, str]:
    """(count, "day" or "month") of a window, for words such as "60 days"."""
    return (window.days, "day") if window.days is not None else (window.months or 0, "month")


def review_window_due(route: ReviewRoute | None, final_date: dt.date | None) -> dt.date | None:
    """The last day to ask for the review, counted from the final denial's date; None when
    the route gives no window or there is no date."""
    if route is None or route.window is None or final_date is None:
        return None
    window = route.window
    if window.days is not None:
        return final_date + dt.timedelta(days=window.days)
    if window.months is not None:
        rule = window.no_matching_day or "last_day_of_month"
        return add_months(final_date, window.months, rule)
    return None
