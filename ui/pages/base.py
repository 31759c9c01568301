"""The base of every page in the main window's page area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class Page(QWidget):
    """One page: `name` gives its objectName `page-<name>`; `title` is its navigation label.

    Subclasses build their widgets in `__init__` and re-read what they show in `refresh()`.
    A page is refreshed when it is first shown, and after the current case changes or is
    edited (or its calls or letters change): at once when it is on screen, else when it is
    next shown (`mark_stale`). So a hidden page costs nothing when the case changes.
    """

    name = ""
    title = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.stale = True  # nothing shown yet: refresh when first shown
        self.setObjectName(f"page-{self.name}")
        context.case_changed.connect(lambda _id: self.mark_stale())
        context.case_edited.connect(lambda _id: self.mark_stale())
        context.calls_changed.connect(lambda _id: self.calls_changed())
        context.letters_changed.connect(lambda _id: self.letters_changed())

    @classmethod
    def nav_title(cls) -> str:
        """The navigation label, translated (a page may override this)."""
        return QCoreApplication.translate(cls.__name__, cls.title) if cls.title else ""

    def refresh(self) -> None:
        """Re-read what the page shows from `self.context`."""

    def mark_stale(self) -> None:
        """What the page shows is out of date: refresh now if it is on screen, else when
        it is next shown."""
        if self.isVisible():
            self.stale = False
            self.refresh()
        else:
            self.stale = True

    def ensure_fresh(self) -> None:
        """Refresh now if the page is out of date (for code that reads a hidden page)."""
        if self.stale:
            self.stale = False
            self.refresh()

    def calls_changed(self) -> None:
        """Calls of the current case changed; pages that show none may override to skip."""
        self.mark_stale()

    def letters_changed(self) -> None:
        """Letter records of the current case changed."""
        self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        self.ensure_fresh()
        super().showEvent(event)
