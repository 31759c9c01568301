"""What can go wrong making a PDF: kept apart from the engine, so code that only catches
these (every page that saves a PDF) does not load the engine until it makes one."""

from __future__ import annotations


class PdfError(Exception):
    """The PDF could not be made; the message is one line fit for the user."""


class UnprintableTextError(PdfError):
    """Some characters have no font on this computer: `chars` names them."""

    def __init__(self, chars: tuple[str, ...]):
        self.chars = chars
        shown = ", ".join(f"{c} (U+{ord(c):04X})" for c in chars[:8])
        more = f" and {len(chars) - 8} more" if len(chars) > 8 else ""
        super().__init__(
            f"the PDF cannot show {shown}{more}: no font on this computer has "
            f"{'it' if len(chars) == 1 else 'them'}; install a font for that script "
            "(for example Noto Sans) or write those words in another alphabet"
        )
