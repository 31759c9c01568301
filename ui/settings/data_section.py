"""Settings > Your data: where it lives, backing up, restoring a backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helper.store import StoreError
from helper.store.backups import make_backup
from ui import ask
from ui.context import AppContext
from ui.settings.base import SettingsSection
from ui.widgets.dates import show_date_time
from ui.widgets.explanation import ExplanationLabel
from ui.widgets.named import plain_label, push_button


class DataSection(SettingsSection):
    """Where the data is kept, "Back up now", the list of backups with "Restore…"."""

    name = "data"
    title = "Your data"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setTitle(self.tr("Your data"))
        where = QLabel(self.tr("Everything you enter is kept on this computer, in this folder:"))
        where.setWordWrap(True)
        self.folder_label = plain_label("data-folder-path")
        self.folder_label.setAccessibleName(self.tr("Data folder"))
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        self.folder_label.setStyleSheet("font-family: monospace;")

        self.open_folder_button = push_button(
            "data-open-folder",
            self.tr("Open folder"),
            self.tr("Show the data folder in your file manager"),
        )
        self.open_folder_button.clicked.connect(self.open_folder)
        self.backup_button = push_button(
            "data-backup-now",
            self.tr("Back up now"),
            self.tr("Make a backup copy of your data now"),
        )
        self.backup_button.clicked.connect(self.back_up_now)
        top_buttons = QHBoxLayout()
        top_buttons.addWidget(self.open_folder_button)
        top_buttons.addWidget(self.backup_button)
        top_buttons.addStretch(1)

        backups_label = QLabel(
            self.tr("Backups (a copy is made each time the app opens; the last 10 are kept):")
        )
        backups_label.setWordWrap(True)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("data-backups")
        self.backup_list.setAccessibleName(self.tr("Backups"))
        self.backup_list.setAccessibleDescription(self.tr("Backups of your data, newest first"))
        self.backup_list.setToolTip(self.backup_list.accessibleDescription())
        self.backup_list.setMinimumHeight(140)
        backups_label.setBuddy(self.backup_list)
        self.backup_list.currentRowChanged.connect(self._update_buttons)
        self.restore_button = push_button(
            "data-restore",
            self.tr("Restore…"),
            self.tr("Replace your current data with the chosen backup"),
        )
        self.restore_button.clicked.connect(self.restore_selected)

        self.status = plain_label("data-status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))

        how = ExplanationLabel(
            self.tr(
                "To keep a copy somewhere else (a USB stick, another computer), close the app "
                "and copy the whole folder above. To use that copy, put the folder back in "
                "the same place before opening the app."
            ),
            object_name="data-how-to-back-up",
        )

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(self.folder_label)
        layout.addLayout(top_buttons)
        layout.addWidget(backups_label)
        layout.addWidget(self.backup_list)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        layout.addWidget(self.status)
        layout.addWidget(how)
        self.refresh()

    def refresh(self) -> None:
        self.folder_label.setText(str(self.context.store.home))
        self.backup_list.clear()
        for path in self.context.store.list_backups():
            item = QListWidgetItem(self._describe(path))
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.backup_list.addItem(item)
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        self._update_buttons()

    def _describe(self, path: Path) -> str:
        try:
            stat = path.stat()
        except OSError:
            return path.name
        when = show_date_time(dt.datetime.fromtimestamp(stat.st_mtime))
        size = max(1, round(stat.st_size / 1024))
        return self.tr("{when} ({size} KB)").format(when=when, size=size)

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.backup_list.currentRow() >= 0)

    def selected_backup(self) -> Path | None:
        item = self.backup_list.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.store.home)))

    def back_up_now(self) -> Path | None:
        """Copy the data file into the backups folder; says so when nothing changed since."""
        store = self.context.store
        try:
            made = make_backup(store.home, store.path.read_bytes())
        except OSError as error:
            self._say(self.tr("The backup could not be made: {reason}").format(reason=error))
            return None
        self.refresh()
        if made is None:
            self._say(self.tr("Your newest backup already holds all your data."))
        else:
            self._say(self.tr("Backup made."))
        return made

    def restore_selected(self) -> bool:
        """Ask first, then replace the data with the chosen backup (undoable: see below)."""
        backup = self.selected_backup()
        if backup is None:
            return False
        question = self.tr(
            "Replace your current data with the backup from {when}?\n\n"
            "Your current data is backed up first, so you can come back to it."
        ).format(when=self.backup_list.currentItem().text())
        if not ask.confirm(self, self.tr("Restore a backup"), question):
            return False
        try:
            self.context.restore_backup(backup)
        except (StoreError, OSError) as error:
            ask.warn(
                self,
                self.tr("Could not restore the backup"),
                self.tr("The backup could not be restored: {reason}").format(reason=error),
            )
            return False
        self.refresh()
        self._say(self.tr("Backup restored."))
        return True

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleDescription(text)
