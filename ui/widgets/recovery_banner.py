"""The banner shown when the data file could not be read and was moved aside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.named import push_button


class RecoveryBanner(QFrame):
    """Non-modal notice at the top of the window: where the unreadable file went, what to do.

    `restore_requested` asks the window to restore the newest backup; `open_folder_requested`
    to show the data folder. The banner hides itself when dismissed.
    """

    restore_requested = Signal()
    open_folder_requested = Signal()

    def __init__(self, moved_to: Path, newest_backup: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recovery-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Data recovery notice"))
        self.setStyleSheet(
            "#recovery-banner { background: palette(alternate-base);"
            " border: 2px solid palette(highlight); border-radius: 6px; }"
        )
        text = self.tr(
            "Your saved data could not be read, so the app started with an empty file. "
            "Nothing was deleted: the unreadable file was kept here:\n{path}"
        ).format(path=str(moved_to))
        if newest_backup is not None:
            text += "\n" + self.tr(
                "A backup made when the app last opened can be restored: {name}"
            ).format(name=newest_backup.name)
        else:
            text += "\n" + self.tr("No backup was found to restore.")
        self.message = QLabel(self.tr("Important: ") + text)
        self.message.setObjectName("recovery-message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Data recovery message"))
        self.message.setAccessibleDescription(text)

        self.restore_button = push_button(
            "recovery-restore",
            self.tr("Restore newest backup"),
            self.tr("Replace the current (empty) data with the newest backup"),
            parent=self,
        )
        self.restore_button.setEnabled(newest_backup is not None)
        self.restore_button.clicked.connect(self.restore_requested)
        folder_button = push_button(
            "recovery-open-folder",
            self.tr("Open folder"),
            self.tr("Show the folder that holds the unreadable file"),
            parent=self,
        )
        folder_button.clicked.connect(self.open_folder_requested)
        dismiss_button = push_button(
            "recovery-dismiss", self.tr("Dismiss"), self.tr("Hide this notice"), parent=self
        )
        dismiss_button.clicked.connect(self.hide)

        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(folder_button)
        buttons.addStretch(1)
        buttons.addWidget(dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
