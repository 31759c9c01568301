"""Benchmark of loading the routing knowledge on first use (not collected by pytest).

Each figure is taken in a fresh process, so it is the first-use cost a user pays: importing
the modules (which must not read any data), then the first external review route, the first
regulator and the first Medicaid lookup. Budget: each first use <= 50 ms.
Run: `.venv/bin/python tests/benchmarks/bench_knowledge.py`.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIRST_USE_BUDGET_MS = 50.0
RUNS = 7

PROBE = r"""
import json, time
t0 = time.perf_counter()
import helper.external_review as er, helper.regulators as rg, helper.medicaid_lactation as ml
from helper.knowledge import load
from helper.model import Plan
t1 = time.perf_counter()
loaded_at_import = load.cache_info().currsize
route = er.review_route(Plan(type="employer_fully_insured"), "NY")
t2 = time.perf_counter()
regulator = rg.regulator_for({"plan": {"type": "employer_fully_insured"}, "member": {"state": "NY"}})
t3 = time.perf_counter()
coverage = ml.medicaid_lactation("IL")
t4 = time.perf_counter()
assert route and regulator and coverage
print(json.dumps({
    "import": (t1 - t0) * 1000, "loaded_at_import": loaded_at_import,
    "external_review": (t2 - t1) * 1000, "regulators": (t3 - t2) * 1000,
    "medicaid_lactation": (t4 - t3) * 1000,
}))
"""


def main() -> int:
    runs = []
    for _ in range(RUNS):
        out = subprocess.run(
            [sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=True
        )
        runs.append(json.loads(out.stdout))
    over = 0
    print(f"data files read at import: {max(r['loaded_at_import'] for r in runs)} (must be 0)")
    for key in ("import", "external_review", "regulators", "medicaid_lactation"):
        median = statistics.median(r[key] for r in runs)
        budgeted = key != "import"
        verdict = "ok" if not budgeted or median <= FIRST_USE_BUDGET_MS else "OVER BUDGET"
        over += verdict != "ok"
        budget = f", budget {FIRST_USE_BUDGET_MS} ms" if budgeted else ""
        what = "import of the three modules" if key == "import" else f"first use of {key}"
        print(f"{what}: median {median:.1f} ms  [{verdict}{budget}]")
    return 1 if over or any(r["loaded_at_import"] for r in runs) else 0


if __name__ == "__main__":
    sys.exit(main())
