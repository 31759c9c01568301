"""A claim's stage, worked out from the case: it decides which deadline applies, which
letters fit and what the home page says next.

The stages, in order: not billed, pending, paid in full, paid with cost sharing, denied,
internal appeal filed, final internal decision, outside review requested (external review,
State fair hearing or OPM review), outside review decided. A later date wins over the
status, so a claim whose appeal was decided is never appealed again.
"""

from __future__ import annotations

from helper.model import Claim

STAGES = (
    "not_billed",
    "pending",
    "paid_in_full",
    "paid_with_cost_sharing",
    "denied",
    "appeal_filed",
    "final_decision",
    "review_requested",
    "review_decided",
)
# The internal appeal is over: an appeal letter for these claims is refused.
CLOSED_STAGES = ("final_decision", "review_requested", "review_decided")
# A first (internal) appeal can be made at these stages.
APPEALABLE_STAGES = ("paid_with_cost_sharing", "denied")


def claim_stage(claim: Claim | None) -> str:
    """The stage of `claim` (None: not billed)."""
    if claim is None or claim.status == "not_submitted":
        return "not_billed"
    if claim.review_decided is not None:
        return "review_decided"
    if claim.review_requested is not None:
        return "review_requested"
    if claim.final_denial_date is not None:
        return "final_decision"
    if claim.appeal_sent is not None:
        return "appeal_filed"
    if claim.status == "denied":
        return "denied"
    if claim.status == "pending":
        return "pending"
    if claim.status == "partially_paid" or (claim.member_cost or 0) > 0:
        return "paid_with_cost_sharing"
    return "paid_in_full"


def is_appealable(claim: Claim | None) -> bool:
    """True when a first appeal of the claim can still be made (its window aside)."""
    return claim_stage(claim) in APPEALABLE_STAGES
