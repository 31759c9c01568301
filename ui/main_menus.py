"""The main window's File and Help menus: each action with its objectName, shortcut and
tip, calling the window's methods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_menus(window: QMainWindow) -> None:
    """The File and Help menus; the actions the window enables are kept on it."""
    file_menu = window.menuBar().addMenu(_tr("&File"))
    file_menu.setObjectName("menu-file")
    window.new_case_action = _action(
        window,
        file_menu,
        "action-new-case",
        _tr("&New case…"),
        window.open_new_case,
        QKeySequence("Ctrl+Shift+N"),
        _tr("Start a case for another family or child"),
    )
    window.import_action = _action(
        window,
        file_menu,
        "action-import-case",
        _tr("&Import case…"),
        window.import_case,
        QKeySequence("Ctrl+Shift+O"),
        _tr("Add a case from a case file (.json)"),
    )
    window.export_action = _action(
        window,
        file_menu,
        "action-export-case",
        _tr("&Export case…"),
        window.export_case,
        QKeySequence("Ctrl+Shift+E"),
        _tr("Save the current case as a file to share or keep"),
    )
    file_menu.addSeparator()
    window.rename_action = _action(
        window,
        file_menu,
        "action-rename-case",
        _tr("&Rename case…"),
        window.rename_case,
        None,
        _tr("Change the name the case has in the case list"),
    )
    window.delete_action = _action(
        window,
        file_menu,
        "action-delete-case",
        _tr("&Delete case…"),
        window.delete_case,
        None,
        _tr("Remove the current case (a backup of your data is kept first)"),
    )
    file_menu.addSeparator()
    _action(
        window,
        file_menu,
        "action-quit",
        _tr("&Quit"),
        window.close,
        QKeySequence("Ctrl+Q"),
        _tr("Close the app"),
    )
    help_menu = window.menuBar().addMenu(_tr("&Help"))
    help_menu.setObjectName("menu-help")
    window.keys_action = _action(
        window,
        help_menu,
        "action-keyboard-shortcuts",
        _tr("&Keyboard shortcuts"),
        window.show_keyboard_shortcuts,
        QKeySequence("F1"),
        _tr("The keys that work on this page and everywhere"),
    )
    _action(
        window,
        help_menu,
        "action-about",
        _tr("&About"),
        window.show_about,
        None,
        _tr("Version and purpose of the app"),
    )
    _action(
        window,
        help_menu,
        "action-not-legal-advice",
        _tr("This app gives information, not legal advice"),
        window.show_not_legal_advice,
        None,
        _tr("What this app can and cannot do for you"),
    )


def _action(window: QMainWindow, menu, name, text, slot, shortcut, tip) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setToolTip(tip)
    action.setStatusTip(tip)
    if shortcut is not None:
        # Same as setShortcut(); calling setShortcut() builds all ~130 enums of the `Qt`
        # namespace in the binding (~20 ms), which start-up leaves until after the first paint.
        action.setProperty("shortcut", shortcut)
    action.triggered.connect(slot)
    menu.addAction(action)
    return action
