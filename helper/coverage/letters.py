"""Which letters the findings call for (the letter kinds of the letters feature)."""

from __future__ import annotations

from helper.coverage.report import LETTER_KINDS, Finding

_BILLING_FIXES = {
    "code_not_recognized",
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
}


def suggested_letters(findings: list[Finding], aca_applies: bool) -> list[str]:
    kinds = {f.kind for f in findings}
    billed_problem = any(f.kind in _BILLING_FIXES and f.severity == "problem" for f in findings)
    denied = "appeal_deadline" in kinds
    wanted: set[str] = set()
    if denied or "cost_sharing_on_preventive" in kinds:
        wanted.add("aca_appeal" if aca_applies else "plan_appeal")
    if any(f.kind == "out_of_network_gap_exception" and f.severity == "action" for f in findings):
        wanted.add("gap_exception")
    if "cost_sharing_on_preventive" in kinds or billed_problem:
        wanted.add("claim_reprocessing")
    if denied or "policy_not_in_app" in kinds:
        wanted.add("documents_request")
    if any(f.kind == "external_review_deadline" and f.due is not None for f in findings):
        wanted.add("external_review_request")
    if kinds & _PROBLEMS_WORTH_A_COMPLAINT:
        wanted.add("regulator_complaint")
    return [kind for kind in LETTER_KINDS if kind in wanted]
