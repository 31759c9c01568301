"""Running `lactation-helper` as a real process with every Qt import made to fail (the CLI
must not need Qt), and reading the one-line error it gives for bad input."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs the CLI with every PySide6/shiboken import made to fail: the CLI must not need Qt.
RUN_WITHOUT_QT = textwrap.dedent(
    """
    import sys

    class BlockQt:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in ("PySide6", "shiboken6"):
                raise ImportError(f"Qt imported by the CLI: {name}")
            return None

    sys.meta_path.insert(0, BlockQt())
    from helper.cli.main import main
    sys.exit(main(sys.argv[1:]))
    """
)


def cli_env(home: Path) -> dict[str, str]:
    """The environment of a CLI process: this source tree, and `home` as the data folder."""
    return {**os.environ, "PYTHONPATH": str(ROOT), "LACTATION_HELPER_HOME": str(home)}


def run_cli(home: Path, *args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """`lactation-helper ARGS...` with Qt blocked; output captured as text."""
    return subprocess.run(
        [sys.executable, "-c", RUN_WITHOUT_QT, *args],
        env=cli_env(home),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def one_line_error(result: subprocess.CompletedProcess, *words: str) -> str:
    """The error line of a run that exited 2 with one line on stderr holding every word."""
    assert result.returncode == 2, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0]
    return lines[0]
