"""The app started as a user starts it (`python -m helper`, offscreen) prints nothing on
stderr but Qt's own offscreen notice: no traceback, no Qt warning, no Python warning."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from helper.model import Case
from helper.store import Store

ROOT = Path(__file__).resolve().parents[2]
RUN_SECONDS = 3
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


def stderr_of_a_run(home: Path) -> list[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["LACTATION_HELPER_HOME"] = str(home)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    process = subprocess.Popen(
        [sys.executable, "-X", "dev", "-m", "helper"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        _, err = process.communicate(timeout=RUN_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()  # still running, as it should be: the user has not closed it
        _, err = process.communicate()
    else:
        pytest.fail(f"the app stopped by itself (exit {process.returncode}):\n{err}")
    return [line for line in err.splitlines() if line.strip()]


def test_first_start_prints_nothing(tmp_path):
    lines = stderr_of_a_run(tmp_path / "fresh")
    assert [line for line in lines if line != OFFSCREEN_NOTICE] == []


def test_start_with_a_case_prints_nothing(tmp_path, example_case_dict):
    home = tmp_path / "with-case"
    with Store.open(home) as store:
        store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
        store.set_setting("last_page", "calls")
    lines = stderr_of_a_run(home)
    assert [line for line in lines if line != OFFSCREEN_NOTICE] == []
