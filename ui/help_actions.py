"""The Help menu: about the app, the keyboard shortcuts that work now, and what the app
can and cannot do (information, not legal advice)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from helper import __version__


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def show_about(window: QMainWindow) -> None:
    from ui import ask  # imported on use: start-up does not need dialogs

    ask.inform(
        window,
        _tr("About Lactation Coverage Helper"),
        _tr(
            "Lactation Coverage Helper {version}\n\n"
            "Helps families get their health plan to pay for lactation support: a "
            "checklist, a coverage check, a log of calls to the insurer, and letters.\n\n"
            "Your data stays on this computer, in {folder}.\n\n"
            "This app gives information, not legal advice."
        ).format(version=__version__, folder=str(window.context.store.home)),
    )


def keyboard_help_text(window: QMainWindow) -> str:
    """The shortcuts that work now: everywhere, and on the page that is shown."""
    from ui.accessibility import shortcuts_by_scope

    scopes = shortcuts_by_scope(window, list(window.pages))
    page = window.current_page()
    lines = [_tr("Everywhere:")]
    lines += [f"  {key}: {label}" for key, label in scopes.get("window", [])]
    on_page = scopes.get(page.name, []) if page is not None else []
    if on_page:
        lines += ["", _tr("On this page:")]
        lines += [f"  {key}: {label}" for key, label in on_page]
    lines += [
        "",
        _tr(
            "Tab and Shift+Tab move between fields; arrow keys choose in lists; Enter "
            "presses the highlighted button; Escape closes a window; Alt + an underlined "
            "letter presses that button or opens that menu."
        ),
    ]
    return "\n".join(lines)


def show_keyboard_shortcuts(window: QMainWindow) -> None:
    from ui import ask  # imported on use: start-up does not need dialogs

    ask.inform(window, _tr("Keyboard shortcuts"), keyboard_help_text(window))


def show_not_legal_advice(window: QMainWindow) -> None:
    from ui import ask  # imported on use: start-up does not need dialogs

    ask.inform(
        window,
        _tr("Information, not legal advice"),
        _tr(
            "This app gives information, not legal advice. It explains the rules it "
            "cites and helps you write to your plan, but it cannot know every detail of "
            "your plan. Check what it says against your plan papers, and for legal advice "
            "ask a lawyer or your state's consumer assistance program."
        ),
    )
