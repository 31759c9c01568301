"""Benchmark: render a letter and write its PDF, warm. Budget: 200 ms.

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

    cold = once()
    warm = [once() for _ in range(30)]
    median, worst = statistics.median(warm), max(warm)
    print(f"render + PDF: cold {cold:.1f} ms, warm median {median:.1f} ms, max {worst:.1f} ms "
          f"(budget {BUDGET_MS:.0f} ms); PDF {out.stat().st_size} bytes")  # fmt: skip
    return 0 if median <= BUDGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
