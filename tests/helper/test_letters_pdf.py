"""The pure-Python PDF writer, read back with pypdf."""

from __future__ import annotations

import io

import pypdf

from helper.letters.pdf import layout, text_to_pdf, to_winansi
from tests.helper.letters_support import pdf_text


def test_a_long_letter_spans_pages_with_page_numbers():
    text = "Heading\n-------\n\n" + "\n\n".join(
        f"Paragraph {i}: " + "lactation support " * 40 for i in range(30)
    )
    data = text_to_pdf(text, title="A long letter")
    reader = pypdf.PdfReader(io.BytesIO(data))
    count = len(reader.pages)
    assert count >= 3
    assert reader.metadata.title == "A long letter"
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == (612.0, 792.0)
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {count}" in page.extract_text()
    assert "Paragraph 29:" in pdf_text(data)


def test_headings_are_bold_and_their_underline_is_dropped():
    lines = [line for line in layout("Why\n---\n\nBody text") if line is not None]
    assert [(line.text, line.bold) for line in lines] == [(b"Why", True), (b"Body text", False)]


def test_lines_stay_inside_the_margins():
    from helper.letters.pdf import MARGIN, PAGE_WIDTH, text_width

    for line in layout("- " + "wordy " * 200 + "\n" + "x" * 500):
        assert (
            line is None
            or line.indent + text_width(line.text, line.bold) <= PAGE_WIDTH - 2 * MARGIN
        )


def test_characters_outside_winansi_are_replaced_sensibly():
    assert to_winansi("≥ 1 unit") == b">= 1 unit"
    assert to_winansi("café – “quoted” §") == "café – “quoted” §".encode("cp1252")
    assert to_winansi("Łódź") == "Lódz".encode("cp1252")
    assert to_winansi("漢") == b"?"
    text = pdf_text(text_to_pdf("units ≥ 1, (parens) and \\backslash\\ §300gg"))
    assert "units >= 1, (parens) and \\backslash\\ §300gg" in text


def test_an_empty_letter_is_still_a_valid_pdf():
    reader = pypdf.PdfReader(io.BytesIO(text_to_pdf("")))
    assert len(reader.pages) == 1
