"""Which codes the policy lets whom bill: codes not to report, codes kept for physicians or
for a credential, and codes the policy does not list for lactation services at all."""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context, norm_code
from helper.coverage.report import Finding


def findings(ctx: Context) -> Iterator[Finding]:
    if ctx.policy is None:
        return
    not_to_report = {}
    for entry in ctx.rules("code_not_to_report"):
        for code in entry["codes"]:
            not_to_report[norm_code(code)] = entry
    physician_only = {}
    for entry in ctx.rules("physician_only_codes"):
        for code in entry["codes"]:
            physician_only[norm_code(code)] = entry
    credential_codes = {}
    for entry in ctx.rules("code_credentials"):
        for code in entry["codes"]:
            credential_codes[norm_code(code)] = entry
    listed_entries = ctx.rules("codes_listed")
    visit_codes = {norm_code(c) for e in listed_entries for c in e.get("visit_codes", [])}
    equipment_codes = {norm_code(c) for e in listed_entries for c in e.get("equipment_codes", [])}

    for key, _index, visit in ctx.visits():
        credential = visit.provider.credential
        for line_no, line in enumerate(visit.lines):
            code = norm_code(line.code)
            common = {"visit": key, "line": line_no, "code": code, "date": visit.date}
            if code in not_to_report:
                entry = not_to_report[code]
                yield ctx.finding(
                    "code_not_recognized",
                    "not_to_report",
                    sources=ctx.policy_sources(entry),
                    **common,
                )
            elif listed_entries and code not in visit_codes | equipment_codes:
                yield ctx.finding(
                    "code_not_recognized",
                    "unlisted",
                    sources=ctx.policy_sources(listed_entries[0]),
                    severity="warning",
                    **common,
                )
            if code in physician_only and credential is not None:
                entry = physician_only[code]
                if credential not in entry.get("physician_credentials", []):
                    yield ctx.finding(
                        "code_not_allowed_for_provider",
                        "physician_only",
                        sources=ctx.policy_sources(entry),
                        credential=credential,
                        **common,
                    )
            if code in credential_codes and credential is not None:
                entry = credential_codes[code]
                if credential not in entry.get("credentials", []):
                    yield ctx.finding(
                        "code_not_allowed_for_provider",
                        "credential",
                        sources=ctx.policy_sources(entry),
                        severity=entry.get("severity"),
                        credential=credential,
                        allowed=", ".join(entry.get("credentials", [])),
                        **common,
                    )

    if listed_entries and equipment_codes:
        for key, item in ctx.equipment_items():
            code = norm_code(item.code)
            if code not in equipment_codes:
                yield ctx.finding(
                    "code_not_recognized",
                    "unlisted_equipment",
                    sources=ctx.policy_sources(listed_entries[0]),
                    severity="warning",
                    equipment=key,
                    code=code,
                    date=item.date,
                )
