"""The base of every section of the settings page."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QWidget

from ui.context import AppContext


class SettingsSection(QGroupBox):
    """One titled group on the settings page; `name` gives its objectName `settings-<name>`.

    Build widgets in `__init__`; re-read what is shown in `refresh()`, which the page calls
    when it is refreshed (a case switch, an edit, or a store reopened from a backup).
    """

    name = ""
    title = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(self.tr(self.title) if self.title else "", parent)
        self.context = context
        self.setObjectName(f"settings-{self.name}")
        self.setAccessibleName(self.title)

    def refresh(self) -> None:
        """Re-read what the section shows from `self.context`."""
