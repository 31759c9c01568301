"""What every page shares: the open store and the current case, with change signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from helper.model import Case


class AppContext(QObject):
    """The open store and which case is current.

    `case_changed(case_id)` fires when the user switches case (or "" for none);
    `case_edited(case_id)` fires after the current case's data was saved, so pages refresh.
    """

    case_changed = Signal(str)
    case_edited = Signal(str)
    cases_listed = Signal()

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.case_id: str | None = None

    def set_case(self, case_id: str | None) -> None:
        if case_id == self.case_id:
            return
        self.case_id = case_id
        if case_id:
            self.store.set_setting("last_case", case_id)
        self.case_changed.emit(case_id or "")

    def case(self) -> Case | None:
        """The current case, read from the store (calls and letters included)."""
        return self.store.get_case(self.case_id) if self.case_id else None

    def save_case(self, case: Case) -> None:
        """Store the current case and tell every page."""
        if not self.case_id:
            raise RuntimeError("no current case")
        self.store.save_case(self.case_id, case)
        self.case_edited.emit(self.case_id)
