"""The long fuzz run of case files (not collected by pytest; the suite runs 2,000 examples).

Mutated example case files (values replaced with hostile ones, keys dropped, renamed,
misspelt or added, values nested deep, a byte-order mark) go through the import loader;
each accepted case through `check` and every letter kind for every visit and pump. Only
the project's own errors may come out. Prints the counts; exit 1 on any other exception.

Run: `.venv/bin/python tests/benchmarks/fuzz_case_files.py [EXAMPLES]` (default 20,000).
"""

from __future__ import annotations

import collections
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from helper.model import ValidationError  # noqa: E402
from helper.model.intake import load_case_text  # noqa: E402
from tests.helper.case_fuzz_support import exercise, mutated_case_texts  # noqa: E402


def main() -> int:
    examples = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    counts: collections.Counter[str] = collections.Counter()
    failures: list[tuple[str, str]] = []
    first_words: collections.Counter[str] = collections.Counter()

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(mutated_case_texts())
    def run(text: str) -> None:
        counts["examples"] += 1
        try:
            loaded = load_case_text(text)
        except ValidationError as error:
            counts["refused"] += 1
            counts["problem lines"] += len(error.errors)
            first_words[_kind_of(error.errors[0])] += 1
            return
        counts["accepted"] += 1
        counts["accepted with warnings"] += bool(loaded.warnings)
        try:
            counts["letters rendered"] += exercise(loaded.case)
        except Exception as error:  # noqa: BLE001 (recorded with its input, reported below)
            failures.append((text, traceback.format_exc()))
            counts["unexpected"] += 1
            raise error

    start = time.perf_counter()
    try:
        run()
    except Exception as error:  # hypothesis re-raises the shrunk failure
        print(f"FAILED after {counts['examples']} examples: {type(error).__name__}: {error}")
        for text, trace in failures[:3]:  # the inputs as first seen, in case replay differs
            print("--- input:", text[:4000])
            print(trace)
        return 1
    seconds = time.perf_counter() - start
    print(f"{examples:,} examples asked, {counts['examples']:,} run in {seconds:.1f} s")
    for key in ("refused", "problem lines", "accepted", "accepted with warnings"):
        print(f"  {key}: {counts[key]:,}")
    print(
        f"  letters rendered (check and all kinds ran on each accepted case): "
        f"{counts['letters rendered']:,}"
    )
    print("  refusals by kind of first problem:")
    for kind, number in first_words.most_common():
        print(f"    {number:>7,}  {kind}")
    print("  unexpected exceptions: 0")
    return 0


def _kind_of(line: str) -> str:
    """The message of a problem line without its field path and value, for counting."""
    message = line.split(": ", 1)[-1]
    for stop in (", got", "; got", " (", ': "', ' "'):
        message = message.split(stop, 1)[0]
    return message[:60]


if __name__ == "__main__":
    sys.exit(main())
