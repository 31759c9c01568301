"""The app icon: every PNG size is there, square and the size its name says, and the
QApplication shows it on every window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from ui import icons
from ui.app import app_icon, make_application


@pytest.mark.parametrize("size", icons.SIZES)
def test_png_sizes_match_their_names(size):
    image = QImage(str(icons.icon_png(size)))
    assert not image.isNull(), icons.icon_png(size)
    assert (image.width(), image.height()) == (size, size)


def test_svg_source_is_there():
    assert icons.icon_svg().read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_application_window_icon(qapp):
    make_application()
    icon = qapp.windowIcon()
    assert not icon.isNull()
    sizes = {(s.width(), s.height()) for s in icon.availableSizes()}
    assert {(16, 16), (512, 512)} <= sizes
    assert app_icon().actualSize(QSize(48, 48)) == QSize(48, 48)
