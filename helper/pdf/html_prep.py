"""The letter's HTML made into the subset fpdf2's `write_html` draws well.

- `<head>`, `<style>`, `<script>` are dropped; `<title>` is kept aside for the metadata.
- `<div>`, `<span>` and other unknown tags are dropped but their text kept; loose text
  between blocks goes into a `<p>` so each block still starts on its own line.
- Tables: `<th>` becomes a plain cell, a cell's inner tags become its text (a `<br>` a new
  line, any `<b>`/`<strong>` makes the cell bold), the table spans the page without borders
  unless it asks for them; a two-column table gets a narrow label column.
- `<img>` and `<font face>` are dropped (a template cannot pull in files or core fonts).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre"}
BLOCKS |= {"dl", "dt", "dd", "hr", "center"}
INLINE = {"b", "strong", "i", "em", "u", "a", "sup", "sub", "code", "s", "del", "font"}
BREAKING = {"div", "section", "article", "header", "footer", "address", "main", "aside"}
BREAKING |= {"nav", "figure", "figcaption", "body", "html"}
SKIPPED = {"head", "style", "script", "title", "template", "noscript"}
VOID = {"br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source"}
KEPT_ATTRIBUTES = {"href", "align", "border", "colspan", "rowspan", "color", "size", "style"}
_WHITESPACE = re.compile(r"\s+")


@dataclass
class PreparedHtml:
    body: str
    title: str
    text: str  # every character that will be drawn, for choosing fonts


@dataclass
class _Cell:
    tag: str
    attrs: dict[str, str]
    parts: list[str] = field(default_factory=list)
    bold: bool = False


class _Preparer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.text: list[str] = []
        self.title: list[str] = []
        self.skipping: list[str] = []
        self.in_paragraph = False  # a <p> we opened around loose text
        self.open_blocks: list[str] = []
        self.inline: list[str] = []  # inline tags open now, closed at every block boundary
        self.table_depth = 0
        self.table: list[list[_Cell]] | None = None
        self.table_attrs: dict[str, str] = {}
        self.cell: _Cell | None = None

    # --- tags ---------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs if k in KEPT_ATTRIBUTES}
        if self.skipping or tag in SKIPPED:
            if tag not in VOID:
                self.skipping.append(tag)
            return
        if self.table is not None:
            self._table_start(tag, values)
            return
        if tag == "table":
            self._close_loose()
            self.table, self.table_attrs = [], values
            return
        if tag in BREAKING:
            self._close_loose()
        elif tag in BLOCKS:
            self._close_loose()
            if tag not in ("hr",):
                self.open_blocks.append(tag)
            self.out.append(_tag(tag, values))
        elif tag == "br":
            self._open_loose()
            self.out.append("<br>")
        elif tag in INLINE:
            self._open_loose()
            if tag == "font":
                values = {k: v for k, v in values.items() if k in ("color", "size")}
            self.out.append(_tag(tag, values))
            self.inline.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            return
        if self.table is not None:
            self._table_end(tag)
            return
        if tag in BREAKING:
            self._close_loose()
        elif tag in BLOCKS and tag in self.open_blocks:
            self._close_loose()
            while self.open_blocks:
                closing = self.open_blocks.pop()
                self.out.append(f"</{closing}>")
                if closing == tag:
                    break
        elif tag in INLINE and tag in self.inline:  # a stray end tag is dropped
            while self.inline:
                closing = self.inline.pop()
                self.out.append(f"</{closing}>")
                if closing == tag:
                    break

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self.skipping:
            if self.skipping[-1] == "title":
                self.title.append(data)
            return
        if self.table is not None:
            if self.cell is not None:
                self.cell.parts.append(_WHITESPACE.sub(" ", data))
            return
        if not data.strip() and (
            (not self.in_paragraph and not self.open_blocks)
            or (self.open_blocks and self.open_blocks[-1] in ("ul", "ol", "dl"))
        ):
            return
        if data.strip():
            self._open_loose()
        self.text.append(data)
        self.out.append(html.escape(data, quote=False))

    # --- loose text gets its own paragraph ---------------------------------------------
    def _open_loose(self) -> None:
        if not self.in_paragraph and not self.open_blocks:
            self.out.append("<p>")
            self.in_paragraph = True

    def _close_loose(self) -> None:
        while self.inline:
            self.out.append(f"</{self.inline.pop()}>")
        if self.in_paragraph:
            self.out.append("</p>")
            self.in_paragraph = False

    # --- tables: collected, then written in the shape fpdf2 draws ------------------------
    def _table_start(self, tag: str, values: dict[str, str]) -> None:
        assert self.table is not None
        if tag == "table":
            self.table_depth += 1  # a nested table's cells become text of the outer one
        elif tag == "tr" and not self.table_depth:
            self._end_cell()
            self.table.append([])
        elif tag in ("td", "th") and not self.table_depth:
            self._end_cell()
            if not self.table:
                self.table.append([])
            self.cell = _Cell(tag, {k: v for k, v in values.items() if k in ("align", "colspan")})
            self.table[-1].append(self.cell)
        elif self.cell is not None:
            if tag in ("br", "tr", "p", "div", "li"):
                self.cell.parts.append("\n")
            elif tag in ("td", "th"):
                self.cell.parts.append(" ")
            elif tag in ("b", "strong"):
                self.cell.bold = True

    def _table_end(self, tag: str) -> None:
        if tag == "table":
            if self.table_depth:
                self.table_depth -= 1
            else:
                self._end_cell()
                self._write_table()
        elif tag in ("td", "th") and not self.table_depth:
            self._end_cell()

    def _end_cell(self) -> None:
        self.cell = None

    def _write_table(self) -> None:
        rows = [row for row in (self.table or []) if row]
        self.table = None
        if not rows:
            return
        widths = ["30%", "70%"] if all(len(row) == 2 for row in rows) else []
        border = self.table_attrs.get("border", "0")
        self.out.append(f'<table width="100%" border="{html.escape(border)}">')
        for number, row in enumerate(rows):
            self.out.append("<tr>")
            for column, cell in enumerate(row):
                text = "\n".join(
                    line.strip() for line in "".join(cell.parts).split("\n") if line.strip()
                )
                self.text.append(text)
                attrs = {"align": "left", **cell.attrs}
                if number == 0 and widths:
                    attrs["width"] = widths[column]
                body = html.escape(text, quote=False)
                if cell.bold and body:
                    body = f"<b>{body}</b>"
                self.out.append(f"{_tag('td', attrs)}{body}</td>")
            self.out.append("</tr>")
        self.out.append("</table>")

    def result(self) -> PreparedHtml:
        self._close_loose()
        if self.table is not None:
            self._write_table()
        while self.open_blocks:
            self.out.append(f"</{self.open_blocks.pop()}>")
        return PreparedHtml(
            body="".join(self.out),
            title=_WHITESPACE.sub(" ", "".join(self.title)).strip(),
            text="".join(self.text),
        )


def _tag(name: str, attrs: dict[str, str]) -> str:
    inside = "".join(f' {k}="{html.escape(v)}"' for k, v in attrs.items())
    return f"<{name}{inside}>"


def prepare_html(source: str) -> PreparedHtml:
    """`source` (a whole HTML page or a fragment) in the shape the PDF engine draws."""
    preparer = _Preparer()
    preparer.feed(source)
    preparer.close()
    return preparer.result()
