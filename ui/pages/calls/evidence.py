"""The call log as evidence: saved as CSV (for a spreadsheet) or as a PDF, where the user
picks; printing goes through `ui.printing` from the page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from helper.call_log import calls_to_csv
from helper.files import write_private
from helper.model import Call
from helper.pdf import PdfError
from ui import ask, printing


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallsPage", text)


def _suggested_name(page, suffix: str) -> str:
    return str(Path.home() / f"insurer-calls-{page.wall_clock().date().isoformat()}.{suffix}")


def _with_suffix(path: str, suffix: str) -> Path:
    target = Path(path)
    if target.suffix.lower() != suffix:
        target = target.with_name(target.name + suffix)
    return target


def export_csv(page, calls: list[Call]) -> Path | None:
    """Ask where, then write `calls` as CSV; where it went, or None."""
    path = ask.save_file(
        page, _tr("Export calls as CSV"), _tr("CSV files (*.csv)"), _suggested_name(page, "csv")
    )
    if not path:
        return None
    target = _with_suffix(path, ".csv")
    try:
        # With a byte-order mark so spreadsheet programs read accents right.
        write_private(target, ("\ufeff" + calls_to_csv(calls)).encode("utf-8"))
    except OSError as error:
        ask.warn(page, _tr("Could not export"), str(error))
        return None
    return target


def save_pdf(page, html: str) -> Path | None:
    """Ask where, then render the call log's `html` as a PDF; where it went, or None."""
    path = ask.save_file(
        page, _tr("Save calls as PDF"), _tr("PDF files (*.pdf)"), _suggested_name(page, "pdf")
    )
    if not path:
        return None
    target = _with_suffix(path, ".pdf")
    try:
        printing.render_html_pdf(html, target, _tr("Calls with the insurer"))
    except (OSError, PdfError) as error:
        ask.warn(page, _tr("Could not save the PDF"), str(error))
        return None
    return target
