"""Diagnosis codes: required on the claim, and from the categories the policy accepts
(a category covers its subcodes: O91 covers O91.21; R63.3 covers R63.30)."""

from __future__ import annotations

from collections.abc import Iterator

from helper.codes import matches_category
from helper.coverage.context import Context, norm_code
from helper.coverage.report import Finding


def _applies(entry: dict, code: str) -> bool:
    codes = entry.get("codes")
    return codes == "all" or code in {norm_code(c) for c in codes or []}


def findings(ctx: Context) -> Iterator[Finding]:
    if ctx.policy is None:
        return
    required = ctx.rules("diagnosis_required")
    qualifying = ctx.rules("qualifying_diagnoses")
    for key, _index, visit in ctx.visits():
        for line_no, line in enumerate(visit.lines):
            code = norm_code(line.code)
            place = {"visit": key, "line": line_no, "code": code, "date": visit.date}
            yield from _check(ctx, code, line.diagnoses, required, qualifying, place, "problem")
    for key, item in ctx.equipment_items():
        code = norm_code(item.code)
        place = {"equipment": key, "code": code, "date": item.date}
        # the user may not have the supplier's claim: a missing code there is a warning
        yield from _check(ctx, code, item.diagnoses, [], qualifying, place, "warning")


def _check(ctx, code, diagnoses, required, qualifying, place, missing_severity):
    needs = [e for e in required if _applies(e, code)]
    accepts = [e for e in qualifying if _applies(e, code)]
    if not diagnoses:
        if needs or accepts:
            sources = [s for e in needs + accepts for s in ctx.policy_sources(e)]
            categories = ", ".join(c for e in accepts for c in e["categories"])
            yield ctx.finding(
                "diagnosis_missing",
                "categories" if categories else None,
                sources=sources,
                severity=missing_severity,
                categories=categories,
                **place,
            )
        return
    for entry in accepts:
        if not any(matches_category(d, cat) for d in diagnoses for cat in entry["categories"]):
            yield ctx.finding(
                "diagnosis_not_qualifying",
                sources=ctx.policy_sources(entry),
                diagnoses=", ".join(diagnoses),
                categories=", ".join(entry["categories"]),
                **place,
            )
