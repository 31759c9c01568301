"""The File menu's case actions (import, export, rename, delete) and restoring a backup:
each asks the user (through `ui.ask`), calls `helper.case_actions` or the store, and says
what happened in the window's status bar. The work itself is shared with the CLI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from helper.model import ValidationError
from helper.problems import in_language
from helper.store import StoreError
from ui.i18n import current_language

CASE_FILE_FILTER = "Case files (*.json);;All files (*)"
MAX_ERRORS_SHOWN = 20


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class CaseActions:
    """The case actions of `window` (its case switcher names the current case)."""

    def __init__(self, window: QMainWindow):
        self.window = window
        self.context = window.context

    def _status(self, text: str, ms: int) -> None:
        self.window.statusBar().showMessage(text, ms)

    def rename(self) -> str | None:
        """Ask for a new name for the current case; returns it, or None when unchanged."""
        from ui import ask  # imported on use: start-up does not need dialogs

        case_id = self.context.case_id
        if not case_id:
            return None
        current = self.window.case_switcher.currentText()
        answer = ask.ask_text(
            self.window,
            _tr("Rename case"),
            _tr("New name for the case “{name}”:").format(name=current),
            current,
        )
        title = (answer or "").strip()
        if not title or title == current:
            return None
        try:
            self.context.store.rename_case(case_id, title)
        except (StoreError, OSError) as error:
            ask.warn(
                self.window,
                _tr("Could not rename the case"),
                _tr("The new name could not be saved: {reason}").format(reason=error),
            )
            return None
        self.context.cases_listed.emit()
        self._status(_tr("Case renamed to “{name}”.").format(name=title), 8000)
        return title

    def delete(self) -> bool:
        """Delete the current case after asking, with a backup of the data made first; then
        show another case, or the set-up form when none is left. True when deleted."""
        from helper import case_actions  # on use: start-up needs none of it
        from ui import ask  # imported on use: start-up does not need dialogs

        case_id = self.context.case_id
        if not case_id:
            return False
        name = self.window.case_switcher.currentText() or _tr("Untitled case")
        if not ask.confirm(
            self.window,
            _tr("Delete case?"),
            _tr(
                "Delete the case “{name}” with its visits, calls, letters and checklist ticks?\n\n"
                "A backup of your data is made first: to bring the case back, open "
                "Settings > Your data, choose that backup and press Restore."
            ).format(name=name),
        ):
            return False
        store = self.context.store
        try:
            case_actions.delete_case(store, case_id)
        except (StoreError, OSError, KeyError) as error:
            ask.warn(
                self.window,
                _tr("Could not delete the case"),
                _tr("Nothing was deleted: {reason}").format(reason=error),
            )
            return False
        self.context.cases_listed.emit()  # shows another case, or none
        self._status(_tr("Case “{name}” deleted. A backup was kept.").format(name=name), 10000)
        if not store.list_cases():
            self.window._open_setup(first_run=True)
        return True

    def import_file(self) -> str | None:
        """Add a case from a case file; a bad file is named field by field, nothing changes."""
        from helper import case_actions  # on use: start-up needs none of it
        from helper.model.intake import CaseFileError
        from ui import ask  # imported on use: start-up does not need dialogs

        path = ask.open_file(
            self.window, _tr("Import case"), _tr(CASE_FILE_FILTER), str(Path.home())
        )
        if not path:
            return None
        try:
            imported = case_actions.import_case(self.context.store, path)
        except CaseFileError as error:
            ask.warn(
                self.window,
                _tr("Could not import the case"),
                _tr("The file {path} could not be read: {reason}").format(path=path, reason=error),
            )
            return None
        except ValidationError as error:
            ask.warn(
                self.window,
                _tr("Could not import the case"),
                _tr("This file is not a case file the app can use. Nothing was changed.\n\n")
                + "\n".join(at_most(in_language(error.errors, current_language()))),
            )
            return None
        self.context.cases_listed.emit()
        self.context.set_case(imported.case_id)
        self._status(_tr("Case imported from {path}.").format(path=path), 8000)
        if imported.warnings:  # unknown fields are kept; say so, in case one is a mistake
            ask.inform(
                self.window,
                _tr("Case imported"),
                _tr(
                    "The case was imported. The app does not know these fields; "
                    "they were kept as they are:\n\n"
                )
                + "\n".join(at_most(imported.warnings)),
            )
        return imported.case_id

    def export_file(self) -> Path | None:
        """Write the current case (calls and letters included) to a file the user picks."""
        from helper import case_actions  # on use: start-up needs none of it
        from ui import ask  # imported on use: start-up does not need dialogs

        case_id = self.context.case_id
        if self.context.case() is None or not case_id:
            ask.warn(
                self.window,
                _tr("Nothing to export"),
                _tr("There is no case yet. Use File > New case first."),
            )
            return None
        title = self.window.case_switcher.currentText() or "case"
        suggested = str(Path.home() / case_actions.suggested_file_name(title))
        chosen = ask.save_file(self.window, _tr("Export case"), _tr(CASE_FILE_FILTER), suggested)
        if not chosen:
            return None
        try:
            path = case_actions.export_case(self.context.store, case_id, chosen)
        except OSError as error:
            ask.warn(
                self.window,
                _tr("Could not export the case"),
                _tr("The file {path} could not be written: {reason}").format(
                    path=case_actions.case_file_path(chosen), reason=error
                ),
            )
            return None
        self._status(_tr("Case saved to {path}.").format(path=path), 8000)
        return path

    def restore_backup(self, backup: Path) -> bool:
        """Replace the store's content with `backup` and show it; True when it worked."""
        from ui import ask  # imported on use: start-up does not need dialogs

        try:
            self.context.restore_backup(backup)
        except (StoreError, OSError) as error:
            ask.warn(
                self.window,
                _tr("Could not restore the backup"),
                _tr("The backup {name} could not be restored: {reason}").format(
                    name=Path(backup).name, reason=error
                ),
            )
            return False
        self._status(_tr("Backup restored."), 8000)
        return True


def at_most(lines: list[str]) -> list[str]:
    """The first MAX_ERRORS_SHOWN lines, then how many more there are."""
    shown = lines[:MAX_ERRORS_SHOWN]
    if len(lines) > MAX_ERRORS_SHOWN:
        shown.append(_tr("… and {n} more.").format(n=len(lines) - MAX_ERRORS_SHOWN))
    return shown
