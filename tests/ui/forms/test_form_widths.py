"""The visit form's rows fit a narrow dialog: labels sit beside their fields on one line
when there is room and go above them (wrapped if need be) when not; a claim line's two
halves stack."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from ui.forms.fields import FormLabel, wrap_long_rows
from ui.forms.visit_form import ClaimLineRow


def _form(qtbot, width: int) -> tuple[QWidget, QFormLayout, QLineEdit]:
    holder = QWidget()
    qtbot.addWidget(holder)
    form = QFormLayout(holder)
    field = QLineEdit()
    field.setMinimumWidth(200)
    form.addRow("Final decision on the appeal", field)
    wrap_long_rows(form)
    holder.resize(width, 200)
    holder.show()
    qtbot.waitExposed(holder)
    return holder, form, field


def test_a_label_stays_on_one_line_beside_its_field_when_there_is_room(qtbot):
    _holder, form, field = _form(qtbot, 600)
    label = form.labelForField(field)
    assert isinstance(label, FormLabel) and label.buddy() is field
    assert label.width() >= label.sizeHint().width()  # the whole text on one line
    assert label.geometry().right() < field.geometry().left()  # beside


def test_a_label_goes_above_its_field_when_narrow(qtbot):
    holder, form, field = _form(qtbot, 300)
    label = form.labelForField(field)
    assert label.geometry().bottom() < field.geometry().top()  # above
    assert holder.minimumSizeHint().width() <= 300


def test_a_claim_line_stacks_its_halves_when_narrow(qtbot):
    row = ClaimLineRow(0, None)
    qtbot.addWidget(row)
    row.resize(1200, 80)
    row.show()
    qtbot.waitExposed(row)
    qtbot.waitUntil(lambda: not row.stacked())
    assert row.minimumSizeHint().width() < row.row_width()
    row.resize(row.row_width() - 10, 120)
    qtbot.waitUntil(row.stacked)
    assert row.code.geometry().top() == row.units.geometry().top()  # each half still a row
