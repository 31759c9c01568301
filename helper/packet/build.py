"""Building the packet PDF.

The pages the app makes (letter, call log, photo pages) are drawn in one fpdf2 document
whose page N is page N of the packet: the cover's pages and each enclosed PDF's pages are
left blank there (no footer) and swapped for the real pages with pypdf afterwards. So every
"Page X of N" is right in one pass; only the cover is drawn twice when its length is not
known (its first draw counts its pages).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from helper.call_log import calls_to_html
from helper.documents import DocumentError, resolve, sniff
from helper.letters import RenderedLetter, get_kind
from helper.model import Case, Document
from helper.packet.cover import Section, cover_html
from helper.pdf import PdfError
from helper.pdf.engine import MARGIN, PRODUCER, Numbering, creation_date, new_document, write_html
from helper.pdf.html_prep import prepare_html

KIND_LABELS = {
    "eob": "Explanation of benefits",
    "denial_letter": "Denial letter",
    "superbill": "Superbill",
    "prescription": "Prescription",
    "medical_necessity": "Letter of medical necessity",
    "other": "Document",
}
CAPTION_SIZE = 11.0


class PacketError(PdfError):
    """The packet could not be made (an enclosure is missing or damaged): one line."""


@dataclass
class Enclosure:
    title: str
    path: Path
    file_type: str  # "pdf", "png" or "jpeg"
    pages: int
    reader: object | None = None  # the pypdf reader of a PDF enclosure


def enclosures_for(case: Case, visit: str | None, home: Path) -> list[Enclosure]:
    """The case's documents for this claim (those of `visit` and those of no visit; all of
    them without a visit), checked and counted."""
    import pypdf

    found = []
    for index, document in enumerate(case.documents):
        if visit is not None and document.visit not in (None, visit):
            continue
        path = resolve(home, document.file)
        try:
            file_type = sniff(path)
        except DocumentError as error:
            raise PacketError(f"documents[{index}].file: {error}") from None
        reader = pypdf.PdfReader(path) if file_type == "pdf" else None
        if reader is not None and reader.is_encrypted:
            reader.decrypt("")
        pages = len(reader.pages) if reader is not None else 1
        found.append(Enclosure(enclosure_title(document), path, file_type, pages, reader))
    return found


def enclosure_title(document: Document) -> str:
    label = KIND_LABELS.get(document.kind, "Document")
    return f"{label}: {document.title}" if document.title else label


def packet_pdf(
    letter: RenderedLetter,
    case: Case,
    visit: str | None,
    home: Path,
    today: dt.date,
    created: dt.datetime | None = None,
    extra: dict | None = None,
) -> bytes:
    """The packet: cover sheet, the letter, the call log for the claim, then every
    enclosure (PDF pages as they are, photos one per page scaled to fit). `extra` are the
    facts the letter was made with (the cover's sender details may come from them)."""
    import pypdf

    from helper.letters.context import prepare

    created = creation_date(created)
    filled = prepare(letter.kind, case, visit, extra, today).case if extra else case
    enclosures = enclosures_for(case, visit, home)
    calls = [call for call in case.calls if visit is None or call.visit in (None, visit)]
    call_log = prepare_html(calls_to_html(case, calls, today)) if calls else None
    letter_html = prepare_html(letter.html)
    heading = f"Packet: {get_kind(letter.kind).title}"

    def cover(total: int, sections: list[Section]) -> bytes:
        html = cover_html(
            heading, letter.recipient.name, letter.recipient.address, filled, letter.subject,
            today, total, sections,
        )  # fmt: skip
        prepared = prepare_html(html)
        pdf = new_document(prepared.text, heading, created, Numbering(1, total))
        pdf.add_page()
        write_html(pdf, prepared.body)
        return bytes(pdf.output())

    cover_pages = 1
    for _ in range(3):
        body, sections, swaps = _body(
            letter, letter_html, call_log, enclosures, cover_pages, created, heading
        )
        total = len(pypdf.PdfReader(io.BytesIO(body)).pages)
        cover_data = cover(total, sections)
        cover_reader = pypdf.PdfReader(io.BytesIO(cover_data))
        if len(cover_reader.pages) == cover_pages:
            break
        cover_pages = len(cover_reader.pages)
    else:  # pragma: no cover - a cover that keeps changing length
        raise PacketError("the cover sheet could not be laid out")

    writer = pypdf.PdfWriter()
    body_reader = pypdf.PdfReader(io.BytesIO(body))
    for number, page in enumerate(body_reader.pages, start=1):
        if number <= cover_pages:
            writer.add_page(cover_reader.pages[number - 1])
        elif number in swaps:
            enclosure, index = swaps[number]
            writer.add_page(enclosure.reader.pages[index])
        else:
            writer.add_page(page)
    writer.add_outline_item(title="Cover sheet", page_number=0)
    for section in sections:
        writer.add_outline_item(title=section.title, page_number=section.first - 1)
    writer.add_metadata(
        {
            "/Title": f"{heading} \u2013 {letter.subject}",
            "/Producer": PRODUCER,
            "/Creator": PRODUCER,
            "/CreationDate": created.strftime("D:%Y%m%d%H%M%SZ"),
        }
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _body(letter, letter_html, call_log, enclosures, cover_pages, created, heading):
    """The app's pages, with blanks for the cover and the enclosed PDFs' pages."""
    text = letter_html.text + (call_log.text if call_log else "")
    text += "".join(enclosure.title for enclosure in enclosures)
    pdf = new_document(text, heading, created)
    for _ in range(cover_pages):
        pdf.add_page()
        pdf.unnumbered.add(pdf.page_no())
    sections: list[Section] = []
    swaps: dict[int, tuple[Enclosure, int]] = {}

    pdf.add_page()
    first = pdf.page_no()
    write_html(pdf, letter_html.body)
    sections.append(Section(f"Letter: {letter.subject}", first, pdf.page_no()))
    if call_log is not None:
        pdf.add_page()
        first = pdf.page_no()
        write_html(pdf, call_log.body)
        sections.append(Section("Log of my calls with the plan", first, pdf.page_no()))
    for enclosure in enclosures:
        if enclosure.file_type == "pdf":
            first = pdf.page_no() + 1
            for index in range(enclosure.pages):
                pdf.add_page()
                pdf.unnumbered.add(pdf.page_no())
                swaps[pdf.page_no()] = (enclosure, index)
        else:
            _photo_page(pdf, enclosure)
            first = pdf.page_no()
        sections.append(Section(enclosure.title, first, pdf.page_no()))
    return bytes(pdf.output()), sections, swaps


def _photo_page(pdf, enclosure: Enclosure) -> None:
    """One page: the title, then the image as large as fits, its proportions kept."""
    from helper.pdf.engine import FAMILY

    pdf.add_page()
    pdf.set_font(FAMILY, "B", CAPTION_SIZE)
    pdf.set_xy(MARGIN, MARGIN)
    pdf.multi_cell(0, CAPTION_SIZE * 1.4, enclosure.title)
    top = pdf.get_y() + CAPTION_SIZE / 2
    try:
        _draw_upright(pdf, enclosure.path, MARGIN, top, pdf.epw, pdf.h - MARGIN - top)
    except Exception as error:  # Pillow and fpdf2 raise many kinds for damaged images
        raise PacketError(f"{enclosure.path}: the image cannot be drawn ({error})") from None


# EXIF orientation -> the turn (degrees, counter-clockwise) that shows the photo upright.
TURNS = {1: 0, 3: 180, 6: -90, 8: 90}


def _draw_upright(pdf, path: Path, x: float, y: float, width: float, height: float) -> None:
    """Draw the photo centred in the box, as large as fits, turned as the camera meant
    (EXIF orientation). The file is embedded as it is (a JPEG is not decoded): turning is
    a PDF transformation, so a 12-megapixel photo costs milliseconds, not seconds."""
    from PIL import Image, ImageOps

    with Image.open(path) as image:
        size = image.size
        orientation = image.getexif().get(0x0112, 1)
        source = path
        if orientation not in TURNS:  # mirrored (rare): turn the pixels themselves
            source, orientation = ImageOps.exif_transpose(image), 1
            size = source.size
    turn = TURNS.get(orientation, 0)
    shown = (size[1], size[0]) if turn in (90, -90) else size
    scale = min(width / shown[0], height / shown[1])
    drawn_w, drawn_h = size[0] * scale, size[1] * scale
    centre_x, centre_y = x + width / 2, y + height / 2
    with pdf.rotation(turn, centre_x, centre_y):
        pdf.image(source, x=centre_x - drawn_w / 2, y=centre_y - drawn_h / 2, w=drawn_w, h=drawn_h)
