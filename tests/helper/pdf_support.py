"""Text read back from a real PDF with pypdf, normalised so words compare as a reader sees
them (NFKC, every run of white space one space)."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pypdf


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def pdf_text(source: bytes | Path) -> str:
    """All pages' text of a PDF given as bytes or as a file path, normalised."""
    reader = pypdf.PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return normalised(" ".join(page.extract_text() for page in reader.pages))
