"""Benchmark: render a letter and write its PDF, warm. Budget: 200 ms.

Two paths: the command line's pure-Python PDF writer, and the app's Qt path (the HTML
letter printed to PDF by QTextDocument, as Save PDF and Email do).

Run: .venv/bin/python tests/benchmarks/bench_letters.py
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

BUDGET_MS = 200.0


def main() -> int:
    os.environ["LACTATION_HELPER_HOME"] = tempfile.mkdtemp(prefix="bench-letters-")
    from helper.letters import letter_pdf, render_letter
    from helper.letters.files import write_private
    from helper.model import Case

    case = Case.from_dict(json.loads((ROOT / "tests/fixtures/spec_example.json").read_text()))
    extra = {"recipient.address": "PO Box 27630\nAlbuquerque, NM 87125"}
    out = Path(os.environ["LACTATION_HELPER_HOME"]) / "letter.pdf"

    def once() -> float:
        start = time.perf_counter()
        letter = render_letter("aca_appeal", case, extra=extra, today=dt.date(2026, 9, 20))
        write_private(out, letter_pdf(letter))
        return (time.perf_counter() - start) * 1000

    ok = _report("render + PDF (command line)", once, out)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.printing import render_html_pdf

    app = QApplication.instance() or QApplication([])  # noqa: F841 (keeps Qt alive)
    out_qt = out.with_name("letter-qt.pdf")

    def once_qt() -> float:
        start = time.perf_counter()
        letter = render_letter("aca_appeal", case, extra=extra, today=dt.date(2026, 9, 20))
        render_html_pdf(letter.html, out_qt, title=letter.subject)
        return (time.perf_counter() - start) * 1000

    ok &= _report("render + PDF (app, Qt)", once_qt, out_qt)
    return 0 if ok else 1


def _report(label: str, once, out: Path) -> bool:
    cold = once()
    warm = [once() for _ in range(30)]
    median, worst = statistics.median(warm), max(warm)
    print(f"{label}: cold {cold:.1f} ms, warm median {median:.1f} ms, max {worst:.1f} ms "
          f"(budget {BUDGET_MS:.0f} ms); PDF {out.stat().st_size} bytes")  # fmt: skip
    return median <= BUDGET_MS


if __name__ == "__main__":
    sys.exit(main())
