"""The pages of the main window, in navigation order: `page_classes()`.

The page modules are imported when the pages are built (just after the window is first
shown), not at start-up; the imports are plain statements, so a missing page is an error
to see, never a page silently left out.
"""

from __future__ import annotations


def page_classes() -> list[type]:
    from ui.pages.calls import CallsPage
    from ui.pages.checklist import ChecklistPage
    from ui.pages.codes import CodesPage
    from ui.pages.coverage import CoveragePage
    from ui.pages.home import HomePage
    from ui.pages.letters import LettersPage
    from ui.pages.settings import SettingsPage

    return [
        HomePage,
        ChecklistPage,
        CoveragePage,
        CallsPage,
        LettersPage,
        CodesPage,
        SettingsPage,
    ]
