"""Benchmark of the Calls page with 10,000 calls in a real store (not collected by pytest).

Budgets (issue 5): the page shows in ≤ 500 ms; each keystroke's filter ≤ 50 ms; saving a
call ≤ 50 ms. Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_calls.py

Prints the figures and exits 1 when a budget is missed.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from helper.model import Call, Case, Member, Plan  # noqa: E402
from helper.store import Store  # noqa: E402
from ui import ask  # noqa: E402
from ui.context import AppContext  # noqa: E402
from ui.pages.calls import CallsPage  # noqa: E402

CALLS = 10_000
SHOW_BUDGET_MS = 500
KEYSTROKE_BUDGET_MS = 50
SAVE_BUDGET_MS = 50

WORDS = [
    "rep",
    "said",
    "lactation",
    "visit",
    "covered",
    "denied",
    "appeal",
    "supervisor",
    "claim",
    "reprocessed",
    "ibclc",
    "gap",
    "exception",
    "in",
    "network",
    "out",
    "of",
    "network",
    "preventive",
    "code",
    "S9443",
    "Z39.1",
    "fax",
    "portal",
]
DEPARTMENTS = ["Member services", "Claims", "Appeals and grievances", "Prior authorization"]
REPS = ["Kim", "Lee", "Sam", "Dana", "Pat", "Robin", "Jo", "Alex"]


def make_calls(count: int) -> list[Call]:
    rng = random.Random(5)
    start = dt.datetime(2020, 1, 1, 9, 0)
    return [
        Call(
            id=f"c{i}",
            started=start + dt.timedelta(minutes=53 * i),
            minutes=rng.randint(3, 60),
            department=rng.choice(DEPARTMENTS),
            phone="800-555-0199",
            rep_name=rng.choice(REPS),
            rep_id=f"R-{rng.randint(1, 999)}",
            reference=f"REF-{i:06d}",
            summary=" ".join(rng.choices(WORDS, k=25)),
            outcome=" ".join(rng.choices(WORDS, k=8)),
            follow_up=(start + dt.timedelta(days=i % 400)).date() if i % 3 == 0 else None,
        )
        for i in range(count)
    ]


def ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    home = Path(tempfile.mkdtemp(prefix="bench-calls-"))
    store = Store.open(home)
    case = Case(member=Member(name="Ana Ruiz"), plan=Plan(insurer="Example Health"))
    case.calls = make_calls(CALLS)
    case_id = store.add_case(case)
    store.close()

    # 1. Open the store (the app does this once at start-up, for every page)...
    started = time.perf_counter()
    store = Store.open(home)
    store_open = time.perf_counter() - started
    # ...then build the page and show the case: read the calls, fill the table, paint.
    started = time.perf_counter()
    context = AppContext(store)
    page = CallsPage(context)
    page.resize(1200, 800)
    context.set_case(case_id)
    page.show()
    QTest.qWaitForWindowExposed(page)
    app.processEvents()
    show = time.perf_counter() - started
    assert page.model.rowCount() == CALLS

    # 2. Type into the search box, one key at a time.
    search = page.search
    search.setFocus()
    strokes = []
    for text in ("claims sup", "\b" * 10, "ref-0042", "\b" * 8, "kim appeal portal"):
        for char in text:
            before = time.perf_counter()
            if char == "\b":
                QTest.keyClick(search, Qt.Key.Key_Backspace)
            else:
                QTest.keyClick(search, char)
            app.processEvents()
            strokes.append(time.perf_counter() - before)
    search.clear()
    app.processEvents()

    # 3. Save new calls through the editor (Save click to table updated).
    saves = []
    for number in range(10):
        editor = page.new_call()
        editor.rep_name.setText(f"Bench {number}")
        editor.reference.setText(f"BENCH-{number}")
        editor.summary.setPlainText("Rep said the claim will be reprocessed.")
        app.processEvents()
        before = time.perf_counter()
        editor.save_button.click()
        app.processEvents()
        saves.append(time.perf_counter() - before)
        assert page.editor is None
    # ...and edits of an existing call.
    edits = []
    for number in range(5):
        page.table.selectRow(number)
        editor = page.edit_selected()
        editor.outcome.setPlainText(f"Edited {number}")
        app.processEvents()
        before = time.perf_counter()
        editor.save_button.click()
        app.processEvents()
        edits.append(time.perf_counter() - before)
    # ...and a delete with its undo.
    ask.confirm = lambda *args: True
    page.table.selectRow(0)
    before = time.perf_counter()
    page.delete_selected()
    app.processEvents()
    delete = time.perf_counter() - before
    before = time.perf_counter()
    page.undo_stack.undo()
    app.processEvents()
    undo = time.perf_counter() - before
    assert len(store.list_calls(case_id)) == CALLS + 10

    page.close()
    store.close()

    results = [
        ("store opened (shared start-up cost)", ms(store_open), None),
        ("page shown (read calls, fill, paint)", ms(show), SHOW_BUDGET_MS),
        ("store opened + page shown", ms(store_open + show), None),
        ("keystroke filter, median", ms(statistics.median(strokes)), None),
        ("keystroke filter, worst", ms(max(strokes)), KEYSTROKE_BUDGET_MS),
        ("save new call, median", ms(statistics.median(saves)), None),
        ("save new call, worst", ms(max(saves)), SAVE_BUDGET_MS),
        ("save edited call, worst", ms(max(edits)), SAVE_BUDGET_MS),
        ("delete call", ms(delete), None),
        ("undo delete", ms(undo), None),
    ]
    print(f"Calls page with {CALLS:,} calls ({len(strokes)} keystrokes)")
    failed = False
    for label, value, budget in results:
        mark = ""
        if budget is not None:
            ok = value <= budget
            failed |= not ok
            mark = f"  (budget {budget} ms: {'ok' if ok else 'MISSED'})"
        print(f"  {label:<40} {value:>8.1f} ms{mark}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
