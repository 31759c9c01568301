"""PDFs: one engine (fpdf2 + the shipped DejaVu Sans) for letters, call logs and packets.

- `html_to_pdf(html, title="", created=None, numbering=Numbering())` -> bytes: any HTML
  page the app renders (letters, call logs) as a US Letter PDF with "Page X of N" footers.
- `creation_date(created)`: the date written into PDFs (SOURCE_DATE_EPOCH for
  reproducible files).
- `PdfError`: the PDF could not be made (one line for the user);
  `UnprintableTextError(PdfError)` names the characters no font here can draw.
"""

from __future__ import annotations

from helper.pdf.engine import (
    Numbering,
    PdfError,
    UnprintableTextError,
    creation_date,
    html_to_pdf,
)

__all__ = ["Numbering", "PdfError", "UnprintableTextError", "creation_date", "html_to_pdf"]
