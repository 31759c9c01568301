"""What every page shares: the open store and the current case, with change signals."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from helper import settings
from helper.model import Case


class AppContext(QObject):
    """The open store and which case is current.

    `case_changed(case_id)` fires when the user switches case (or "" for none);
    `case_edited(case_id)` fires after the current case's data was saved, so pages refresh;
    `calls_changed(case_id)` / `letters_changed(case_id)` fire after calls or letter records
    of the current case were added, changed or deleted (`notify_calls_changed()`,
    `notify_letters_changed()`).

    The current case is read from the store once and kept until one of those signals fires
    (whoever emits them), so pages can call `case()` freely. That one `Case` is shared: never
    change it; edit `case_copy()` and hand it to `save_case()`.
    """

    case_changed = Signal(str)
    case_edited = Signal(str)
    calls_changed = Signal(str)
    letters_changed = Signal(str)
    cases_listed = Signal()
    store_warning = Signal(str)  # a save worked but not quite (the disk did not confirm it)

    def __init__(self, store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        store.on_warning(self.store_warning.emit)
        self.case_id: str | None = None
        self._case: Case | None = None
        self._reports: dict[tuple[str, dt.date], tuple[Any, Exception | None, Any]] = {}
        # Connected before any page, so the cache is dropped before pages re-read it.
        for signal in (
            self.case_changed,
            self.case_edited,
            self.calls_changed,
            self.letters_changed,
            self.cases_listed,
        ):
            signal.connect(self.forget_case)

    def set_case(self, case_id: str | None) -> None:
        if case_id == self.case_id:
            return
        self.case_id = case_id
        self.forget_case()
        if case_id and not self.store.read_only:
            settings.put(self.store, settings.LAST_CASE, case_id)
        self.case_changed.emit(case_id or "")

    def case(self) -> Case | None:
        """The current case (calls and letters included), read from the store once per
        version. Shared by every page: read it, do not change it (see `case_copy`)."""
        if self.case_id is None:
            return None
        if self._case is None:
            self._case = self.store.get_case(self.case_id)
        return self._case

    def case_copy(self) -> Case | None:
        """A copy of the current case to edit and pass to `save_case`.

        The calls and letter records are the shared ones (the store changes those only
        through its calls and letters API, and `save_case` leaves them alone), so a copy
        stays quick with thousands of calls.
        """
        case = self.case()
        if case is None:
            return None
        calls, letters = case.calls, case.letters
        shell = copy.copy(case)
        shell.calls, shell.letters = [], []
        duplicate = copy.deepcopy(shell)
        duplicate.calls, duplicate.letters = list(calls), list(letters)
        return duplicate

    def report(self, lang: str = "en") -> Any:
        """The coverage checker's report on the current case in `lang`, run once per case
        version, language and day, and shared by the pages that show findings.

        None without a case. Raises whatever the checker raised (the same error again until
        the case changes).
        """
        case = self.case()
        if case is None:
            return None
        key = (lang, dt.date.today())
        if key not in self._reports:
            try:
                from helper.coverage import check  # imported on use: start-up needs no checker

                self._reports[key] = (check(case, lang), None, None)
            except Exception as error:  # noqa: BLE001 (kept and raised to every caller)
                self._reports[key] = (None, error, error.__traceback__)
        report, error, trace = self._reports[key]
        if error is not None:
            raise error.with_traceback(trace)
        return report

    def forget_case(self, *_args: object) -> None:
        """Drop the kept case and reports; the next `case()` reads the store again."""
        self._case = None
        self._reports.clear()

    def save_case(self, case: Case) -> None:
        """Store the current case and tell every page."""
        if not self.case_id:
            raise RuntimeError("no current case")
        self.store.save_case(self.case_id, case)
        self.case_edited.emit(self.case_id)

    def attach_document(self, path, kind: str, visit: str | None, title: str | None):
        """Copy a file into the data folder and list it in the current case (see
        helper.documents); tells every page. Raises DocumentError with one line."""
        from helper.documents import attach_document

        if not self.case_id:
            raise RuntimeError("no current case")
        document = attach_document(self.store, self.case_id, path, kind, visit, title)
        self.case_edited.emit(self.case_id)
        return document

    def restore_backup(self, backup: Path) -> None:
        """Put a backup's content in the open store, then make every page show it.

        The store backs up its current content first, so a restore can be undone.
        Raises StoreError when the backup cannot be read (nothing changes then).
        """
        self.store.restore_backup(Path(backup))
        self.cases_listed.emit()
        ids = [summary.id for summary in self.store.list_cases()]
        if self.case_id in ids:
            self.case_edited.emit(self.case_id)
        elif ids:
            last = settings.get(self.store, settings.LAST_CASE)
            self.set_case(last if last in ids else ids[0])
        else:
            self.set_case(None)

    def notify_calls_changed(self) -> None:
        """Say that calls of the current case were added, changed or deleted in the store."""
        self.calls_changed.emit(self.case_id or "")

    def notify_letters_changed(self) -> None:
        """Say that letter records of the current case were added in the store."""
        self.letters_changed.emit(self.case_id or "")


def run_check(context: AppContext) -> tuple[Any | None, str]:
    """The checker's report on the current case in the app's language, or None and why it
    could not run. The context runs the checker once per case version for every page."""
    from ui.i18n import current_language

    try:
        return context.report(current_language()), ""
    except Exception as error:  # noqa: BLE001 (show, never crash the page)
        return None, f"The coverage check could not run: {error}"
