"""Faults around the store: a crash while a backup is written, a folder that cannot be
written, a disk that does not confirm a save."""

from __future__ import annotations

import errno
import json
import subprocess
import sys
import textwrap

import pytest

from helper import files as atomic
from helper.model import Case
from helper.store import STORE_NAME, Store, StoreError, StoreNotWritable
from helper.store.backups import backup_dir
from helper.store.lock import WriterLock
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
        from helper.files import write_private

        def halfway():
            yield "{{" * 1000
            os._exit(9)

        write_private(Path({str(backup_dir(home) / "store-20261130-000000-000000.json")!r}), halfway())
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


def test_a_backups_folder_that_cannot_be_made_opens_read_only_with_a_clear_reason(
    home, example_case_dict
):
    """As root, chmod does not stop writes; a file where the backups folder goes makes the
    backup at open fail with a real OSError from the system, as a full disk would."""
    case_id = make_store(home, example_case_dict)  # a first open: no backup made yet
    folder = backup_dir(home)
    assert not folder.exists()
    folder.write_text("not a folder")
    before = (home / STORE_NAME).read_bytes()

    with pytest.raises(StoreNotWritable) as raised:
        Store.open(home)
    message = str(raised.value)
    assert str(home) in message and "cannot be written" in message
    assert "\n" not in message and "Traceback" not in message
    lock = WriterLock(home)  # the failed open let go of the lock
    lock.acquire()
    lock.release()
    # the data can still be read
    with Store.open(home, read_only=True) as store:
        assert store.get_case(case_id).member.name == "Ana Ruiz"
        with pytest.raises(StoreError, match="read-only"):
            store.set_setting("x", 1)
    assert (home / STORE_NAME).read_bytes() == before


def test_a_save_the_disk_does_not_confirm_is_reported_as_saved(
    home, example_case_dict, monkeypatch
):
    """A folder fsync that fails after the rename: the new file is in place. No disk here
    fails fsync on demand, so the failure is injected at `fsync_dir`, the one call that
    syncs a folder; the rename and everything else are real."""
    case_id = make_store(home, example_case_dict)
    heard: list[str] = []

    def failing_fsync_dir(folder):
        raise OSError(errno.EIO, "Input/output error")

    with Store.open(home) as store:
        store.on_warning(heard.append)
        monkeypatch.setattr(atomic, "fsync_dir", failing_fsync_dir)
        store.rename_case(case_id, "Renamed")  # no error: it was saved
        assert store.list_cases()[0].title == "Renamed"
        store.set_setting("after", 1)  # and the store goes on working
        monkeypatch.undo()
    assert len(heard) >= 2  # one per write
    assert "Your change was saved to" in heard[0]
    assert "Input/output error" in heard[0]
    assert "not saved" not in heard[0]
    tables = json.loads((home / STORE_NAME).read_text(encoding="utf-8"))
    assert [doc["title"] for doc in tables["cases"].values()] == ["Renamed"]
    with Store.open(home) as store:
        assert store.list_cases()[0].title == "Renamed"
        assert store.get_setting("after") == 1


def test_without_a_listener_an_unconfirmed_save_is_a_warning(home, monkeypatch):
    def failing_fsync_dir(folder):
        raise OSError(errno.EIO, "Input/output error")

    with Store.open(home) as store:
        monkeypatch.setattr(atomic, "fsync_dir", failing_fsync_dir)
        with pytest.warns(RuntimeWarning, match="Your change was saved"):
            store.set_setting("x", 1)
