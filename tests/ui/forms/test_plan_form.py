"""The plan form offers each insurer policy with its date, says where to read the current
one, and for an insurer whose policy the app lacks, which policy to ask for."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit

from helper.model import Case
from ui.forms.plan_form import PlanForm


def _form(qtbot) -> PlanForm:
    form = PlanForm()
    qtbot.addWidget(form)
    return form


def _choose(form: PlanForm, policy_id: str | None) -> None:
    box = form.findChild(QComboBox, "plan-policy")
    box.setCurrentIndex(box.findData(policy_id))


def test_policies_are_offered_with_their_dates(qtbot):
    form = _form(qtbot)
    box = form.findChild(QComboBox, "plan-policy")
    labels = [box.itemText(i) for i in range(box.count())]
    assert (
        'Highmark Blue Cross Blue Shield policy E-37-017 "Electric Breast Pumps" (reviewed March 2018)'
        in labels
    )
    assert any("CG-DME-35" in label and "(reviewed May 9, 2024)" in label for label in labels)
    assert 'Aetna policy 0421 "Breast Pumps" (date not known)' in labels
    assert any("05.00.76h" in label for label in labels)


def test_chosen_policy_note_says_where_to_read_the_current_one(qtbot):
    form = _form(qtbot)
    _choose(form, "highmark-e-37-017")
    note = form.findChild(QLabel, "plan-policy-note").text()
    assert "reviewed March 2018" in note and "read on November 30, 2026" in note
    assert "https://secure.highmark.com/ldap/medicalpolicy/wpa-highmark/E-37-017.html" in note


def test_insurer_without_a_policy_in_the_app_is_told_which_to_ask_for(qtbot):
    form = _form(qtbot)
    _choose(form, None)
    qtbot.keyClicks(form.findChild(QLineEdit, "plan-insurer"), "Cigna")
    note = form.findChild(QLabel, "plan-policy-note").text()
    assert "federal rules" in note and 'Medical Coverage Policy 0046 "Breast Pumps"' in note
    form.findChild(QLineEdit, "plan-insurer").setText("Kaiser Permanente")
    note = form.findChild(QLabel, "plan-policy-note").text()
    assert "its breast pump and lactation counseling coverage policy" in note


def test_baby_discharge_day_is_loaded_and_saved(qtbot, example_case_dict):
    form = _form(qtbot)
    case = Case.from_dict(example_case_dict)
    form.load(case)
    assert form.apply_to(case).baby.hospital_discharge is None
    form.findChild(QCheckBox, "plan-baby-discharge-known").setChecked(True)
    form.baby_discharge.date.set_value(dt.date(2026, 8, 9))
    saved = form.apply_to(case)
    assert saved.baby.hospital_discharge == dt.date(2026, 8, 9)
    form.load(saved)
    assert form.baby_discharge.value() == dt.date(2026, 8, 9)
