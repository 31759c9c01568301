"""The base of every page in the main window's page area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """One page: `name` gives its objectName `page-<name>`; `title` is its navigation label.

    Subclasses build their widgets in `__init__` and refresh in `refresh()`, which the
    window calls when the current case changes or is edited.
    """

    name = ""
    title = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setObjectName(f"page-{self.name}")
        context.case_changed.connect(lambda _id: self.refresh())
        context.case_edited.connect(lambda _id: self.refresh())

    @classmethod
    def nav_title(cls) -> str:
        """The navigation label, translated (a page may override this)."""
        return QCoreApplication.translate(cls.__name__, cls.title) if cls.title else ""

    def refresh(self) -> None:
        """Re-read what the page shows from `self.context`."""
