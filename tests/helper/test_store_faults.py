"""Faults around the store: a crash while a backup is written."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from helper.model import Case
from helper.store import Store
from helper.store.backups import backup_dir
from tests.helper.cli_support import ROOT


def make_store(home, example: dict) -> str:
    with Store.open(home) as store:
        return store.add_case(Case.from_dict(example))


def test_a_backup_cut_short_by_a_crash_is_cleaned_up_at_the_next_open(home, example_case_dict):
    make_store(home, example_case_dict)
    with Store.open(home) as store:
        store.set_setting("changed", True)  # so the next open makes a new backup
    # A real process dies (os._exit) halfway through writing a backup: what it leaves.
    crash = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from helper.store.atomic import write_atomic

        def halfway():
            yield "{{" * 1000
            os._exit(9)

        write_atomic(Path({str(backup_dir(home) / "store-20261130-000000-000000.json")!r}), halfway())
        """
    )
    died = subprocess.run([sys.executable, "-c", crash], cwd=ROOT, timeout=60)
    assert died.returncode == 9
    leftovers = list(backup_dir(home).glob(".store-*.tmp"))
    assert len(leftovers) == 1
    kept = sorted(backup_dir(home).glob("store-*.json"))

    with Store.open(home) as store:
        assert len(store.list_cases()) == 1
    assert list(backup_dir(home).glob(".store-*.tmp")) == []
    assert set(kept) <= set(backup_dir(home).glob("store-*.json")), "a real backup was removed"
