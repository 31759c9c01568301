"""Render the app icon's PNG sizes from its hand-drawn SVG (`ui/icons/lactation-helper.svg`).

Usage: python tools/render_icons.py   (needs `rsvg-convert`, Debian package librsvg2-bin)
The PNGs are committed: the window and the desktop entry use them, so no SVG support is
needed at run time.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "ui" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main() -> int:
    rsvg = shutil.which("rsvg-convert")
    if rsvg is None:
        print("rsvg-convert is missing: apt-get install librsvg2-bin", file=sys.stderr)
        return 1
    svg = ICONS / "lactation-helper.svg"
    for size in SIZES:
        png = ICONS / f"lactation-helper-{size}.png"
        subprocess.run(
            [rsvg, "-w", str(size), "-h", str(size), str(svg), "-o", str(png)], check=True
        )
        print(png.relative_to(ICONS.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
