"""UI test set-up: any blocking dialog a test did not answer fails the test instead of hanging."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox


def _refuse(*_args, **_kwargs):
    raise AssertionError("a modal dialog was opened that the test did not answer")


@pytest.fixture(autouse=True)
def no_unanswered_modals(monkeypatch):
    for name in ("question", "information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, _refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _refuse)
    monkeypatch.setattr(QMessageBox, "exec", _refuse)
    monkeypatch.setattr(QInputDialog, "getText", _refuse)
