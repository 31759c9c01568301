"""A dialog around the visit form. Opened with `open()`; the page stores the result."""

from __future__ import annotations

from helper.model import Visit
from ui.dialogs.record_editor import RecordEditor
from ui.forms.visit_form import VisitForm


class VisitEditor(RecordEditor):
    """`on_save(visit) -> list[str]` stores the visit and returns problems (empty when
    saved); problems are shown in `visit-errors` and the dialog stays open."""

    prefix = "visit"
    least_size = (820, 760)

    def window_title(self, visit: Visit | None) -> str:
        return self.tr("Edit visit") if visit else self.tr("New visit")

    def save_name(self) -> str:
        return self.tr("Save the visit")

    def make_form(self, visit: Visit | None) -> VisitForm:
        form = VisitForm()
        form.load(visit or Visit())
        if visit is None:
            form.add_line(None)  # a new visit starts with one claim line to fill in
        return form

    def edited(self) -> Visit:
        return self.form.visit()
