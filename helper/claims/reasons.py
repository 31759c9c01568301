"""The denial-reason vocabulary of `data/denial_reasons.json`: labels, the letter that fits,
and a suggestion from the EOB's wording that the member confirms (never applied silently)."""

from __future__ import annotations

from typing import Any

from helper import knowledge


def categories() -> dict[str, dict[str, Any]]:
    return knowledge.load("denial_reasons")["categories"]


def category_label(category: str, lang: str = "en") -> str:
    labels = categories()[category]["label"]
    return labels.get(lang) or labels["en"]


def suggest_category(wording: str | None) -> str | None:
    """The category whose usual EOB wording appears in `wording`, for the member to confirm.

    The longest matching fragment wins ("not eligible to bill" is about the provider, not
    about eligibility); None when nothing matches.
    """
    text = " ".join((wording or "").lower().split())
    if not text:
        return None
    best: tuple[int, str] | None = None
    for category, entry in categories().items():
        for fragment in entry.get("eob_wordings", []):
            if fragment in text and (best is None or len(fragment) > best[0]):
                best = (len(fragment), category)
    return best[1] if best else None


def letter_for(category: str | None, aca: bool) -> str | None:
    """The letter kind that answers a claim denied for `category`."""
    if category is None:
        return None
    return categories()[category]["letter"]["aca" if aca else "other"]
