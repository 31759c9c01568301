"""The catalogue of letter kinds: plain-words titles, what each is for, which plans it fits."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LetterKind:
    """One kind of letter. `plans` is "aca" (only plans the ACA rule reaches), "review"
    (plans with an outside review the letter can ask for: helper.letters.review) or "any"."""

    id: str
    title: str
    purpose: str
    recipient: str  # "insurer" or "regulator"
    plans: str = "any"
    needs_service: bool = True  # about at least one visit or pump


KINDS: dict[str, LetterKind] = {
    kind.id: kind
    for kind in (
        LetterKind(
            "aca_appeal",
            "Appeal a denied or charged visit or pump (ACA plans)",
            "Ask your plan to pay a lactation visit or pump in full, as the ACA preventive-care "
            "rule requires for your kind of plan.",
            "insurer",
            plans="aca",
        ),
        LetterKind(
            "plan_appeal",
            "Appeal a denied visit or pump (Medicaid, CHIP and other plans)",
            "Ask your plan to pay under its own policy and your plan type's appeal rights "
            "(Medicaid, CHIP, grandfathered, FEHB, TRICARE or short-term plans).",
            "insurer",
        ),
        LetterKind(
            "gap_exception",
            "Ask to see an out-of-network lactation consultant at in-network cost",
            "Before or after a visit: ask the plan to cover an out-of-network consultant "
            "without cost sharing because its network has none available.",
            "insurer",
            needs_service=False,
        ),
        LetterKind(
            "regulator_complaint",
            "Complain to the regulator",
            "Ask the agency that oversees your plan to look into how the plan handled your "
            "lactation care.",
            "regulator",
        ),
        LetterKind(
            "claim_reprocessing",
            "Ask to reprocess or reverse a claim",
            "Ask the plan to process a claim again with corrected codes, or to reverse a claim "
            "for a service you did not know of or did not use.",
            "insurer",
        ),
        LetterKind(
            "documents_request",
            "Ask for your claim file and plan documents",
            "Ask, free of charge, for the documents the plan used to decide your claim and for "
            "your plan documents.",
            "insurer",
            needs_service=False,
        ),
        LetterKind(
            "external_review_request",
            "Ask for an independent (external) review",
            "After the plan turned down your appeal: ask for a review by an independent "
            "reviewer outside the plan.",
            "insurer",
            plans="review",
        ),
    )
}


def letter_kinds() -> list[LetterKind]:
    """Every letter kind, in the order to offer them."""
    return list(KINDS.values())


def get_kind(kind: str) -> LetterKind:
    """The kind named `kind`; KeyError with the known names otherwise."""
    try:
        return KINDS[kind]
    except KeyError:
        raise KeyError(f'unknown letter kind "{kind}"; the kinds are: {", ".join(KINDS)}') from None
