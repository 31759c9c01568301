"""Shared test set-up: headless Qt, a private data folder per test, no blocking dialogs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app follows the system language; tests that want Spanish ask for it.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANGUAGE"] = "en"

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh user data folder; LACTATION_HELPER_HOME points at it."""
    folder = tmp_path / "home"
    monkeypatch.setenv("LACTATION_HELPER_HOME", str(folder))
    return folder


@pytest.fixture
def example_case_dict() -> dict:
    """The example case of shared/spec/case-format.md."""
    return json.loads((FIXTURES / "spec_example.json").read_text(encoding="utf-8"))


@pytest.fixture
def store(home):
    """The store in `home`, open for the test and closed after it."""
    from helper.store import Store

    with Store.open(home) as opened:
        yield opened


@pytest.fixture
def case_file(tmp_path, example_case_dict, home) -> Path:
    """The example case as a JSON file, with a fresh data folder (`home`) set."""
    path = tmp_path / "case.json"
    path.write_text(json.dumps(example_case_dict, indent=2), encoding="utf-8")
    return path
