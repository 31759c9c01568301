"""Who may bill: credentials the policy does not let bill directly, and codes kept for some.

- `billing_credentials.not_direct`: credentials that cannot bill the plan themselves
  (Health Net Medi-Cal: LEC and IBCLC have no Medi-Cal provider number); fine when a
  participating Medi-Cal provider bills for them, a problem when the case says it does not,
  a warning when the case does not say.
- `billing_credentials.through_provider`: staff whose services a Medi-Cal provider bills
  (CPHW, MA, RN, NP, PA); a problem only when the case says no Medi-Cal provider billed.
"""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context
from helper.coverage.report import Finding


def findings(ctx: Context) -> Iterator[Finding]:
    for entry in ctx.rules("billing_credentials"):
        not_direct = set(entry.get("not_direct", []))
        through = set(entry.get("through_provider", []))
        if not (not_direct or through):
            continue
        for key, _index, visit in ctx.visits():
            provider = visit.provider
            credential = provider.credential
            participating = provider.participating_medi_cal_provider
            if not visit.lines or participating is True:
                continue
            if credential in not_direct:
                variant = "direct" if participating is False else "direct_unknown"
                severity = "problem" if participating is False else "warning"
            elif credential in through and participating is False:
                variant, severity = "through_provider", "problem"
            else:
                continue
            yield ctx.finding(
                "provider_not_eligible_to_bill",
                variant,
                sources=ctx.policy_sources(entry),
                severity=severity,
                visit=key,
                date=visit.date,
                credential=credential,
            )
