"""The national insurers' own pump policies (Aetna CPB 0421, Anthem CG-DME-35, Highmark
E-37-017, Independence Blue Cross 05.00.76h): each limit from both sides, the policy's date,
and the appeal letter quoting only the policy's supporting words."""

from __future__ import annotations

import copy
import datetime as dt
import re

import pytest

from helper import knowledge
from helper.coverage import context as coverage_context
from helper.letters import render_letter
from helper.model import Case
from tests.helper.coverage_support import case, equip, of_kind, run

AETNA, ANTHEM, HIGHMARK, IBX = (
    "aetna-cpb-0421",
    "anthem-cg-dme-35",
    "highmark-e-37-017",
    "ibx-05-00-76h",
)
NATIONAL = (AETNA, ANTHEM, HIGHMARK, IBX)
TODAY = dt.date(2026, 6, 1)
DENIED = {"number": "P-1", "status": "denied", "denial_date": "2026-05-20"}


def _rental_case(policy: str, days: int, discharge: str | None = "2026-02-05", **fields) -> dict:
    """A rental from January 20 (day 1) for `days` days; the baby home on `discharge`."""
    data = case(policy, [], [equip("2026-01-20", "E0604", "RR", rental_days=days, **fields)])
    data["baby"]["hospital_discharge"] = discharge
    return data


# --- rental while the newborn is in the hospital (Aetna, Highmark) ----------------------------


@pytest.mark.parametrize("policy", [AETNA, HIGHMARK])
@pytest.mark.parametrize(("days", "flagged"), [(16, False), (17, False), (18, True)])
def test_rental_is_covered_up_to_the_baby_s_discharge_day(policy, days, flagged):
    # From January 20: 16 days end February 4, 17 on the discharge day (February 5), 18 after.
    found = of_kind(run(_rental_case(policy, days)), "rental_after_infant_discharge")
    assert bool(found) is flagged
    if flagged:
        assert "February 5, 2026" in found[0].message and found[0].equipment == "e1"
        assert any("newborn is discharged" in s.quote for s in found[0].sources)


@pytest.mark.parametrize("policy", [AETNA, HIGHMARK])
def test_rental_without_the_discharge_day_is_not_judged(policy):
    assert not of_kind(run(_rental_case(policy, 400, None)), "rental_after_infant_discharge")


@pytest.mark.parametrize("policy", [AETNA, HIGHMARK])
def test_denied_rental_inside_the_hospital_stay_is_supported_by_the_policy(policy):
    inside = run(_rental_case(policy, 10, claim=DENIED))
    supports = [f for f in of_kind(inside, "policy_supports_claim") if f.equipment == "e1"]
    assert supports and "P-1" in supports[0].message
    outside = run(_rental_case(policy, 30, claim=DENIED))
    assert not of_kind(outside, "policy_supports_claim")


def test_rental_rule_does_not_apply_to_policies_without_it():
    for policy in (ANTHEM, IBX):
        assert not of_kind(run(_rental_case(policy, 300)), "rental_after_infant_discharge")


def test_aetna_counts_any_rental_highmark_only_its_codes():
    # Aetna's rule names no code: an RR item of any code is a rental; Highmark names E0603/E0604.
    def manual_rental(policy):
        data = case(policy, [], [equip("2026-01-20", "E0602", "RR", rental_days=60)])
        data["baby"]["hospital_discharge"] = "2026-02-05"
        return run(data)

    assert of_kind(manual_rental(AETNA), "rental_after_infant_discharge")
    assert not of_kind(manual_rental(HIGHMARK), "rental_after_infant_discharge")


@pytest.mark.parametrize(("days", "flagged"), [(356, False), (357, True)])
def test_aetna_rental_up_to_twelve_months_of_age(days, flagged):
    # Born January 10, 2026; from January 20, 356 days end on January 10, 2027 (age 12 months).
    data = case(AETNA, [], [equip("2026-01-20", "E0604", "RR", rental_days=days)])
    found = of_kind(run(data), "infant_age_limit_exceeded")
    assert bool(found) is flagged
    if flagged:
        assert "January 10, 2027" in found[0].message and found[0].equipment == "e1"
        assert any("up to 12 months of age" in s.quote for s in found[0].sources)
        spanish = of_kind(run(data, lang="es"), "infant_age_limit_exceeded")[0].message
        assert "12 meses" in spanish
    other = case(HIGHMARK, [], [equip("2026-01-20", "E0604", "RR", rental_days=days)])
    assert not of_kind(run(other), "infant_age_limit_exceeded")


# --- supplies per month or year (Aetna) -------------------------------------------------------


def _policy_with_codes(monkeypatch, codes_by_quote: dict[str, list[str]]) -> None:
    """Aetna's own rules with codes set on them: the policy names no HCPCS code for its
    supplies (its code table was not read), so the app counts nothing until one is known."""
    policy = copy.deepcopy(knowledge.load(f"policies/{AETNA}"))
    for entry in policy["rules"]:
        for start, codes in codes_by_quote.items():
            if entry["source"]["quote"].startswith(start):
                entry["codes"] = codes
    real = coverage_context.load_policy
    monkeypatch.setattr(
        coverage_context, "load_policy", lambda pid: policy if pid == AETNA else real(pid)
    )


def _supplies(*rows) -> dict:
    return case(AETNA, [], [equip(date, code, "NU") | {"quantity": n} for date, code, n in rows])


def test_aetna_supplies_without_codes_are_not_counted():
    data = _supplies(("2026-03-01", "A4285", 40))
    assert not of_kind(run(data), "supplies_quantity_exceeded")


@pytest.mark.parametrize(("second", "flagged"), [(2, False), (3, True)])
def test_aetna_eight_of_each_replacement_part_per_year(monkeypatch, second, flagged):
    _policy_with_codes(monkeypatch, {"Up to 8 replacement": ["A4281", "A4285"]})
    data = _supplies(
        ("2026-02-01", "A4285", 6),
        ("2026-03-01", "A4281", 8),  # another part: counted on its own
        ("2026-09-01", "A4285", second),
    )
    found = of_kind(run(data), "supplies_quantity_exceeded")
    assert bool(found) is flagged
    if flagged:
        assert found[0].equipment == "e3" and "9 in 2026" in found[0].message
        assert "up to 8 a year" in found[0].message


def test_aetna_replacement_parts_new_calendar_year_starts_again(monkeypatch):
    _policy_with_codes(monkeypatch, {"Up to 8 replacement": ["A4285"]})
    before = _supplies(("2026-01-01", "A4285", 8), ("2026-12-31", "A4285", 1))
    after = _supplies(("2026-01-01", "A4285", 8), ("2027-01-01", "A4285", 1))
    assert of_kind(run(before), "supplies_quantity_exceeded")
    assert not of_kind(run(after), "supplies_quantity_exceeded")


@pytest.mark.parametrize(("boxes", "flagged"), [(4, False), (5, True)])
def test_aetna_four_boxes_of_storage_bags_per_month(monkeypatch, boxes, flagged):
    _policy_with_codes(monkeypatch, {"Breast milk storage bags": ["A9900"]})
    data = _supplies(("2026-03-01", "A9900", 2), ("2026-03-31", "A9900", boxes - 2))
    found = of_kind(run(data), "supplies_quantity_exceeded")
    assert bool(found) is flagged
    if flagged:
        assert "March 2026" in found[0].message and "up to 4 a month" in found[0].message
        spanish = of_kind(run(data, lang="es"), "supplies_quantity_exceeded")[0].message
        assert "marzo de 2026" in spanish
    next_month = _supplies(("2026-03-31", "A9900", 4), ("2026-04-01", "A9900", 4))
    assert not of_kind(run(next_month), "supplies_quantity_exceeded")


# --- one pump per pregnancy or every N years --------------------------------------------------


@pytest.mark.parametrize("policy", NATIONAL)
def test_a_second_pump_is_not_flagged_without_a_replacement_rule(policy):
    # None of the four texts read states a replacement period: nothing is invented.
    data = case(
        policy, [], [equip("2026-01-12", "E0603", "NU"), equip("2026-04-01", "E0603", "NU")]
    )
    assert not of_kind(run(data), "equipment_frequency_limit")


def _per_pregnancy(monkeypatch):
    policy = copy.deepcopy(knowledge.load(f"policies/{IBX}"))
    rule = policy["rules"][0]  # "... for the duration of breastfeeding" (its words, any rule)
    policy["rules"].append(
        {
            "rule": "equipment_frequency",
            "codes": ["E0603"],
            "per_pregnancy": True,
            "source": rule["source"],
        }
    )
    monkeypatch.setattr(coverage_context, "load_policy", lambda pid: policy)


@pytest.mark.parametrize(("pumps", "flagged"), [(1, False), (2, True)])
def test_per_pregnancy_parameter_flags_a_second_pump(monkeypatch, pumps, flagged):
    _per_pregnancy(monkeypatch)
    items = [equip("2026-01-12", "E0603", "NU"), equip("2026-03-01", "E0603", "NU")][:pumps]
    found = of_kind(run(case(IBX, [], items)), "equipment_frequency_limit")
    assert bool(found) is flagged
    if flagged:
        assert "per pregnancy" in found[0].message and found[0].equipment == "e2"


def test_every_years_parameter_still_reads_ccah_s_three_years():
    def second(date):
        items = [equip("2026-01-12", "E0603", "NU"), equip(date, "E0603", "NU")]
        return of_kind(run(case("ccah-breastfeeding", [], items)), "equipment_frequency_limit")

    assert second("2029-01-11") and not second("2029-01-12")


# --- conditions the policy sets on a pump (Anthem, Highmark) ----------------------------------


@pytest.mark.parametrize(
    ("policy", "code"), [(ANTHEM, "E0603"), (ANTHEM, "E0604"), (HIGHMARK, "A4281")]
)
def test_pump_conditions_are_named_with_the_policy_s_words(policy, code):
    found = of_kind(run(case(policy, [], [equip("2026-02-01", code, "NU")])), "policy_condition")
    assert found and found[0].equipment == "e1" and code in found[0].message
    assert all(s.url and s.read_on == "2026-11-30" for s in found[0].sources)


# --- the policy's date ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "old"),
    [(dt.date(2026, 5, 9), False), (dt.date(2026, 5, 10), True)],  # reviewed May 9, 2024
)
def test_anthem_finding_says_when_its_policy_is_over_two_years_old(today, old):
    data = case(ANTHEM, [], [equip("2026-02-01", "E0603", "NU")])
    found = of_kind(run(data, today=today), "policy_condition")[0]
    assert ("more than two years ago" in found.message) is old
    if old:
        assert "reviewed May 9, 2024" in found.message
        assert "gl_pw_c164437.html" in found.message


def test_highmark_2018_policy_is_old_in_both_languages():
    data = _rental_case(HIGHMARK, 60)
    english = of_kind(run(data), "rental_after_infant_discharge")[0].message
    assert "reviewed March 2018: more than two years ago" in english
    spanish = of_kind(run(data, lang="es"), "rental_after_infant_discharge")[0].message
    assert "revisada marzo de 2018" in spanish and "hace más de dos años" in spanish


def test_aetna_policy_date_is_unknown():
    found = of_kind(run(_rental_case(AETNA, 60)), "rental_after_infant_discharge")[0]
    assert 'Aetna policy 0421 "Breast Pumps", whose date is not known' in found.message


def test_findings_not_from_the_policy_get_no_date_sentence():
    report = run(_rental_case(HIGHMARK, 60))
    assert not any("two years" in f.message for f in of_kind(report, "aca_preventive_applies"))


# --- the appeal letter quotes only the policy's supporting words ------------------------------


def _quotes(policy_id: str, stance: str | None = None) -> list[str]:
    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("quote"), str) and (
                stance is None or node.get("stance") == stance
            ):
                yield node["quote"]
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    return list(walk(knowledge.load(f"policies/{policy_id}")))


def _conditions(policy_id: str) -> dict[str, list[str]]:
    """Each `condition` quote of the policy, with the case facts that show it met."""
    found: dict[str, list[str]] = {}

    def walk(node):
        if isinstance(node, dict):
            if node.get("stance") == "condition":
                found.setdefault(" ".join(node["quote"].split()), node.get("when", []))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(knowledge.load(f"policies/{policy_id}"))
    return found


@pytest.mark.parametrize(
    ("policy", "code"), [(AETNA, "E0604"), (ANTHEM, "E0603"), (HIGHMARK, "E0604"), (IBX, "E0603")]
)
def test_appeal_letter_quotes_only_supporting_text(home, policy, code):
    """A medical-necessity denial, confirmed; a rental while the baby is still in hospital
    (the condition the rental lines set, shown by the case's discharge date)."""
    claim = {**DENIED, "denial_category": "not_medically_necessary"}
    data = case(
        policy, [], [equip("2026-01-20", code, "RR" if code == "E0604" else "NU", claim=claim)]
    )
    if code == "E0604":
        data["baby"]["hospital_discharge"] = "2026-02-05"
    data["member"].update(state="PA", address="1 Main St", member_id="W1", group_number="G1")
    letter = render_letter(
        "aca_appeal", Case.from_dict(data), extra={"recipient.address": "PO Box 1"}, today=TODAY
    )
    text = re.sub(r"\s+", " ", letter.text)
    met = {q for q, when in _conditions(policy).items() if "infant_hospitalized" in when}
    supporting = [
        q for q in _quotes(policy, "supports") + sorted(met) if " ".join(q.split()) in text
    ]
    assert supporting, "the letter quotes the policy's own supporting words"
    for quote in set(_quotes(policy)) - set(_quotes(policy, "supports")) - met:
        assert " ".join(quote.split()) not in text, quote


@pytest.mark.parametrize(("policy", "code"), [(ANTHEM, "E0603"), (IBX, "E0603")])
def test_an_unconfirmed_denial_reason_gets_no_policy_quote(home, policy, code):
    data = case(policy, [], [equip("2026-01-20", code, "NU", claim=DENIED)])
    data["member"].update(state="PA", address="1 Main St", member_id="W1", group_number="G1")
    letter = render_letter(
        "aca_appeal", Case.from_dict(data), extra={"recipient.address": "PO Box 1"}, today=TODAY
    )
    assert "own policy" not in letter.text
