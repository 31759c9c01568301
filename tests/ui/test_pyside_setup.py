"""The shortcut through PySide6's import hook (ui/pyside_setup.py) gives the answers the
hook would have found by reading the source."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import helper.model
import ui.app
from ui.pyside_setup import skip_feature_scan

ROOT = Path(__file__).resolve().parents[2]


def test_no_module_of_the_app_selects_a_pyside_feature():
    found = [
        str(path.relative_to(ROOT))
        for package in ("ui", "helper")
        for path in (ROOT / package).rglob("*.py")
        if "from __feature__" in path.read_text("utf-8")
    ]
    assert found == [], "the shortcut in ui/pyside_setup.py assumes no module does this"


def test_the_hook_is_answered_without_reading_the_app_or_the_standard_library():
    assert skip_feature_scan()
    feature = sys.modules["shibokensupport.feature"]
    uses_pyside = feature._mod_uses_pyside
    assert uses_pyside.shortcut
    assert uses_pyside(ui.app) is True
    assert uses_pyside(helper.model) is False
    assert uses_pyside(json) is False
    assert skip_feature_scan()  # a second call changes nothing
    assert feature._mod_uses_pyside is uses_pyside
