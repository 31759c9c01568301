"""Benchmark of the coverage checker (not collected by pytest).

Budgets: `check()` of a 200-visit case <= 20 ms in process; `lactation-helper check`
wall time <= 0.5 s. Run: `.venv/bin/python tests/benchmarks/bench_coverage.py`.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from helper import knowledge  # noqa: E402
from helper.coverage import check  # noqa: E402
from helper.model import Case  # noqa: E402

CHECK_BUDGET_MS = 20.0
CLI_BUDGET_S = 0.5


def big_case(policy: str = "ccah-breastfeeding", visits: int = 200) -> dict:
    start = dt.date(2026, 1, 10)
    rows = []
    for i in range(visits):
        day = start + dt.timedelta(days=3 * i)
        rows.append(
            {
                "id": f"v{i}",
                "date": day.isoformat(),
                "provider": {
                    "name": f"P{i % 3}",
                    "credential": ["IBCLC", "RN", "CLC"][i % 3],
                    "network": ["in", "out", "unknown"][i % 3],
                },
                "setting": ["office", "home", "inpatient"][i % 3],
                "minutes": 45 + i % 40,
                "billed_under": ["mother", "baby", "both"][i % 3],
                "program": "CPSP" if i % 7 == 0 else None,
                "lines": [
                    {
                        "code": ["Z5023", "S9443", "98960", "99401"][i % 4],
                        "units": 1 + i % 3,
                        "diagnoses": [["Z39.1"], ["O91.21"], [], ["R10.9"]][i % 4],
                    },
                ],
                "claim": {
                    "status": ["denied", "paid", "partially_paid"][i % 3],
                    "denial_date": (day + dt.timedelta(days=20)).isoformat(),
                    "member_cost": float(i % 5) * 10,
                },
            }
        )
    equipment = [
        {
            "id": f"e{i}",
            "date": (start + dt.timedelta(days=40 * i)).isoformat(),
            "code": ["E0603", "E0604", "A4281", "E0602"][i % 4],
            "modifier": "RR" if i % 4 == 1 else "NU",
            "rental_days": 75 if i % 4 == 1 else None,
            "quantity": 1 + i % 9,
        }
        for i in range(20)
    ]
    return {
        "format": "lactation-case/1",
        "member": {"name": "Bench", "state": "CA"},
        "plan": {"policy": policy, "type": "employer_fully_insured", "grandfathered": False},
        "baby": {
            "birth_date": start.isoformat(),
            "multiples": 2,
            "hospital_discharge": (start + dt.timedelta(days=30)).isoformat(),
        },
        "in_network_lactation_provider_available": False,
        "visits": rows,
        "equipment": equipment,
    }


def bench_check() -> None:
    shipped = [name.split("/", 1)[1] for name in knowledge.names("policies")]
    for policy in [*shipped, None]:
        case = Case.from_dict(big_case(policy))
        check(case)  # warm: data files loaded once per process
        times = []
        for _ in range(30):
            started = time.perf_counter()
            report = check(case)
            times.append((time.perf_counter() - started) * 1000)
        median = statistics.median(times)
        verdict = "ok" if median <= CHECK_BUDGET_MS else "OVER BUDGET"
        print(
            f"check() 200 visits, policy={policy}: median {median:.1f} ms, max {max(times):.1f} ms, "
            f"{len(report.findings)} findings  [{verdict}, budget {CHECK_BUDGET_MS} ms]"
        )


def bench_cli() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "case.json"
        path.write_text(json.dumps(big_case()), encoding="utf-8")
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "LACTATION_HELPER_HOME": str(Path(folder) / "home"),
        }
        times = []
        for _ in range(5):
            started = time.perf_counter()
            result = subprocess.run(
                [sys.executable, "-m", "helper", "check", str(path), "--json"],
                env=env,
                capture_output=True,
                cwd=ROOT,
            )
            times.append(time.perf_counter() - started)
            assert result.returncode == 0, result.stderr
        median = statistics.median(times)
        verdict = "ok" if median <= CLI_BUDGET_S else "OVER BUDGET"
        print(
            f"lactation-helper check (200 visits, --json): median {median:.3f} s, max {max(times):.3f} s  "
            f"[{verdict}, budget {CLI_BUDGET_S} s]"
        )


if __name__ == "__main__":
    bench_check()
    bench_cli()
