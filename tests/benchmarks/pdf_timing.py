"""The report line the PDF benchmarks share: cold, warm median and worst times of a run
that writes a PDF, beside its budget (None: a baseline with no budget)."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path


def report(
    label: str, once: Callable[[], float], out: Path, budget: float | None, runs: int
) -> bool:
    """Run `once` (returns ms) once cold and `runs` times warm; print; True within budget."""
    cold = once()
    warm = [once() for _ in range(runs)]
    median, worst = statistics.median(warm), max(warm)
    limit = f"budget {budget:.0f} ms" if budget else "no budget"
    print(f"{label}: cold {cold:.1f} ms, warm median {median:.1f} ms, max {worst:.1f} ms "
          f"({limit}); PDF {out.stat().st_size} bytes")  # fmt: skip
    return budget is None or median <= budget
