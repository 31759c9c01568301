"""A dialog around the equipment form. Opened with `open()`; the page stores the result."""

from __future__ import annotations

from helper.model import Equipment
from ui.dialogs.record_editor import RecordEditor
from ui.forms.equipment_form import EquipmentForm


class EquipmentEditor(RecordEditor):
    """`on_save(item) -> list[str]` stores the item and returns problems (empty when
    saved); problems are shown in `equipment-errors` and the dialog stays open."""

    prefix = "equipment"
    least_size = (640, 560)

    def window_title(self, item: Equipment | None) -> str:
        return self.tr("Edit equipment") if item else self.tr("New equipment")

    def save_name(self) -> str:
        return self.tr("Save the equipment")

    def make_form(self, item: Equipment | None) -> EquipmentForm:
        form = EquipmentForm()
        form.load(item or Equipment())
        return form

    def edited(self) -> Equipment:
        return self.form.equipment()
