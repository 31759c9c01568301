"""The external review request: who runs the review for this plan and where the request
goes (helper.external_review for ACA plans, OPM for FEHB), its window and decision times
with their sources, and each claim's own last day.

A request to an agency (New York's DFS, California's DMHC or CDI, the HHS process) is
addressed to it; where the plan passes the request on, to the plan. FEHB's next step is
OPM's review of the plan's decision (5 CFR 890.105). Other plans have no external review
this letter can ask for, and it is refused with their next step (helper.letters.refusals).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from helper import deadlines as dl
from helper import programmes
from helper.model import Case

_NOTE = re.compile(r"\s*\((?:stored|older|lead|copy)[^)]*\)")
_UNITS = {"months": ("month", "months"), "days": ("day", "days")}


def has_review(case: Case) -> bool:
    """The plan has an outside review this letter can ask for."""
    return programmes.external_review_rule(case.plan) in ("labor_federal", "state_or_hhs", "opm")


def review_context(case: Case, services: list, today: dt.date) -> dict[str, Any] | None:
    """What the letter says about the review; None when the plan has none."""
    if not has_review(case):
        return None
    dues = []
    route = None
    for service in services:
        claim = service.claim
        if claim is None or claim.final_denial_date is None:
            continue
        deadline = dl.external_review_deadline(claim, case.plan, case.member.state)
        if deadline is None:
            continue
        route = route or deadline.route
        dues.append(
            {
                "claim": claim.number,
                "final": _long(claim.final_denial_date),
                "due": _long(deadline.due),
                "at_least": deadline.at_least,
                "days_since": (today - claim.final_denial_date).days
                if claim.final_denial_date
                else None,
                "open": deadline.due is None or deadline.due >= today,
            }
        )
    if programmes.external_review_rule(case.plan) == "opm":
        return {"kind": "opm", "body": "U.S. Office of Personnel Management", "dues": dues,
                "request_to": "agency", "window": "90 days", "cite": "5 CFR 890.105"}  # fmt: skip
    if route is None:
        from helper.external_review import review_route

        route = review_route(case.plan, case.member.state)
    return _route_context(route, dues) if route is not None else None


def _route_context(route, dues: list[dict]) -> dict[str, Any]:
    window = route.window
    span = None
    if window is not None:
        unit, count = (
            ("months", window.months) if window.months is not None else ("days", window.days)
        )
        span = f"{count} {_UNITS[unit][count != 1]}"
    expedited = None
    if route.expedited_hours:
        expedited = f"{route.expedited_hours} hours"
    elif route.expedited_days:
        expedited = f"{route.expedited_days} days"
    alternative = route.alternative
    lines = list(route.address_lines)
    addressee = None
    if route.kind == "federal_hhs" and lines:
        # the HHS process is a description, not a recipient: its quoted address starts
        # with the office that takes the requests ("MAXIMUS Federal Services")
        addressee, lines = lines[0], lines[1:]
    return {
        "kind": route.kind,
        "body": route.body,
        "addressee": addressee,
        # California with the department not known: the IMR goes to DMHC or to CDI, and
        # only the parent's card or plan documents say which (helper.letters.missing asks)
        "choose_regulator": alternative is not None and alternative.kind == "cdi",
        "request_to": route.request_to or "plan",
        "address_lines": lines,
        "window": span,
        "decision": f"{route.decision_days} days" if route.decision_days else None,
        "expedited": expedited,
        "cite": _cite(route),
        "imr": route.kind in ("dmhc", "cdi"),
        "check_at": route.check_at,
        "dues": dues,
    }


def _cite(route) -> str | None:
    """The first source that states the window, as "document, section", without the notes
    the data keeps about the copy it was read in ("(stored copy; age unknown)"); a web page
    stored as "DMHC - Consumer Independent Medical Review/Complaint" reads as the agency's
    page: 'DMHC, "Consumer Independent Medical Review/Complaint" page'."""
    for source in route.sources:
        if source.get("section") and source.get("document"):
            section = _NOTE.sub("", source["section"])
            if section.startswith("page "):  # "page 2, When can ... be requested?" -> "page 2"
                section = section.split(",", 1)[0]
            document = _NOTE.sub("", source["document"])
            title = _page_title(document)
            return title if section in document else f"{title}, {section}"
    return None


def _page_title(document: str) -> str:
    agency, sep, title = document.partition(" - ")
    if not sep or len(agency) > 12:
        return document
    return f'{agency}, "{title}" page'


def _long(value: dt.date | None) -> str | None:
    return f"{value:%B} {value.day}, {value.year}" if value else None
