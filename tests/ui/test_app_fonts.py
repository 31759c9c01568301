"""Text shows even where fontconfig finds no font: the app falls back to the DejaVu Sans it
ships (in the wheel and in the standalone bundle)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helper.resources import data_dir
from ui.app import fallback_font_files

ROOT = Path(__file__).resolve().parents[2]
NO_FONTS = '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig/>\n'
PROBE = """
from PySide6.QtGui import QFontMetrics
from ui.app import make_application
app = make_application(["probe"])
print(QFontMetrics(app.font()).inFont("A"), app.font().family())
"""


def test_shipped_dejavu_comes_first():
    assert fallback_font_files()[0] == data_dir() / "fonts" / "DejaVuSans-Bold.ttf"
    assert data_dir() / "fonts" / "DejaVuSans.ttf" in fallback_font_files()


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")
def test_no_system_fonts_uses_the_shipped_font(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(NO_FONTS)
    env = dict(
        os.environ,
        FONTCONFIG_FILE=str(config),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    result = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "True DejaVu Sans", result.stdout + result.stderr
    assert "no fonts found" not in result.stderr
