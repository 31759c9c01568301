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
- `label(plan_type, lang)`: the plan type in words, for people;
- `letter_words(plan_type, lang)`: the plan type as a letter (or its reading copy) names it.
"""

from __future__ import annotations

from helper.i18n import base_language
from helper.knowledge import load

EMPLOYER = ("employer_fully_insured", "employer_self_funded")
INDIVIDUAL = ("individual_marketplace", "individual_off_marketplace")

LABELS = {
    "en": {
        "employer_fully_insured": "Job-based plan, fully insured",
        "employer_self_funded": "Job-based plan, self-funded",
        "individual_marketplace": "Marketplace plan",
        "individual_off_marketplace": "Plan bought directly",
        "medicaid_managed_care": "Medicaid managed care",
        "medicaid_fee_for_service": "Medicaid fee-for-service",
        "chip": "CHIP",
        "fehb": "Federal Employees Health Benefits (FEHB)",
        "tricare": "TRICARE",
        "short_term": "Short-term plan",
        "unknown": "Plan type not known yet",
    },
    "es": {
        "employer_fully_insured": "Plan del trabajo, totalmente asegurado (fully insured)",
        "employer_self_funded": "Plan del trabajo, autofinanciado (self-funded)",
        "individual_marketplace": "Plan del Mercado de seguros (Marketplace)",
        "individual_off_marketplace": "Plan comprado directamente",
        "medicaid_managed_care": "Medicaid de atención administrada (managed care)",
        "medicaid_fee_for_service": "Medicaid de pago por servicio (fee-for-service)",
        "chip": "CHIP",
        "fehb": "Beneficios de Salud para Empleados Federales (FEHB)",
        "tricare": "TRICARE",
        "short_term": "Plan de corto plazo",
        "unknown": "Todavía no se sabe el tipo de plan",
    },
}


# How a letter names the plan: "your insured employer group health plan" (the letter is in
# English; its Spanish reading copy uses the Spanish words).
LETTER_WORDS = {
    "en": {
        "employer_fully_insured": "insured employer group health plan",
        "employer_self_funded": "self-funded employer group health plan",
        "individual_marketplace": "individual health insurance bought through the Marketplace",
        "individual_off_marketplace": "individual health insurance",
        "medicaid_managed_care": "Medicaid managed care plan",
        "medicaid_fee_for_service": "fee-for-service Medicaid",
        "chip": "Children's Health Insurance Program (CHIP) plan",
        "fehb": "Federal Employees Health Benefits (FEHB) plan",
        "tricare": "TRICARE",
        "short_term": "short-term health insurance",
        "unknown": "health plan",
    },
    "es": {
        "employer_fully_insured": "plan de salud del empleador (asegurado)",
        "employer_self_funded": "plan de salud del empleador (autofinanciado)",
        "individual_marketplace": "seguro médico individual (Marketplace)",
        "individual_off_marketplace": "seguro médico individual",
        "medicaid_managed_care": "plan de atención administrada de Medicaid",
        "medicaid_fee_for_service": "Medicaid (pago por servicio)",
        "chip": "plan del Programa de Seguro Médico para Niños (CHIP)",
        "fehb": "plan de beneficios de salud para empleados federales (FEHB)",
        "tricare": "TRICARE",
        "short_term": "seguro médico de corto plazo",
        "unknown": "plan de salud",
    },
}


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
    """The plan type as a letter names it, in `lang` ("health plan" when not known)."""
    table = LETTER_WORDS.get(base_language(lang), LETTER_WORDS["en"])
    return table.get(plan_type, table["unknown"])


def label(plan_type: str, lang: str = "en") -> str:
    """The plan type in words, in `lang` (English when there is no translation)."""
    table = LABELS.get(base_language(lang), LABELS["en"])
    return table.get(plan_type, LABELS["en"].get(plan_type, plan_type))
