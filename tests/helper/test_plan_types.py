"""One vocabulary of plan types, from data/federal.json, with labels in each language."""

from helper import plan_types
from helper.knowledge import load
from helper.model import PLAN_TYPES


def test_the_data_and_the_case_format_name_the_same_plan_types():
    assert tuple(load("federal")["plan_types"]) == PLAN_TYPES


def test_groups_come_from_the_data():
    assert plan_types.aca_types() == {
        "employer_fully_insured",
        "employer_self_funded",
        "individual_marketplace",
        "individual_off_marketplace",
    }
    assert plan_types.medicaid_types() == {
        "medicaid_managed_care",
        "medicaid_fee_for_service",
        "chip",
    }
    assert "unknown" not in plan_types.state_department_types()
    assert set(plan_types.EMPLOYER) | set(plan_types.INDIVIDUAL) <= set(PLAN_TYPES)


def test_every_plan_type_has_a_label_in_every_language():
    for lang in ("en", "es"):
        labels = plan_types.labels(lang)
        assert set(labels) == set(PLAN_TYPES), lang
        assert lang == "en" or all(labels[t] != plan_types.label(t) for t in ("fehb", "unknown"))
    assert plan_types.label("chip", "es-MX") == "CHIP"
    assert plan_types.label("new_kind", "es") == "new_kind"


def test_letters_name_every_plan_type_in_both_languages():
    for lang in ("en", "es"):
        words = {plan_types.letter_words(t, lang) for t in PLAN_TYPES}
        assert len(words) == len(PLAN_TYPES), lang  # each type its own words
    assert plan_types.letter_words("no_such_type") == "health plan"
    assert plan_types.letter_words("no_such_type", "es") == "plan de salud"
