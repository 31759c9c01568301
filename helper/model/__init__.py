"""The case model: dataclasses for the case format, with validation that names the field."""

from helper.model.case import (
    CASE_FORMAT,
    CLAIM_STATUSES,
    CREDENTIALS,
    PLAN_TYPES,
    STATES,
    Baby,
    Call,
    Case,
    Claim,
    ClaimLine,
    Equipment,
    LetterRecord,
    Member,
    Plan,
    Provider,
    Visit,
)
from helper.model.fields import ValidationError

__all__ = [
    "CASE_FORMAT",
    "CLAIM_STATUSES",
    "CREDENTIALS",
    "PLAN_TYPES",
    "STATES",
    "Baby",
    "Call",
    "Case",
    "Claim",
    "ClaimLine",
    "Equipment",
    "LetterRecord",
    "Member",
    "Plan",
    "Provider",
    "ValidationError",
    "Visit",
]
