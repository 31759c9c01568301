"""The pages of the main window, in navigation order: `page_entries()`.

An entry names a page and its navigation label without importing the page's module, so
the window lists every page at start and imports and builds each one when it is first
shown (see `ui.page_area`). The imports are plain statements in the loaders, so a missing
page is an error to see, never a page silently left out. `tests/ui/test_page_entries.py`
checks that each entry's name and label are its page class's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


class PageEntry:
    """A page before it is built: `name` (the page's `name`), `nav_title()` (its
    navigation label, translated) and `load()`, which imports and returns the page class.
    (A plain class: a dataclass costs more to define than the window spends listing.)"""

    __slots__ = ("load", "name", "nav_title")

    def __init__(self, name: str, nav_title: Callable[[], str], load: Callable[[], type]):
        self.name = name
        self.nav_title = nav_title
        self.load = load

    @classmethod
    def of(cls, page_class: type) -> PageEntry:
        """The entry of a page class already imported (tests, pages added by hand)."""
        return cls(page_class.name, page_class.nav_title, lambda: page_class)


def _label(context: str, text: str) -> Callable[[], str]:
    return lambda: QCoreApplication.translate(context, text)


def _home() -> type:
    from ui.pages.home import HomePage

    return HomePage


def _checklist() -> type:
    from ui.pages.checklist import ChecklistPage

    return ChecklistPage


def _coverage() -> type:
    from ui.pages.coverage import CoveragePage

    return CoveragePage


def _calls() -> type:
    from ui.pages.calls import CallsPage

    return CallsPage


def _letters() -> type:
    from ui.pages.letters import LettersPage

    return LettersPage


def _codes() -> type:
    from ui.pages.codes import CodesPage

    return CodesPage


def _settings() -> type:
    from ui.pages.settings import SettingsPage

    return SettingsPage


def page_entries() -> list[PageEntry]:
    return [
        PageEntry("home", _label("HomePage", QT_TRANSLATE_NOOP("HomePage", "What's next")), _home),
        PageEntry(
            "checklist",
            _label("ChecklistPage", QT_TRANSLATE_NOOP("ChecklistPage", "Checklist")),
            _checklist,
        ),
        PageEntry(
            "coverage",
            _label("CoveragePage", QT_TRANSLATE_NOOP("CoveragePage", "Coverage")),
            _coverage,
        ),
        PageEntry("calls", _label("CallsPage", QT_TRANSLATE_NOOP("CallsPage", "Calls")), _calls),
        PageEntry(
            "letters", _label("LettersPage", QT_TRANSLATE_NOOP("LettersPage", "Letters")), _letters
        ),
        PageEntry("codes", _label("CodesPage", QT_TRANSLATE_NOOP("CodesPage", "Codes")), _codes),
        PageEntry(
            "settings",
            _label("SettingsPage", QT_TRANSLATE_NOOP("SettingsPage", "Settings")),
            _settings,
        ),
    ]
