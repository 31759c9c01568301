"""PDFs: one engine (fpdf2 + the shipped DejaVu Sans) for letters, call logs and packets.

- `html_to_pdf(html, title="", created=None, numbering=Numbering())` -> bytes: any HTML
  page the app renders (letters, call logs) as a US Letter PDF with "Page X of N" footers.
- `creation_date(created)`: the date written into PDFs (SOURCE_DATE_EPOCH for
  reproducible files).
- `PdfError`: the PDF could not be made (one line for the user);
  `UnprintableTextError(PdfError)` names the characters no font here can draw.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from helper.pdf.errors import PdfError, UnprintableTextError

if TYPE_CHECKING:
    from helper.pdf.engine import Numbering, creation_date, html_to_pdf


def __getattr__(name: str) -> Any:
    """The engine's names, imported when first used (the engine loads fonts and the HTML
    parser: pages that only catch PdfError need none of it)."""
    if name not in ("Numbering", "creation_date", "html_to_pdf"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module("helper.pdf.engine"), name)
    globals()[name] = value
    return value


__all__ = ["Numbering", "PdfError", "UnprintableTextError", "creation_date", "html_to_pdf"]
