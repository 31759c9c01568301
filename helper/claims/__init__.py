"""Where a claim stands (its stage) and why it was denied (the reason vocabulary)."""

from helper.claims.reasons import category_label, suggest_category
from helper.claims.stage import CLOSED_STAGES, STAGES, claim_stage, is_appealable

__all__ = [
    "CLOSED_STAGES",
    "STAGES",
    "category_label",
    "claim_stage",
    "is_appealable",
    "suggest_category",
]
