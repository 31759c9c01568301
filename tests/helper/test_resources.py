"""Shipped data and letters are found in a checkout, a wheel and a PyInstaller bundle."""

from __future__ import annotations

import sys

from helper import resources


def test_checkout_finds_top_level_folders():
    assert (resources.data_dir() / "checklist.json").is_file()
    assert any(resources.letters_dir().rglob("*.j2"))


def test_bundle_finds_folders_under_meipass(monkeypatch, tmp_path):
    (tmp_path / "helper" / "_data").mkdir(parents=True)
    (tmp_path / "helper" / "_letters").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.bundle_dir() == tmp_path
    assert resources.data_dir() == tmp_path / "helper" / "_data"
    assert resources.letters_dir() == tmp_path / "helper" / "_letters"


def test_not_frozen_has_no_bundle(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert resources.bundle_dir() is None
