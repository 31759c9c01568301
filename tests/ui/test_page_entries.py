"""The page list: each entry names its page and its label as the page class does, without
importing any page module until the page is built."""

from __future__ import annotations

import subprocess
import sys

from ui.pages import page_entries


def test_each_entry_loads_the_page_it_names_with_the_same_label(qapp):
    entries = page_entries()
    assert [e.name for e in entries] == [
        "home",
        "checklist",
        "coverage",
        "calls",
        "letters",
        "codes",
        "settings",
    ]
    for entry in entries:
        page_class = entry.load()
        assert page_class.name == entry.name
        assert page_class.nav_title() == entry.nav_title()


def test_listing_the_pages_imports_none_of_them():
    code = (
        "import sys, ui.pages\n"
        "ui.pages.page_entries()\n"
        "print(sorted(m for m in sys.modules if m.startswith('ui.pages.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
