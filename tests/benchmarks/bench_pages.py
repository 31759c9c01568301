"""Speed of the pages. Run: python tests/benchmarks/bench_pages.py

Each figure is the median of several fresh app processes (offscreen), started as
`lactation-helper` starts (pages built after the first paint):
(a) start to the first page ready (pages are built when first shown), with the example
    case, and with a case of 10,000 calls;
    budget: the window itself still shows within 1.5x a bare window (bench_foundation);
(b) switching case with the case switcher, the page shown being Home, then Calls:
    from the example case to the big one and back (the time until the shown page is
    up to date; hidden pages catch up when they are opened);
(c) opening each page for the first time after start (the Home page is shown at start):
    each is built then, except Calls (built by (b), then marked out of date).
Not collected by pytest (the name does not start with test_). For information: no budget
fails here; the start-up budget is checked by bench_foundation.py.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_foundation import CALLS, child_env, example_case, many_calls  # noqa: E402

RUNS = 5

# The child reports "ready" when the pages are built and the last case shown, then
# "<what> <milliseconds>" lines for the switches and page openings it times.
CHILD = """
import sys, time
from PySide6.QtWidgets import QApplication
from ui.app import create_main_window, make_application

app = make_application([sys.argv[0]])
window = create_main_window(defer_pages=True)

def timed(label, action):
    start = time.perf_counter()
    action()
    app.processEvents()
    print(label, (time.perf_counter() - start) * 1000, flush=True)

def ready():
    print("ready", flush=True)
    switcher = window.case_switcher
    first = switcher.currentIndex()
    other = 1 - first
    for page in ("home", "calls"):
        window.show_page(page)
        app.processEvents()
        timed(f"switch-away-{page}", lambda: switcher.setCurrentIndex(other))
        timed(f"switch-back-{page}", lambda: switcher.setCurrentIndex(first))
    window.show_page("home")
    app.processEvents()
    for page in window.pages:
        if page.name != "home":
            page.stale = True  # as after start: never shown yet
    for entry in window.page_area.entries:  # the others are built now, when first opened
        if entry.name != "home":
            timed(f"open-{entry.name}", lambda name=entry.name: window.show_page(name))
    window.close()
    app.quit()

window.pages_ready.connect(ready)
window.show()
app.exec()
"""


def run_child(env: dict[str, str]) -> dict[str, float]:
    """Seconds to "ready" from the start of a fresh Python, and the timed lines (ms)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    watchdog = threading.Timer(120, process.kill)
    watchdog.start()
    figures: dict[str, float] = {}
    try:
        for line in process.stdout:
            parts = line.split()
            if parts == ["ready"]:
                figures["ready"] = (time.perf_counter() - start) * 1000
            elif len(parts) == 2:
                figures[parts[0]] = float(parts[1])
        process.wait()
    finally:
        watchdog.cancel()
    if "ready" not in figures or process.returncode != 0:
        raise RuntimeError(f"the app did not get its pages ready (exit {process.returncode})")
    return figures


def prepare(home: Path, calls: int) -> None:
    """Two cases; the last one open is the first (with `calls` calls when not 0)."""
    from helper.store import Store

    with Store.open(home) as store:
        case = example_case()
        if calls:
            case.calls = many_calls(calls)
        first = store.add_case(case, title="Ana and Leo")
        store.add_case(example_case(), title="Bea and Max")
        store.set_setting("last_case", first)
        store.set_setting("last_page", "home")
    with Store.open(home):
        pass  # the first open after a change makes a backup; time the everyday open


def medians(env: dict[str, str]) -> dict[str, float]:
    run_child(env)  # warm the file cache and the bytecode cache
    runs = [run_child(env) for _ in range(RUNS)]
    return {key: statistics.median(run[key] for run in runs) for key in runs[0]}


def main() -> int:
    print(f"Lactation Coverage Helper pages benchmark ({RUNS} runs each, medians, ms)")
    with tempfile.TemporaryDirectory(prefix="lch-bench-pages-") as tmp:
        results = {}
        for label, calls in (("example case", 0), (f"{CALLS:,} calls", CALLS)):
            home = Path(tmp) / f"home-{calls}"
            prepare(home, calls)
            env = child_env(home)
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
            results[label] = medians(env)
    labels = list(results)
    print(f"{'':<44}" + "".join(f"{label:>16}" for label in labels))
    rows = [("ready", "(a) start to first page ready")]
    rows += [
        (f"switch-{way}-{page}", f"(b) switch case {way}, {page} shown")
        for page in ("home", "calls")
        for way in ("away", "back")
    ]
    rows += [
        (key, f"(c) first open of {key.removeprefix('open-')}")
        for key in results[labels[0]]
        if key.startswith("open-")
    ]
    for key, title in rows:
        print(f"{title:<44}" + "".join(f"{results[label].get(key, 0):>16.0f}" for label in labels))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
