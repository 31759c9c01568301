"""The main window: navigation, the page area, the case switcher, the File and Help menus."""

from __future__ import annotations

import base64
import sys
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from helper import settings
from helper.store.run_marker import RunMarker
from ui import help_actions
from ui.case_actions import CaseActions
from ui.context import AppContext
from ui.main_menus import build_menus
from ui.page_area import NAV_MIN_WIDTH, PageArea
from ui.start_notices import show_start_notices

if TYPE_CHECKING:  # imported when first used, to keep start-up lean
    from PySide6.QtGui import QCloseEvent, QShowEvent

    from ui.dialogs.setup_dialog import SetupDialog
    from ui.widgets.recovery_banner import RecoveryBanner

# Qt.ItemDataRole.ToolTipRole as a number: touching the `Qt` namespace builds all of its
# ~130 enums (about 20 ms), so the window leaves that until after it is first shown.
TOOLTIP_ROLE = 3


class MainWindow(QMainWindow):
    """The app's one window over an open store.

    `pages` are PageEntry objects or Page subclasses, or a function that lists them
    (`ui.pages.page_entries`); the navigation lists them at once. Without `defer_pages`
    every page is built before the constructor returns (tests, tools). With `defer_pages`
    (the running app) nothing is built until the first turn of the event loop after the
    window is first painted (or the first `ensure_pages()`): then the last case is opened
    and only the page left open last is imported, built and filled in; each other page is
    built when it is first shown (or asked for with `page()`), so a page switched to is
    never blank. `pages_ready` fires once the page shown is usable. In the running app a
    page that fails to build shows a short message instead (named in `broken_pages`) and
    the error goes to stderr. The window owns the store: closing the window saves its size
    and place and closes the store (releasing the lock).
    """

    pages_ready = Signal()

    def __init__(
        self,
        store,
        pages: Iterable[type] | Callable[[], Iterable[type]],
        parent: QWidget | None = None,
        defer_pages: bool = False,
        run_marker: RunMarker | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("main-window")
        self.setWindowTitle(self.tr("Lactation Coverage Helper"))
        self.setAccessibleName(self.windowTitle())
        self.context = AppContext(store, self)
        self.case_actions = CaseActions(self)
        self.setup_dialog: SetupDialog | None = None
        self.recovery_banner: RecoveryBanner | None = None
        self._recovery_notice = None
        self._first_show_done = False
        self._closed = False

        self._build_toolbar()
        self._build_body()
        self._tolerate_page_errors = defer_pages
        self._broken_reported = False
        self.page_area = PageArea(
            self.nav, self.page_stack, self._make_page, self, tolerate_errors=defer_pages
        )
        self.page_area.page_built.connect(self._page_built)
        build_menus(self)
        self._pages_open = False
        self._list_pages(pages)
        self._show_recovery(store)
        # A marker left by the last run: it crashed, maybe on the last case. Do not reopen it.
        self._run_marker = run_marker
        self.unclean_start = run_marker.begin() if run_marker is not None else False
        self.start_notices = show_start_notices(self, self.unclean_start)

        self.context.cases_listed.connect(self.reload_cases)
        self.context.case_changed.connect(self._select_case_in_switcher)
        self.reload_cases()
        self._restore_geometry()
        if not defer_pages:
            self.ensure_pages()

    # ----- building ----------------------------------------------------------------------

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Case"), self)
        toolbar.setObjectName("case-toolbar")
        toolbar.setMovable(False)
        label = QLabel(self.tr("Family / case:") + " ")
        self.case_switcher = QComboBox()
        self.case_switcher.setObjectName("case-switcher")
        self.case_switcher.setAccessibleName(self.tr("Family / case"))
        description = self.tr("Choose which family's case the pages show")
        self.case_switcher.setToolTip(description)
        self.case_switcher.setAccessibleDescription(description)
        self.case_switcher.setMinimumWidth(280)
        self.case_switcher.setMinimumHeight(34)
        self.case_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.case_switcher.currentIndexChanged.connect(self._switch_to_index)
        label.setBuddy(self.case_switcher)
        toolbar.addWidget(label)
        toolbar.addWidget(self.case_switcher)
        self.addToolBar(toolbar)

    def _build_body(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setAccessibleName(self.tr("Pages"))
        self.nav.setAccessibleDescription(self.tr("Choose a page with the arrow keys"))
        self.nav.setToolTip(self.tr("Pages (Ctrl+1, Ctrl+2, … jump to a page)"))
        self.nav.setSpacing(2)
        self.nav.setIconSize(QSize(24, 24))
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)
        self.nav.setStyleSheet("QListWidget#nav::item { padding: 10px 14px; }")
        self.nav.setFixedWidth(NAV_MIN_WIDTH)
        self.page_stack = QStackedWidget()
        self.page_stack.setObjectName("pages")
        # Shown until the pages are built, so building them shows (and fills in) none but
        # the one the user left open last.
        self._page_placeholder: QWidget | None = QWidget()
        self.page_stack.addWidget(self._page_placeholder)
        self.nav.currentRowChanged.connect(self._show_row)

        self.banner_area = QVBoxLayout()
        self.banner_area.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.nav)
        row.addWidget(self.page_stack, 1)
        central = QWidget()
        central.setObjectName("central")
        column = QVBoxLayout(central)
        column.addLayout(self.banner_area)
        column.addLayout(row, 1)
        self.setCentralWidget(central)

    # ----- pages -------------------------------------------------------------------------

    def ensure_pages(self) -> None:
        """Open the last case, list the pages, then build and show the page left open last
        (every page, without `defer_pages`). Once; `pages_ready` fires after it."""
        if self._pages_open:
            return
        self._pages_open = True
        # The case first: the page shown then reads it once.
        self._open_last_case()
        if not self._tolerate_page_errors:
            self.page_area.build_all()
        self._open_last_page()
        if self._page_placeholder is not None:
            self.page_stack.removeWidget(self._page_placeholder)
            self._page_placeholder.deleteLater()
            self._page_placeholder = None
        self.pages_ready.emit()

    def _list_pages(self, listing: Iterable[type] | Callable[[], Iterable]) -> None:
        try:
            entries = list(listing() if callable(listing) else listing)
        except Exception:
            if not self._tolerate_page_errors:
                raise
            traceback.print_exc(file=sys.stderr)  # the page list itself is broken
            self.broken_pages.append(getattr(listing, "__name__", str(listing)))
            entries = []
        self.page_area.add_entries(entries)

    def _make_page(self, page_class: type) -> QWidget:
        return page_class(self.context, self.page_stack)

    def _page_built(self, _name: str) -> None:
        if self.broken_pages and not self._broken_reported:
            self._broken_reported = True
            self.statusBar().showMessage(
                self.tr("Some pages could not be opened because of an error in the app."), 15000
            )

    @property
    def pages(self) -> list:
        """The pages built so far, in navigation order (each page is built when it is
        first shown or asked for by `page()`)."""
        return self.page_area.pages()

    @property
    def broken_pages(self) -> list[str]:
        """Names of the pages that failed to import or build (the running app only)."""
        return self.page_area.broken

    def add_page(self, page) -> None:
        """Add a page already built to the navigation and the page area."""
        self.page_area.add_page(page)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def has_page(self, name: str) -> bool:
        """Whether this build has a page called `name` (built or not)."""
        return self.page_area.row_of(name) >= 0

    def page(self, name: str):
        """The page called `name` (built now if it was not yet), or None when that page is
        not in this build."""
        return self.page_area.page(name)

    def show_page(self, name: str) -> bool:
        """Switch to the page called `name`; False when there is no such page."""
        row = self.page_area.row_of(name)
        if row < 0:
            return False
        self.nav.setCurrentRow(row)
        return True

    def current_page(self):
        """The page shown, or None while none is (or an error message is shown)."""
        widget = self.page_stack.currentWidget()
        return widget if widget in self.pages else None

    def _show_row(self, row: int) -> None:
        if self._pages_open:  # before that, the case is not open yet: ensure_pages shows it
            self.page_area.show_row(row)

    def _open_last_page(self) -> None:
        name = settings.get(self.context.store, settings.LAST_PAGE)
        row = self.page_area.row_of(name) if isinstance(name, str) else -1
        self.nav.setCurrentRow(max(row, 0) if self.page_area.entries else -1)
        self._show_row(self.nav.currentRow())  # also when that row was already current

    # ----- cases -------------------------------------------------------------------------

    def reload_cases(self) -> None:
        """Fill the case switcher from the store, keeping the current case selected."""
        self.case_switcher.blockSignals(True)
        self.case_switcher.clear()
        summaries = self.context.store.list_cases()
        for summary in summaries:
            self.case_switcher.addItem(self._case_label(summary), summary.id)
            names = " · ".join(n for n in (summary.member_name, summary.baby_name) if n)
            if names:
                self.case_switcher.setItemData(self.case_switcher.count() - 1, names, TOOLTIP_ROLE)
        if not summaries:
            self.case_switcher.setPlaceholderText(self.tr("No case yet: File > New case"))
            self.case_switcher.setCurrentIndex(-1)
        self.case_switcher.blockSignals(False)
        self._select_case_in_switcher(self.context.case_id or "")
        self.export_action.setEnabled(bool(summaries))
        if self.context.case_id and all(s.id != self.context.case_id for s in summaries):
            self.context.set_case(summaries[0].id if summaries else None)

    def _case_label(self, summary) -> str:
        if summary.title:
            return summary.title
        names = [n for n in (summary.member_name, summary.baby_name) if n]
        return " and ".join(names) if names else self.tr("Untitled case")

    def _select_case_in_switcher(self, case_id: str) -> None:
        index = self.case_switcher.findData(case_id) if case_id else -1
        self.case_switcher.blockSignals(True)
        self.case_switcher.setCurrentIndex(index)
        self.case_switcher.blockSignals(False)
        for action in (self.export_action, self.rename_action, self.delete_action):
            action.setEnabled(bool(case_id))

    def _switch_to_index(self, index: int) -> None:
        case_id = self.case_switcher.itemData(index)
        if case_id:
            self.context.set_case(case_id)

    def _open_last_case(self) -> None:
        ids = [self.case_switcher.itemData(i) for i in range(self.case_switcher.count())]
        if not ids:
            return
        if self.unclean_start:
            self.case_switcher.setPlaceholderText(self.tr("Choose a case"))
            return
        last = settings.get(self.context.store, settings.LAST_CASE)
        self.context.set_case(last if last in ids else ids[0])

    def open_new_case(self) -> SetupDialog:
        """Open the set-up form (non-blocking) for a new case."""
        return self._open_setup(first_run=False)

    def _open_setup(self, first_run: bool) -> SetupDialog:
        if self.setup_dialog is not None and self.setup_dialog.isVisible():
            self.setup_dialog.raise_()
            self.setup_dialog.activateWindow()
            return self.setup_dialog
        from PySide6.QtCore import Qt

        from ui.dialogs.setup_dialog import SetupDialog

        dialog = SetupDialog(self.context, self, first_run=first_run)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: self._forget_setup(dialog))
        dialog.case_created.connect(
            lambda _id: self.statusBar().showMessage(self.tr("Case saved."), 5000)
        )
        self.setup_dialog = dialog
        dialog.open()
        return dialog

    def rename_case(self) -> str | None:
        """Ask for a new name for the current case; returns it, or None when unchanged."""
        return self.case_actions.rename()

    def delete_case(self) -> bool:
        """Delete the current case after asking (a backup is made first); True when deleted."""
        return self.case_actions.delete()

    def _forget_setup(self, dialog) -> None:
        if self.setup_dialog is dialog:
            self.setup_dialog = None

    def import_case(self) -> str | None:
        """Add a case from a case file the user picks; its id, or None."""
        return self.case_actions.import_file()

    def export_case(self) -> Path | None:
        """Write the current case to a file the user picks; where, or None."""
        return self.case_actions.export_file()

    # ----- help --------------------------------------------------------------------------

    def show_about(self) -> None:
        help_actions.show_about(self)

    def keyboard_help_text(self) -> str:
        """The shortcuts that work now: everywhere, and on the page that is shown."""
        return help_actions.keyboard_help_text(self)

    def show_keyboard_shortcuts(self) -> None:
        help_actions.show_keyboard_shortcuts(self)

    def show_not_legal_advice(self) -> None:
        help_actions.show_not_legal_advice(self)

    # ----- data recovery -----------------------------------------------------------------

    def _show_recovery(self, store) -> None:
        notice = getattr(store, "recovery", None)
        if notice is None:
            return
        from ui.widgets.recovery_banner import RecoveryBanner

        self._recovery_notice = notice
        banner = RecoveryBanner(Path(notice.moved_to), notice.newest_backup)
        banner.restore_requested.connect(self._restore_newest_backup)
        banner.open_folder_requested.connect(self.open_data_folder)
        self.banner_area.addWidget(banner)
        self.recovery_banner = banner

    def _restore_newest_backup(self) -> None:
        notice = self._recovery_notice
        if notice is None or notice.newest_backup is None:
            return
        if self.restore_backup(Path(notice.newest_backup)) and self.recovery_banner:
            self.recovery_banner.hide()

    def restore_backup(self, backup: Path) -> bool:
        """Replace the store's content with `backup` and show it; True when it worked."""
        return self.case_actions.restore_backup(backup)

    def open_data_folder(self) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.store.home)))

    # ----- window life -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """After the first paint (the window is on screen), build deferred pages."""
        handled = super().event(event)
        if event.type() == QEvent.Type.UpdateRequest and not self._pages_open:
            QTimer.singleShot(0, self.ensure_pages)
        return handled

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt name)
        super().showEvent(event)
        if not self._first_show_done:
            self._first_show_done = True
            if not self.context.store.list_cases():
                QTimer.singleShot(0, lambda: self._open_setup(first_run=True))

    def _restore_geometry(self) -> None:
        saved = settings.get(self.context.store, settings.WINDOW_GEOMETRY)
        restored = False
        if isinstance(saved, str):
            try:
                restored = self.restoreGeometry(base64.b64decode(saved))
            except ValueError:
                restored = False
        if not restored:
            self.resize(1100, 760)

    def save_window_state(self) -> None:
        store = self.context.store
        if store.read_only:
            return  # opened read-only (the folder cannot be written): nothing to keep
        geometry = base64.b64encode(bytes(self.saveGeometry())).decode("ascii")
        settings.put(store, settings.WINDOW_GEOMETRY, geometry)
        current = self.current_page()
        if current is not None:
            settings.put(store, settings.LAST_PAGE, current.name)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt name)
        if not self._closed:
            self._closed = True
            try:
                self.save_window_state()
            finally:
                self.context.store.close()
                if self._run_marker is not None:
                    self._run_marker.end()
        super().closeEvent(event)
