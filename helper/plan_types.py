"""The plan types, one vocabulary: the values and their groups, derived from
data/federal.json "plan_types" (the same values as the case format's `plan.type`), and
their labels in each language.

- `aca_types()`: plans the ACA preventive-care rule reaches unless grandfathered
  (federal "aca": "unless_grandfathered");
- `medicaid_types()`: Medicaid and CHIP (federal "group": "medicaid");
- `state_department_types()`: plans whose complaints go to the state insurance department
  (federal "complaint": "state_insurance_department"), a known type;
- `EMPLOYER`, `INDIVIDUAL`: job-based and individually bought plans (the names say it; the
  federal data does not group them);
- `label(plan_type, lang)`, `labels(lang)`: the plan type in words, for people;
- `letter_words(plan_type, lang)`: the plan type as a letter (or its reading copy) names it.
"""

from __future__ import annotations

from helper.i18n import english_texts, text
from helper.knowledge import load

EMPLOYER = ("employer_fully_insured", "employer_self_funded")
INDIVIDUAL = ("individual_marketplace", "individual_off_marketplace")


def _federal() -> dict[str, dict]:
    return load("federal")["plan_types"]


def _where(field: str, value: str) -> frozenset[str]:
    return frozenset(t for t, facts in _federal().items() if facts.get(field) == value)


def aca_types() -> frozenset[str]:
    return _where("aca", "unless_grandfathered")


def medicaid_types() -> frozenset[str]:
    return _where("group", "medicaid")


def state_department_types() -> frozenset[str]:
    return _where("complaint", "state_insurance_department") - {"unknown"}


def letter_words(plan_type: str, lang: str = "en") -> str:
    """The plan type as a letter names it ("insured employer group health plan"; the
    letter is English, its Spanish reading copy uses the Spanish), "health plan" when not
    known. Words in data/texts.json "plan_types" (letter.<type>)."""
    known = f"letter.{plan_type}" in english_texts("plan_types")
    return text("plan_types", f"letter.{plan_type if known else 'unknown'}", lang)


def label(plan_type: str, lang: str = "en") -> str:
    """The plan type in words for people, in `lang` (data/texts.json "plan_types",
    label.<type>); an unknown value as it is."""
    if f"label.{plan_type}" not in english_texts("plan_types"):
        return plan_type
    return text("plan_types", f"label.{plan_type}", lang)


def labels(lang: str = "en") -> dict[str, str]:
    """Every plan type's label in `lang`, by value."""
    prefix = "label."
    return {
        key[len(prefix) :]: label(key[len(prefix) :], lang)
        for key in english_texts("plan_types")
        if key.startswith(prefix)
    }
