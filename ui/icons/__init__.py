"""The app icon: a hand-drawn SVG and its PNG sizes (`tools/render_icons.py` makes them)."""

from __future__ import annotations

from pathlib import Path

ICONS_DIR = Path(__file__).resolve().parent
ICON_NAME = "lactation-helper"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_png(size: int) -> Path:
    return ICONS_DIR / f"{ICON_NAME}-{size}.png"


def icon_svg() -> Path:
    return ICONS_DIR / f"{ICON_NAME}.svg"
