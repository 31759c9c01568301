"""Who regulates this plan and where a complaint goes (also `Report.regulator`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from helper.coverage.context import Context
from helper.coverage.report import Finding, Source
from helper.regulators import regulator_for as lookup_regulator


def regulator_for(ctx: Context) -> dict[str, Any]:
    """The regulator from helper.regulators, else the general route of the plan's kind."""
    try:
        found = lookup_regulator(ctx.case)
    except Exception:  # noqa: BLE001 - a gap in regulator data must not stop the check
        found = None
    return dict(found) if found else fallback_regulator(ctx)


def fallback_regulator(ctx: Context) -> dict[str, Any]:
    route = ctx.federal["complaint_routes"][ctx.plan_type_rules["complaint"]]
    regulator = {k: route[k] for k in ("name", "kind", "complaint_url", "phone", "mail")}
    regulator["state"] = ctx.case.member.state
    regulator["also"] = []
    regulator["sources"] = [route["source"]]
    return regulator


def _sources(ctx: Context, regulator: dict[str, Any]) -> list[Source]:
    found: list[Source] = []
    raw = regulator.get("sources") or ([regulator["source"]] if regulator.get("source") else [])
    for item in raw:
        if isinstance(item, dict) and item.get("document") and item.get("quote"):
            found.append(Source.from_dict(item))
    if not found:
        route = ctx.federal["complaint_routes"][ctx.plan_type_rules["complaint"]]
        found.append(Source.from_dict(route["source"]))
    return found


def findings(ctx: Context) -> Iterator[Finding]:
    regulator = ctx.regulator
    contact = [
        value
        for value in (
            regulator.get("complaint_url") or regulator.get("url"),
            regulator.get("phone"),
        )
        if value
    ]
    if not contact and regulator.get("mail"):  # OPM: a postal address only
        contact = [", ".join(part.strip() for part in str(regulator["mail"]).splitlines())]
        if regulator.get("check_note"):
            contact[-1] += f". {regulator['check_note']}"
    if regulator.get("kind") == "opm" and not regulator.get("mail"):
        # each plan has its own OPM address (its brochure's disputed-claims section)
        yield ctx.finding(
            "complaint_route",
            "opm",
            sources=_sources(ctx, regulator),
            name=regulator.get("name") or "",
            example=regulator.get("mail_example") or "",
        )
        return
    also = [
        a.get("name") for a in regulator.get("also") or [] if isinstance(a, dict) and a.get("name")
    ]
    yield ctx.finding(
        "complaint_route",
        "also" if also else None,
        sources=_sources(ctx, regulator),
        name=regulator.get("name") or "",
        contact=(", ".join(contact).rstrip(".") + ".") if contact else "",
        also="; ".join(also),
    )
