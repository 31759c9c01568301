"""A small pure-Python PDF writer for plain-text letters (no Qt, no extra package).

US Letter pages with 1-inch margins, the base-14 fonts Helvetica and Helvetica-Bold in
WinAnsiEncoding (nothing embedded), word wrap, as many pages as needed and "Page 1 of 2"
footers. The text's structure is read from the plain-text letter itself: a line underlined
with "-" or "=" is a bold heading, a line starting "Re:" is bold, "- " starts a bullet
item and leading spaces indent. Characters WinAnsi cannot show are replaced sensibly
("≥" becomes ">=", accents that do not exist are dropped, anything else "?").
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass

from helper.letters._font_widths import HELVETICA, HELVETICA_BOLD

PAGE_WIDTH, PAGE_HEIGHT = 612.0, 792.0  # US Letter, points
MARGIN = 72.0  # 1 inch
FONT_SIZE = 11.0
LEADING = 14.0
FOOTER_SIZE = 9.0
BULLET_INDENT = 12.0
REPLACEMENTS = {
    "≥": ">=", "≤": "<=", "≠": "!=", "→": "->", "←": "<-", "×": "x", "−": "-", "✓": "v",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2011": "-", "\u2010": "-", "\u2012": "-",
    "\u2032": "'", "\u2033": '"', "\ufb01": "fi", "\ufb02": "fl", "\t": "    ",
    "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i", "ħ": "h",
}  # fmt: skip


@dataclass(frozen=True)
class Line:
    text: bytes  # WinAnsi
    bold: bool
    indent: float


def to_winansi(text: str) -> bytes:
    """`text` in WinAnsiEncoding (cp1252), with sensible stand-ins for what it lacks."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1252")
            continue
        except UnicodeEncodeError:
            pass
        stand_in = REPLACEMENTS.get(char)
        if stand_in is None:
            stripped = "".join(
                c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c)
            )
            stand_in = stripped if stripped and stripped != char else "?"
        out += stand_in.encode("cp1252", errors="replace")
    return bytes(out)


def text_width(data: bytes, bold: bool, size: float = FONT_SIZE) -> float:
    table = HELVETICA_BOLD if bold else HELVETICA
    return sum(table[b - 32] if b >= 32 else 0 for b in data) * size / 1000.0


def wrap(data: bytes, width: float, bold: bool) -> list[bytes]:
    """Greedy word wrap to `width` points; a word longer than a line is cut."""
    lines: list[bytes] = []
    current = b""
    for word in data.split(b" "):
        candidate = word if not current else current + b" " + word
        if text_width(candidate, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = word
        while text_width(current, bold) > width:
            cut = len(current)
            while cut > 1 and text_width(current[:cut], bold) > width:
                cut -= 1
            lines.append(current[:cut])
            current = current[cut:]
    lines.append(current)
    return lines


def layout(text: str) -> list[Line | None]:
    """The letter as wrapped lines; None is a blank line."""
    raw = text.replace("\r\n", "\n").split("\n")
    out: list[Line | None] = []
    usable = PAGE_WIDTH - 2 * MARGIN
    index = 0
    while index < len(raw):
        line = raw[index].rstrip()
        following = raw[index + 1].strip() if index + 1 < len(raw) else ""
        if line.strip() and re.fullmatch(r"[-=]{3,}", following):
            bold, index = True, index + 2
        else:
            bold, index = line.startswith("Re:"), index + 1
            if re.fullmatch(r"[-=]{3,}", line.strip()):
                continue
        if not line.strip():
            out.append(None)
            continue
        stripped = line.lstrip(" ")
        indent = (len(line) - len(stripped)) * FONT_SIZE * 0.3
        hanging = 0.0
        if stripped.startswith("- "):
            hanging = BULLET_INDENT
        data = to_winansi(stripped)
        first, *rest = wrap(data, usable - indent, bold)
        out.append(Line(first, bold, indent))
        if rest:
            joined = b" ".join(rest)
            for piece in wrap(joined, usable - indent - hanging, bold):
                out.append(Line(piece, bold, indent + hanging))
    while out and out[-1] is None:
        out.pop()
    return out


def paginate(lines: list[Line | None]) -> list[list[Line | None]]:
    per_page = int((PAGE_HEIGHT - 2 * MARGIN) // LEADING)
    pages: list[list[Line | None]] = [[]]
    for line in lines:
        if len(pages[-1]) >= per_page:
            pages.append([])
        if line is None and not pages[-1]:
            continue  # no blank line at the top of a page
        pages[-1].append(line)
    return pages


def pdf_string(data: bytes) -> bytes:
    out = bytearray(b"(")
    for b in data:
        if b in b"()\\":
            out += b"\\" + bytes([b])
        elif b < 32 or b == 127:
            out += b"\\%03o" % b
        else:
            out.append(b)
    return bytes(out + b")")


def page_stream(lines: list[Line | None], number: int, count: int) -> bytes:
    ops = [b"BT"]
    y = PAGE_HEIGHT - MARGIN - FONT_SIZE
    font = None
    for line in lines:
        if line is not None:
            wanted = b"/F2" if line.bold else b"/F1"
            if wanted != font:
                ops.append(wanted + b" %.1f Tf" % FONT_SIZE)
                font = wanted
            ops.append(
                b"1 0 0 1 %.2f %.2f Tm " % (MARGIN + line.indent, y)
                + pdf_string(line.text)
                + b" Tj"
            )
        y -= LEADING
    footer = to_winansi(f"Page {number} of {count}")
    x = (PAGE_WIDTH - text_width(footer, False, FOOTER_SIZE)) / 2
    ops.append(b"/F1 %.1f Tf" % FOOTER_SIZE)
    ops.append(b"1 0 0 1 %.2f %.2f Tm " % (x, MARGIN / 2) + pdf_string(footer) + b" Tj")
    ops.append(b"ET")
    return b"\n".join(ops)


def text_to_pdf(text: str, title: str | None = None) -> bytes:
    """A complete PDF file of the plain-text `text`."""
    pages = paginate(layout(text)) or [[]]
    count = len(pages)
    objects: list[bytes] = []  # object n is objects[n - 1]

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    add(b"<< /Type /Catalog /Pages 2 0 R >>")
    add(b"")  # the page tree, filled in below
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    add(font % b"Helvetica")
    add(font % b"Helvetica-Bold")
    info = b"<< /Producer (Lactation Coverage Helper)"
    if title:
        info += b" /Title <FEFF" + title.encode("utf-16-be").hex().upper().encode() + b">"
    add(info + b" >>")
    kids = []
    for number, lines in enumerate(pages, start=1):
        stream = zlib.compress(page_stream(lines, number, count))
        content = add(
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
            + stream
            + b"\nendstream"
        )
        kids.append(
            add(
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
                b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content
            )
        )
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        count,
    )
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
