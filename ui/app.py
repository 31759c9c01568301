"""Starting the app: the QApplication, a font that exists, the store, the main window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication

import ui.pages
from helper.resources import data_dir
from helper.store import Store, StoreError, StoreLocked, StoreNotWritable
from helper.store.run_marker import RunMarker
from ui import i18n, icons
from ui.main_window import MainWindow

APP_NAME = "Lactation Coverage Helper"
ORGANIZATION = "Lactation Coverage Helper"
# The desktop entry's name without ".desktop" (packaging/linux/): lets Wayland and the
# dock match the window to its entry and icon. Also the AppStream component id.
DESKTOP_FILE_NAME = "io.github.lactation_coverage_helper.LactationCoverageHelper"
DEFAULT_POINT_SIZE = 11

# Where common Linux distributions keep a font Qt can use when fontconfig finds none.
FALLBACK_FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/truetype/liberation",
)


def create_main_window(home: Path | None = None, *, defer_pages: bool = False) -> MainWindow:
    """Open the store at `home` (the user's data folder when None) and build the window;
    read-only, and saying why, when the folder cannot be written (`open_store`).

    With `defer_pages` (what `main()` uses) the page left open is built just after the
    window is first shown, so it appears at once, and each other page when first shown.
    Raises StoreLocked when another copy of the app holds the store; shows no dialog. A
    QApplication must exist. When start-up turned the garbage collector off (see
    `helper.cli.main`), it is turned back on once the first page is shown.
    """
    store = open_store(home)
    marker = None if store.read_only else RunMarker(store.home)
    try:
        i18n.install_from_store(store)  # the language chosen in Settings, else the system's
        window = MainWindow(
            store, ui.pages.page_entries, defer_pages=defer_pages, run_marker=marker
        )
        window.pages_ready.connect(end_of_start_up)
        return window
    except BaseException:
        store.close()
        if marker is not None:
            marker.end()
        raise


def end_of_start_up() -> None:
    """Turn the garbage collector back on if start-up turned it off. What start-up made
    (modules, classes, Qt's enums, the window) stays for the whole run, so it is frozen out
    of later collections rather than walked again by each of them."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def open_store(home: Path | None = None) -> Store:
    """The store, open for writing; when the folder cannot be written (full or read-only
    disk) but the data can be read, open read-only with `not_writable` saying why.
    Raises StoreError when neither works."""
    try:
        return Store.open(home)
    except StoreNotWritable as problem:
        try:
            store = Store.open(home, read_only=True)
        except (StoreError, OSError):
            raise problem from None
        if not store.path.exists():  # nothing to read: an empty window would only mislead
            store.close()
            raise problem from None
        store.not_writable = problem
        return store


def fallback_font_files() -> list[Path]:
    """Fonts to add when none can draw text: the DejaVu Sans shipped with the app (in the
    wheel and the standalone bundle, `data/fonts`), then common Linux font folders."""
    files = sorted((data_dir() / "fonts").glob("*.ttf"))
    for folder in map(Path, FALLBACK_FONT_DIRS):
        if folder.is_dir():
            files += sorted(folder.glob("*.ttf"))
    return files


def ensure_font(app: QApplication) -> bool:
    """Make sure text can be drawn: with no font Qt draws empty boxes without a warning.

    Fontconfig with no fonts still lists its aliases ("Sans Serif"...), so the test is
    whether the app's font has a glyph for "A". Returns True when text can be drawn.
    """
    if QFontMetrics(app.font()).inFont("A"):
        return True
    from PySide6.QtGui import QFontDatabase  # only when no font can draw text

    family = None
    for path in fallback_font_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        added = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        family = family or (added[0] if added else None)
    if family:
        app.setFont(QFont(family, DEFAULT_POINT_SIZE))
        if QFontMetrics(app.font()).inFont("A"):
            return True
    print(
        "lactation-helper: no fonts found; text will not show. Install a font package "
        "(on Debian/Ubuntu: sudo apt-get install fonts-dejavu-core).",
        file=sys.stderr,
    )
    return False


def app_icon() -> QIcon:
    """The app icon in every shipped PNG size (no SVG plug-in needed)."""
    icon = QIcon()
    for size in icons.SIZES:
        icon.addFile(str(icons.icon_png(size)))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    ensure_font(app)
    font = app.font()
    if font.pointSizeF() < DEFAULT_POINT_SIZE:
        font.setPointSizeF(DEFAULT_POINT_SIZE)
        app.setFont(font)
    return app


def main() -> int:
    """`lactation-helper` with no arguments: run the app until its window closes."""
    app = make_application()
    try:
        window = create_main_window(defer_pages=True)
    except StoreError as error:
        end_of_start_up()
        from PySide6.QtWidgets import QMessageBox  # only on this path: keeps start-up lean

        return _explain_store_error(app, QMessageBox, error)
    window.show()
    return app.exec()


def _explain_store_error(app: QApplication, message_box, error: StoreError) -> int:
    """The one box allowed before the window exists: why the data could not be opened."""
    if isinstance(error, StoreLocked):
        message_box.warning(None, APP_NAME, str(error))
    else:
        message_box.critical(
            None,
            APP_NAME,
            app.translate("app", "Your data could not be opened: {reason}").format(reason=error),
        )
    return 1
