"""The main window's pages: the navigation list, the page stack, and building each page
(importing its module, constructing it) when it is first shown or asked for."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from ui.pages import PageEntry

NAV_MIN_WIDTH = 210  # pixels; wider when the page names need it (large text)


class PageArea(QObject):
    """Every page in the navigation, each built when first needed.

    `entries` are PageEntry objects or Page subclasses, in navigation order. `show_row` and
    `page(name)` build a page the first time (so a page switched to is never blank);
    `build_all()` builds the rest. With `tolerate_errors` (the running app) a page whose
    module or constructor fails is reported on stderr, named in `broken`, and its row shows
    a short message instead of taking the window down; otherwise the error is raised.
    """

    page_built = Signal(str)  # a page's name, after it was built and added

    def __init__(
        self,
        nav: QListWidget,
        stack: QStackedWidget,
        make_page: Callable[[type], QWidget],
        parent: QWidget,
        tolerate_errors: bool = False,
    ):
        super().__init__(parent)
        self.nav = nav
        self.stack = stack
        self.make_page = make_page
        self.tolerate_errors = tolerate_errors
        self.entries: list[PageEntry] = []
        self.built: dict[str, QWidget] = {}
        self.broken: list[str] = []
        self.window = parent

    # ----- listing -----------------------------------------------------------------------

    def add_entries(self, entries: Iterable) -> None:
        for entry in entries:
            self.add_entry(entry if isinstance(entry, PageEntry) else PageEntry.of(entry))

    def add_entry(self, entry: PageEntry) -> None:
        """Add a page to the navigation (not built yet); Ctrl+<n> jumps to it."""
        self.entries.append(entry)
        title = entry.nav_title() or entry.name
        item = QListWidgetItem(title)
        self._fit_nav_item(item)
        item.setToolTip(title)
        self.nav.addItem(item)
        number = len(self.entries)
        if number <= 9:
            jump = QAction(self.tr("Go to {page}").format(page=title), self.window)
            jump.setObjectName(f"action-go-{entry.name}")
            # As setShortcut(), without building the `Qt` enums first (see ui/main_menus.py).
            jump.setProperty("shortcut", QKeySequence(f"Ctrl+{number}"))
            jump.triggered.connect(lambda _=False, row=number - 1: self.nav.setCurrentRow(row))
            self.window.addAction(jump)

    def _fit_nav_item(self, item: QListWidgetItem) -> None:
        """Size a navigation entry (and the list) to its text, so large text is not cut."""
        metrics = self.nav.fontMetrics()
        item.setSizeHint(QSize(180, max(48, metrics.height() + 24)))
        needed = metrics.horizontalAdvance(item.text()) + self.nav.iconSize().width() + 48
        if needed > max(self.nav.width(), NAV_MIN_WIDTH):
            self.nav.setFixedWidth(needed)

    def row_of(self, name: str) -> int:
        return next((row for row, e in enumerate(self.entries) if e.name == name), -1)

    # ----- building ----------------------------------------------------------------------

    def widget_at(self, row: int) -> QWidget | None:
        """The page (or its error message) at `row`, built now if it was not yet."""
        if not 0 <= row < len(self.entries):
            return None
        entry = self.entries[row]
        widget = self.built.get(entry.name)
        if widget is None:
            widget = self._build(entry)
            self.built[entry.name] = widget
            self.stack.addWidget(widget)
            self.page_built.emit(entry.name)
        return widget

    def _build(self, entry: PageEntry) -> QWidget:
        try:
            return self.make_page(entry.load())
        except Exception:
            if not self.tolerate_errors:
                raise
            # In the running app one broken page must not take the others down.
            traceback.print_exc(file=sys.stderr)
            self.broken.append(entry.name)
            message = QLabel(
                self.tr("This page could not be opened because of an error in the app.")
            )
            message.setObjectName(f"page-{entry.name}-broken")
            message.setWordWrap(True)
            return message

    def build_all(self) -> None:
        for row in range(len(self.entries)):
            self.widget_at(row)

    def page(self, name: str):
        """The page called `name`, built now if needed; None when there is no such page
        (or it could not be built)."""
        widget = self.widget_at(self.row_of(name))
        return widget if widget in self.pages() else None

    def pages(self) -> list:
        """The pages built so far, in navigation order (error messages left out)."""
        return [
            self.built[e.name]
            for e in self.entries
            if e.name in self.built and e.name not in self.broken
        ]

    def add_page(self, page) -> None:
        """Add a page already built (tests, pages made by hand) at the end."""
        self.add_entry(PageEntry.of(type(page)))
        self.built[page.name] = page
        self.stack.addWidget(page)

    def show_row(self, row: int) -> None:
        widget = self.widget_at(row)
        if widget is not None:
            self.stack.setCurrentWidget(widget)
