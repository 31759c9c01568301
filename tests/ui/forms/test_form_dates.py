"""Date boxes of the visit, pump and claim forms keep to the dates a case may hold."""

from __future__ import annotations

from PySide6.QtCore import QDate

from ui.forms.fields import DateField


def test_a_date_field_clamps_to_1900_through_2100(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(QDate(9999, 12, 31))
    assert field.value().isoformat() == "2100-12-31"
    field.setDate(QDate(1752, 9, 14))
    assert field.value().isoformat() == "1900-01-01"
