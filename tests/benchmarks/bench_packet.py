"""Benchmark: the appeal packet with a 10-page EOB PDF and two 12-megapixel photos (one
shot sideways), warm. Budget: 1 s.

Beside it, in the same run, a baseline: the letter's PDF alone (the same engine), so a slow
machine shows as a slow baseline rather than as a regression.

Run: .venv/bin/python tests/benchmarks/bench_packet.py
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

RUNS = 10  # warm runs per measure
BUDGET_MS = 1000.0


def main() -> int:
    home = Path(tempfile.mkdtemp(prefix="bench-packet-"))
    os.environ["LACTATION_HELPER_HOME"] = str(home)
    from helper.documents import attach_document
    from helper.files import write_private
    from helper.letters import letter_pdf, render_letter
    from helper.model import Case
    from helper.packet import packet_pdf
    from helper.store import Store
    from tests.helper.documents_support import make_pdf, make_photo

    data = json.loads((ROOT / "tests/fixtures/spec_example.json").read_text())
    with Store.open(home) as store:
        case_id = store.add_case(Case.from_dict(data))
        attach_document(store, case_id, make_pdf(home / "eob.pdf", 10), "eob", "v1", "EOB")
        # Two 12-megapixel phone photos of a few MB each, one shot sideways (EXIF turn).
        photo_a = make_photo(home / "a.jpg", (3000, 4000), grain=True)
        photo_b = make_photo(home / "b.jpg", (4000, 3000), grain=True, turned=True)
        attach_document(store, case_id, photo_a, "superbill")
        attach_document(store, case_id, photo_b, "other")
        case = store.get_case(case_id)
    extra = {"recipient.address": "PO Box 27630\nAlbuquerque, NM 87125"}
    today = dt.date(2026, 9, 20)
    out = home / "packet.pdf"

    def once() -> float:
        start = time.perf_counter()
        letter = render_letter("aca_appeal", case, "v1", extra, today)
        write_private(out, packet_pdf(letter, case, "v1", home, today))
        return (time.perf_counter() - start) * 1000

    def once_letter() -> float:
        start = time.perf_counter()
        letter = render_letter("aca_appeal", case, "v1", extra, today)
        write_private(home / "letter.pdf", letter_pdf(letter))
        return (time.perf_counter() - start) * 1000

    ok = report(
        "packet (cover, letter, call log, 10-page EOB, 2 photos)", once, out, BUDGET_MS, RUNS
    )
    report("baseline: the letter's PDF alone", once_letter, home / "letter.pdf", None, RUNS)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
