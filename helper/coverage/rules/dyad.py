"""Mother and baby are one patient: one claim per session, not one per family member.

BCBSNM: "considered as one patient and should be billed on one claim per session"; CCAH:
"may be billed under either a mother or baby ... Billing limits apply to the mother/baby
unit" (the message uses the policy's own words: `wording` in the policy data).

A visit billed under "both", or two visits on the same day with the same provider billed
once under the mother and once under the baby (or, with multiples, twice under babies),
is the same session billed on more than one family member.
"""

from __future__ import annotations

from collections.abc import Iterator

from helper.coverage.context import Context
from helper.coverage.report import Finding


def findings(ctx: Context) -> Iterator[Finding]:
    entries = ctx.rules("one_claim_per_session")
    if not entries:
        return
    entry = entries[0]
    sources = ctx.policy_sources(entry)
    multiples = (ctx.case.baby.multiples or 1) > 1
    note = "_multiples" if multiples and entry.get("multiples_note") else ""
    # CCAH's words are "billed under either a mother or baby", not BCBSNM's "one patient"
    lead = "either_" if entry.get("wording") == "either_member" else ""
    sessions: dict[tuple, list[tuple[str, str | None]]] = {}
    for key, _index, visit in ctx.visits():
        if not visit.lines:
            continue
        if visit.billed_under == "both":
            yield ctx.finding(
                "separate_family_claims",
                lead + "both" + note,
                sources=sources,
                visit=key,
                date=visit.date,
            )
        provider = visit.provider.npi or (visit.provider.name or "").strip().lower()
        sessions.setdefault((visit.date, provider), []).append((key, visit.billed_under))
    for (date, _provider), visits in sessions.items():
        if len(visits) < 2:
            continue
        first_key = visits[0][0]
        seen: list[str | None] = [visits[0][1]]
        for key, billed_under in visits[1:]:
            differs = billed_under is not None and any(
                other not in (None, billed_under) for other in seen
            )
            twins = multiples and billed_under == "baby"
            if differs or twins:
                yield ctx.finding(
                    "separate_family_claims",
                    lead + "same_day" + note,
                    sources=sources,
                    visit=key,
                    date=date,
                    other=first_key,
                )
            seen.append(billed_under)
