"""The pages of the main window, in navigation order.

Each entry is "module:Class". A page whose module is not there yet is left out, so only
working pages are shown.
"""

PAGE_CLASSES = [
    "ui.pages.home:HomePage",
    "ui.pages.checklist:ChecklistPage",
    "ui.pages.coverage:CoveragePage",
    "ui.pages.calls:CallsPage",
    "ui.pages.letters:LettersPage",
    "ui.pages.codes:CodesPage",
    "ui.pages.settings:SettingsPage",
]
