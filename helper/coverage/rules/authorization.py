"""Authorization or prior contact the policy asks for and the case does not show.

- `authorization_required`: codes that need an authorization request (CCAH: a TAR for
  replacement pump supplies A4281-A4286; G0300 nurse home visits);
- `prior_contact_non_participating`: Health Net — a lactation consultant without a
  formal arrangement with a participating physician or facility must contact Health Net
  before the service to confirm authorization.
"""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context, norm_code
from helper.coverage.report import Finding


def findings(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("authorization_required"):
        codes = {norm_code(code) for code in entry["codes"]}
        what = entry.get("what", "authorization")
        if entry.get("applies_to") == "equipment":
            for key, item in ctx.equipment_items():
                if norm_code(item.code) in codes and item.prior_authorization is not True:
                    yield ctx.finding(
                        "prior_authorization_required",
                        "equipment",
                        sources=ctx.policy_sources(entry),
                        severity=entry.get("severity"),
                        equipment=key,
                        code=norm_code(item.code),
                        what=what,
                        date=item.date,
                    )
        else:
            for key, _index, visit in ctx.visits():
                if visit.prior_authorization is True:
                    continue
                for line_no, line in enumerate(visit.lines):
                    if norm_code(line.code) in codes:
                        yield ctx.finding(
                            "prior_authorization_required",
                            "code",
                            sources=ctx.policy_sources(entry),
                            severity=entry.get("severity"),
                            visit=key,
                            line=line_no,
                            code=norm_code(line.code),
                            what=what,
                            date=visit.date,
                        )
                        break
    for entry in ctx.rules("prior_contact_non_participating"):
        credentials = set(entry.get("credentials", []))
        for key, _index, visit in ctx.visits():
            provider = visit.provider
            if provider.credential not in credentials or visit.prior_authorization is True:
                continue
            if provider.participating_medi_cal_provider is False or provider.network == "out":
                yield ctx.finding(
                    "prior_authorization_required",
                    "non_participating",
                    sources=ctx.policy_sources(entry),
                    visit=key,
                    credential=provider.credential,
                    date=visit.date,
                )
