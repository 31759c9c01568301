"""Printing and PDF output of HTML documents (call logs, summaries, letters): shared by
every page.

- `render_html_pdf(html, path, title)` writes a US Letter PDF atomically (mode 0600) with
  helper's one PDF engine (helper.pdf, the same as the command line), not with Qt. No
  dialog: safe in tests and scripts. Raises OSError or helper.pdf.PdfError.
- `print_html(parent, html, title)` opens Qt's print preview (with its Print button) as a
  non-blocking window via `open()`, and returns it. Nothing is printed until the user
  presses Print there. Qt is used for printing and its preview only.

Both take plain HTML (tables, headings, <b>, <br/>, lists). Qt's print module is loaded
when something is first printed: the pages that offer printing open without it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
    from PySide6.QtWidgets import QWidget

MARGIN_MM = 18.0


def _setup_printer(printer: QPrinter, title: str) -> None:
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize

    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.Letter),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    if title:
        printer.setDocName(title)


def _document(html: str, title: str) -> QTextDocument:
    from PySide6.QtGui import QTextDocument

    doc = QTextDocument()
    doc.setHtml(html)
    if title:
        doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return doc


def _print_document(doc: QTextDocument, printer: QPrinter) -> None:
    from PySide6.QtPrintSupport import QPrinter

    # Without the page size Qt adds its own page numbers and margins (QT-NOTES).
    doc.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
    doc.print_(printer)


def render_html_pdf(html: str, path: Path, title: str = "") -> Path:
    """Write `html` as a PDF at `path` (replacing it only once the new file is complete),
    its pages numbered in the app's language."""
    from helper.files import write_private
    from helper.pdf import Numbering, html_to_pdf

    label = QCoreApplication.translate("Printing", "Page {page} of {total}")
    path = Path(path)
    write_private(path, html_to_pdf(html, title=title, numbering=Numbering(label=label)))
    return path


def print_html(parent: QWidget | None, html: str, title: str = "") -> QPrintPreviewDialog:
    """Open a print preview of `html` (non-blocking, window-modal) and return the dialog.

    The dialog deletes itself when closed; it keeps the document alive while open.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _setup_printer(printer, title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("print-preview")
    dialog.setWindowTitle(title or dialog.windowTitle())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    doc = _document(html, title)
    dialog._document = doc  # type: ignore[attr-defined]
    dialog._printer = printer  # type: ignore[attr-defined]
    dialog.paintRequested.connect(lambda target: _print_document(doc, target))
    dialog.open()
    return dialog
