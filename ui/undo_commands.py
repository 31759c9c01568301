"""Undoable changes to the call log: add, edit and delete a call (QUndoStack commands).

Each command writes the store first and then updates the table model, in both directions.
If the store refuses (disk full, read-only...), the command marks itself obsolete, so the
undo stack drops it, and reports the error through `on_error`; `failed` tells the caller.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from helper.call_log import format_started
from helper.model import Call
from ui.i18n import current_language
from ui.models.calls_model import CallsTableModel

ErrorHandler = Callable[[Exception], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallCommands", text)


def _describe(call: Call) -> str:
    who = call.rep_name or call.department or ""
    when = format_started(call.started, current_language())
    return f"{when} ({who})" if who else when


class CallCommand(QUndoCommand):
    """Shared plumbing: where to write, which model to update, who to tell about errors."""

    def __init__(
        self,
        text: str,
        store,
        case_id: str,
        model: CallsTableModel,
        on_error: ErrorHandler | None = None,
    ):
        super().__init__(text)
        self.store = store
        self.case_id = case_id
        self.model = model
        self.on_error = on_error
        self.failed = False

    def _attempt(self, action: Callable[[], None]) -> None:
        try:
            action()
            self.failed = False
        except Exception as error:  # the store's errors, OSError, KeyError for a gone call
            self.failed = True
            self.setObsolete(True)
            if self.on_error is not None:
                self.on_error(error)


class AddCallCommand(CallCommand):
    """Log a new call. Undo deletes it; redo puts it back with the same id."""

    def __init__(self, store, case_id, model, call: Call, on_error=None):
        super().__init__(
            _tr("Add call {0}").format(_describe(call)), store, case_id, model, on_error
        )
        self.call = call

    def redo(self) -> None:
        def add() -> None:
            call_id = self.store.add_call(self.case_id, self.call)
            if call_id != self.call.id:
                self.call = dataclasses.replace(self.call, id=call_id)
            self.model.add_call(self.call)

        self._attempt(add)

    def undo(self) -> None:
        def remove() -> None:
            self.store.delete_call(self.case_id, self.call.id)
            self.model.remove_call(self.call.id)

        self._attempt(remove)


class EditCallCommand(CallCommand):
    """Change a call (same id). Undo writes the earlier version back."""

    def __init__(self, store, case_id, model, before: Call, after: Call, on_error=None):
        super().__init__(
            _tr("Edit call {0}").format(_describe(after)), store, case_id, model, on_error
        )
        self.before = before
        self.after = after

    def _write(self, call: Call) -> None:
        def write() -> None:
            self.store.update_call(self.case_id, call)
            self.model.replace_call(call)

        self._attempt(write)

    def redo(self) -> None:
        self._write(self.after)

    def undo(self) -> None:
        self._write(self.before)


class DeleteCallCommand(CallCommand):
    """Delete a call. Undo stores it again with its id, so letters citing it still match."""

    def __init__(self, store, case_id, model, call: Call, on_error=None):
        super().__init__(
            _tr("Delete call {0}").format(_describe(call)), store, case_id, model, on_error
        )
        self.call = call

    def redo(self) -> None:
        def delete() -> None:
            self.store.delete_call(self.case_id, self.call.id)
            self.model.remove_call(self.call.id)

        self._attempt(delete)

    def undo(self) -> None:
        def restore() -> None:
            self.store.add_call(self.case_id, self.call)
            self.model.add_call(self.call)

        self._attempt(restore)
