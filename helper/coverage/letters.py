"""Which letters the findings and the claims' stages call for (the letter kinds of the
letters feature).

An appeal is offered only for a claim whose first-appeal window is open and whose reason
is one an appeal answers: a coding, eligibility, duplicate or late-filing denial goes to
reprocessing (data/denial_reasons.json "letter"). External review is offered after a final
internal decision while its window is open; a complaint whenever the plan's handling is
worth one.

A kind is offered only when the letter command would write it for the case's claims on the
day of the check: both ask `helper.letters.refusals` (a closed window, a claim with nothing
to appeal or closed by an outside review), so the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterator

from helper.claims import claim_stage
from helper.claims.reasons import letter_for
from helper.coverage.report import LETTER_KINDS, Finding
from helper.letters.kinds import get_kind
from helper.letters.refusals import refused
from helper.next_actions import letters_in

_BILLING_FIXES = {
    "code_not_recognized",
    "code_not_allowed_for_provider",
    "untimed_code_extra_units",
    "units_exceed_time",
    "separate_family_claims",
    "diagnosis_missing",
    "diagnosis_not_qualifying",
}
_PROBLEMS_WORTH_A_COMPLAINT = {
    "cost_sharing_on_preventive",
    "appeal_deadline",
    "external_review_deadline",
    "state_hearing_deadline",
    "appeal_decision_due",
}


def suggested_letters(findings: list[Finding], aca_applies: bool, ctx=None) -> list[str]:
    claims = _claims_by_key(ctx)
    kinds = {f.kind for f in findings}
    billed_problem = any(f.kind in _BILLING_FIXES and f.severity == "problem" for f in findings)
    appeal = "aca_appeal" if aca_applies else "plan_appeal"
    wanted: set[str] = set()
    for finding in _open(findings, ctx, "appeal_deadline", "state_hearing_deadline"):
        claim = claims.get(_key(finding))
        if finding.kind == "state_hearing_deadline" and claim_stage(claim) != "denied":
            continue  # a hearing after the plan's final decision is not a plan appeal
        category = claim.denial_category if claim is not None else None
        wanted.add(letter_for(category, aca_applies) or appeal)
    if any(f.kind == "cost_sharing_on_preventive" for f in findings):
        wanted |= {appeal, "claim_reprocessing"}
    if any(f.kind == "out_of_network_gap_exception" and f.severity == "action" for f in findings):
        wanted.add("gap_exception")
    if billed_problem:
        wanted.add("claim_reprocessing")
    if kinds & {"appeal_deadline", "state_hearing_deadline", "policy_not_in_app"}:
        wanted.add("documents_request")
    if any(
        "external_review_request" in letters_in(f.next_step)
        for f in _open(findings, ctx, "external_review_deadline")
    ):  # the finding's own letter tag decides: TRICARE's and CHIP's next steps carry none
        wanted.add("external_review_request")
    if kinds & _PROBLEMS_WORTH_A_COMPLAINT:
        wanted.add("regulator_complaint")
    today = getattr(ctx, "today", None)
    if ctx is not None and today is not None:
        wanted = {kind for kind in wanted if refused(get_kind(kind), ctx.case, today) is None}
    return [kind for kind in LETTER_KINDS if kind in wanted]


def _open(findings: list[Finding], ctx, *kinds: str) -> Iterator[Finding]:
    """Findings of `kinds` whose date has not passed (or that have no date)."""
    today = getattr(ctx, "today", None)
    for finding in findings:
        if finding.kind not in kinds:
            continue
        if finding.due is not None and today is not None and finding.due < today:
            continue
        yield finding


def _key(finding: Finding) -> str | None:
    if finding.equipment is not None:
        return f"equipment:{finding.equipment}"
    return finding.visit


def _claims_by_key(ctx) -> dict:
    """Each visit's and item's claim by the key findings name it with (built once)."""
    if ctx is None:
        return {}
    claims = {key: visit.claim for key, _index, visit in ctx.visits()}
    claims.update({f"equipment:{key}": item.claim for key, item in ctx.equipment_items()})
    return claims
