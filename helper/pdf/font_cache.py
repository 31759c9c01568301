"""Adding a TrueType font to an fpdf2 document, parsed once per process.

fpdf2 reads the whole font (cmap, widths, glyph table) for every document: about a third
of a letter's time. Here the parsed font is kept and each document gets a copy of it
with a fresh, lazily read
fontTools font and a fresh subset map (writing the PDF subsets the fontTools font in place
and fills the map); the read-only tables (cmap, widths, glyph ids) are shared. The result
is the same PDF, byte for byte (tested); should a later fpdf2 change its font object, the
plain `add_font` is used instead.
"""

from __future__ import annotations

import copy
import io
import threading
from pathlib import Path

_parsed: dict[tuple[str, int, str], object] = {}
_data: dict[tuple[str, int], bytes] = {}
_lock = threading.Lock()


def add_font(pdf, family: str, style: str, path: Path, index: int = 0) -> None:
    """`pdf.add_font(family, style, path)`, reusing the parse of an earlier document."""
    key = (str(path), index, style)
    fontkey = f"{family.lower()}{style}"
    with _lock:
        prototype = _parsed.get(key)
    if prototype is None:
        pdf.add_font(family, style, path, collection_font_number=index)
        font = pdf.fonts.get(fontkey)
        if getattr(font, "color_font", True) is not None:
            return  # colour fonts hold a link to their document: not shared
        kept = copy.copy(font)
        kept.ttfont = None
        with _lock:
            _parsed[key] = kept
            _data[(str(path), index)] = Path(path).read_bytes()
        return
    try:
        from fontTools import ttLib
        from fpdf.fonts import SubsetMap

        font = copy.copy(prototype)
        font.i = len(pdf.fonts) + 1
        font.fontkey = fontkey
        font.biggest_size_pt = 0
        font.missing_glyphs = []
        font.ttfont = ttLib.TTFont(
            io.BytesIO(_data[(str(path), index)]),
            recalcTimestamp=False,
            fontNumber=index,
            lazy=True,
        )
        font.subset = SubsetMap(font)
        pdf.fonts[fontkey] = font
    except (AttributeError, KeyError, TypeError, ImportError):
        pdf.fonts.pop(fontkey, None)
        pdf.add_font(family, style, path, collection_font_number=index)
