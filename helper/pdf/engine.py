"""The one PDF engine: HTML in, US Letter PDF out, with fpdf2 and the shipped DejaVu Sans.

Characters DejaVu lacks are drawn with a system font that has them; right-to-left and
joined scripts are shaped (uharfbuzz); anything no font can draw is refused by name
(UnprintableTextError) rather than printed as "?" or a box.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from dataclasses import dataclass

from helper.pdf.errors import PdfError, UnprintableTextError
from helper.pdf.font_cache import add_font
from helper.pdf.fonts import FontPlan, plan_fonts, shipped_font
from helper.pdf.html_prep import prepare_html

FAMILY = "dejavu"
MARGIN = 72.0  # 1 inch
BODY_SIZE = 11.0
FOOTER_SIZE = 9.0
PRODUCER = "Lactation Coverage Helper"


@dataclass(frozen=True)
class Numbering:
    """Page numbers in the footer: this document's first page is page `first` of `total`
    (in a packet); by default page 1 of however many pages the document has."""

    first: int = 1
    total: int | None = None
    label: str = "Page {page} of {total}"


def creation_date(created: dt.datetime | None = None) -> dt.datetime:
    """`created`, else SOURCE_DATE_EPOCH (for reproducible files), else now (UTC)."""
    if created is not None:
        return created if created.tzinfo else created.replace(tzinfo=dt.UTC)
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def new_document(
    text: str,
    title: str = "",
    created: dt.datetime | None = None,
    numbering: Numbering | None = Numbering(),
    italics: bool = False,
):
    """An empty fpdf2 document set up to draw `text`: fonts (with fallbacks), shaping,
    margins, metadata and the page-number footer. Raises UnprintableTextError."""
    from fpdf import FPDF

    plan = plan_fonts(text + (numbering.label if numbering else ""))
    if plan.unprintable:
        raise UnprintableTextError(plan.unprintable)

    class Document(FPDF):
        unnumbered: set[int] = set()  # pages left without a footer (filled in later)

        def footer(self) -> None:
            if numbering is None or self.page_no() in self.unnumbered:
                return
            self.set_y(-MARGIN / 2 - FOOTER_SIZE)
            self.set_font(FAMILY, "", FOOTER_SIZE)
            page = numbering.first + self.page_no() - 1
            total = numbering.total if numbering.total is not None else self.str_alias_nb_pages
            words = numbering.label.format(page=page, total=total)
            self.cell(0, FOOTER_SIZE * 1.5, words, align="C")

    Document.HTML2FPDF_CLASS = _html_class()
    pdf = Document(orientation="portrait", unit="pt", format="letter")
    pdf.unnumbered = set()
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN)
    _add_fonts(pdf, plan, italics)
    pdf.set_creation_date(creation_date(created))
    pdf.set_producer(PRODUCER)
    pdf.set_creator(PRODUCER)
    if title:
        pdf.set_title(title)
    pdf.set_font(FAMILY, "", BODY_SIZE)
    return pdf


def _add_fonts(pdf, plan: FontPlan, italics: bool) -> None:
    regular, bold = shipped_font(), shipped_font(bold=True)
    add_font(pdf, FAMILY, "", regular)
    add_font(pdf, FAMILY, "B", bold)
    if italics:  # no italic face is shipped: <i> and <em> are drawn upright
        add_font(pdf, FAMILY, "I", regular)
        add_font(pdf, FAMILY, "BI", bold)
    names = []
    for number, font in enumerate(plan.fallbacks):
        name = f"fallback{number}"
        add_font(pdf, name, "", font.path, font.index)
        names.append(name)
    if names:
        pdf.set_fallback_fonts(names, exact_match=False)
    if plan.shaping:
        pdf.set_text_shaping(True)


@functools.lru_cache(maxsize=1)
def _html_class():
    from fpdf.enums import VAlign
    from fpdf.html import HTML2FPDF

    class LetterHtml(HTML2FPDF):
        """fpdf2's HTML drawing, with tables starting in the body's regular face (fpdf2
        draws a table in whatever face the paragraph before it ended with, and adds two
        blank lines after it)."""

        in_table_tag = False

        def handle_starttag(self, tag, attrs):
            if tag == "table":
                self._end_paragraph()
                self.pdf.set_font(FAMILY, "", self.font_size_pt)
                self.pdf.y += self.font_size_pt / 2
            self.in_table_tag = tag == "table"
            try:
                super().handle_starttag(tag, attrs)
            finally:
                self.in_table_tag = False
            if tag == "table" and hasattr(self.table, "_v_align"):
                self.table._v_align = VAlign.T  # a label beside a long value: at the top

        def handle_endtag(self, tag):
            self.in_table_tag = tag == "table"
            try:
                super().handle_endtag(tag)
            finally:
                self.in_table_tag = False

        def _write_paragraph(self, text, link=None):
            shaping = self.pdf.text_shaping
            if not shaping:
                super()._write_paragraph(text, link)
                return
            # fpdf2's HTML path skips the bidi algorithm: split each text into runs of one
            # direction here, so Hebrew or Arabic inside an English line reads right.
            from fpdf.bidi import BidiParagraph
            from fpdf.enums import TextDirection

            shaping["paragraph_direction"] = TextDirection.LTR
            runs = BidiParagraph(text=text, base_direction=TextDirection.LTR).get_bidi_fragments()
            for run, direction in runs:
                shaping["fragment_direction"] = direction
                super()._write_paragraph(run, link)
            shaping["fragment_direction"] = None

        def _ln(self, h=None):
            if not self.in_table_tag:  # no blank lines around tables: paragraphs space them
                super()._ln(h)

    return LetterHtml


def _tag_styles() -> dict:
    from fpdf.fonts import FontFace, TextStyle

    black = "#000000"
    heading = {"h1": 16.0, "h2": 12.0, "h3": 11.5, "h4": 11.0, "h5": 11.0, "h6": 11.0}
    styles = {
        tag: TextStyle(
            font_family=FAMILY, font_style="B", font_size_pt=size, color=black,
            t_margin=size * 0.9, b_margin=0.3,
        )
        for tag, size in heading.items()
    }  # fmt: skip
    styles["code"] = FontFace(family=FAMILY)
    styles["pre"] = TextStyle(font_family=FAMILY, t_margin=BODY_SIZE)
    styles["li"] = TextStyle(l_margin=BODY_SIZE * 1.2, t_margin=BODY_SIZE * 0.15)
    styles["ul"] = TextStyle(t_margin=BODY_SIZE * 0.2)
    styles["ol"] = TextStyle(t_margin=BODY_SIZE * 0.2)
    styles["blockquote"] = TextStyle(l_margin=BODY_SIZE * 2, t_margin=BODY_SIZE * 0.5)
    return styles


def write_html(pdf, body: str) -> None:
    """Draw prepared HTML (see html_prep) into `pdf` from the current position."""
    from fpdf.errors import FPDFException

    try:
        pdf.write_html(
            body,
            font_family=FAMILY,
            tag_styles=_tag_styles(),
            li_prefix_color=(0, 0, 0),
            ul_bullet_char="\u2022",
            warn_on_tags_not_matching=False,
        )
    except (FPDFException, NotImplementedError, ValueError, KeyError) as error:
        raise PdfError(f"the letter's layout cannot be drawn as a PDF: {error}") from None


def html_to_pdf(
    html: str,
    title: str = "",
    created: dt.datetime | None = None,
    numbering: Numbering | None = Numbering(),
) -> bytes:
    """A complete PDF of `html` (a page or a fragment); `title` defaults to its <title>."""
    prepared = prepare_html(html)
    italics = "<i>" in prepared.body or "<em>" in prepared.body
    pdf = new_document(prepared.text, title or prepared.title, created, numbering, italics=italics)
    pdf.add_page()
    write_html(pdf, prepared.body)
    return bytes(pdf.output())
