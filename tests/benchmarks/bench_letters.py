"""Benchmark: render a letter and write its PDF, warm. Budget: 200 ms.

The measured path is the one PDF engine (helper.pdf, fpdf2) that the command line, Save
PDF and the email attachment share. Beside it, in the same run, a baseline: the same HTML
printed to PDF by Qt's QTextDocument (the app's old path), so a slow machine shows as a
slow baseline rather than as a regression.

Run: .venv/bin/python tests/benchmarks/bench_letters.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_timing import report  # noqa: E402 (beside this script)

RUNS = 30  # warm runs per measure
BUDGET_MS = 200.0


def main() -> int:
    os.environ["LACTATION_HELPER_HOME"] = tempfile.mkdtemp(prefix="bench-letters-")
    from helper.files import write_private
    from helper.letters import letter_pdf, render_letter
    from helper.model import Case

    case = Case.from_dict(json.loads((ROOT / "tests/fixtures/spec_example.json").read_text()))
    case.member.name = "Nguyễn Thị Hương"
    extra = {"recipient.address": "PO Box 27630\nAlbuquerque, NM 87125"}
    out = Path(os.environ["LACTATION_HELPER_HOME"]) / "letter.pdf"

    def once() -> float:
        start = time.perf_counter()
        letter = render_letter("aca_appeal", case, extra=extra, today=dt.date(2026, 9, 20))
        write_private(out, letter_pdf(letter))
        return (time.perf_counter() - start) * 1000

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps Qt alive)
    out_qt = out.with_name("letter-qt.pdf")

    def once_qt() -> float:
        start = time.perf_counter()
        letter = render_letter("aca_appeal", case, extra=extra, today=dt.date(2026, 9, 20))
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out_qt))
        printer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.Letter),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        doc = QTextDocument()
        doc.setHtml(letter.html)
        doc.setPageSize(printer.pageRect(QPrinter.Unit.Point).size())
        doc.print_(printer)
        del printer
        return (time.perf_counter() - start) * 1000

    ok = report("render + PDF (helper.pdf, fpdf2)", once, out, BUDGET_MS, RUNS)
    report("baseline: render + Qt QTextDocument PDF", once_qt, out_qt, None, RUNS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
