"""An insurer whose own policy the app does not have (Cigna, UnitedHealthcare, Kaiser
Permanente, any other): the federal rules still apply, and the note says which policy to ask
for, by name only where the insurer's document was seen (data/policy_requests.json)."""

from __future__ import annotations

import pytest

from tests.helper.coverage_support import case, equip, of_kind, run


@pytest.mark.parametrize(
    ("insurer", "asked"),
    [
        ("Cigna", 'Medical Coverage Policy 0046 "Breast Pumps"'),
        ("UnitedHealthcare", '"Preventive Care Services"'),
        ("Kaiser Permanente", "its breast pump and lactation counseling coverage policy"),
        ("Some Local Health Plan", "its breast pump and lactation counseling coverage policy"),
    ],
)
def test_policy_not_in_app_says_which_policy_to_ask_for(insurer, asked):
    data = case(None, [], [equip("2026-02-01", "E0603", "NU")])
    data["plan"]["insurer"] = insurer
    report = run(data)
    note = of_kind(report, "policy_not_in_app")[0]
    assert asked in note.next_step and insurer in note.next_step
    assert of_kind(report, "aca_preventive_applies")  # the federal rules still apply
    assert of_kind(run(data, lang="es"), "policy_not_in_app")[0].next_step.startswith("Pida a")
