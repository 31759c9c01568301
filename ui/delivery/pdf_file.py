"""The letter's PDF for every delivery (Save PDF, email, mail app): made by the one engine
in helper (helper.pdf, the same bytes the command line writes), never by Qt.

`letter_pdf_bytes(letter)` and `save_letter_pdf(letter, path)` raise OSError or
helper.pdf.PdfError; `pdf_failure(error, what)` words either for the status line.
"""

from __future__ import annotations

from pathlib import Path

from helper.files import write_private
from helper.letters import RenderedLetter, letter_pdf
from helper.pdf import PdfError
from ui.delivery.delivery import plain_os_error


def letter_pdf_bytes(letter: RenderedLetter) -> bytes:
    return letter_pdf(letter)


def save_letter_pdf(letter: RenderedLetter, path: Path) -> Path:
    """Write the letter's PDF at `path` (atomic, readable by the user only)."""
    write_private(Path(path), letter_pdf(letter))
    return Path(path)


def pdf_failure(error: OSError | PdfError, what: str) -> str:
    """One plain line: `what` ("Could not save the PDF") and why."""
    if isinstance(error, PdfError):
        text = str(error)
        return f"{what}: {text[:1].upper()}{text[1:]}."
    return plain_os_error(error, what)
