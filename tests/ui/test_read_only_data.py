"""A data folder that cannot be written (full or read-only disk): the app says so in a
dialog and opens the data read-only instead of dying with a traceback.

Tests run as root here, where chmod does not stop writes. Two real ways are used instead:
a file where the backups folder goes (the backup made at open then fails with an OSError
from the system, as on a full disk), and, where the system allows mounting, a read-only
bind mount of the data folder (a real read-only file system).
"""

from __future__ import annotations

import contextlib
import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox

import ui.app
from helper.model import Case
from helper.store import STORE_NAME, Store
from helper.store.backups import backup_dir
from helper.store.run_marker import MARKER_NAME
from ui.app import create_main_window


def stored_case(home: Path, example: dict) -> str:
    with Store.open(home) as store:
        case_id = store.add_case(Case.from_dict(example), title="Ana and Leo")
        store.set_setting("last_case", case_id)
    return case_id


def open_window(qtbot, home: Path):
    window = create_main_window(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def check_read_only_window(qtbot, window, case_id: str, reason: str) -> None:
    assert window.context.store.read_only
    assert window.context.case_id == case_id, "the data can be read: the case is shown"
    notice = window.findChild(QLabel, "read-only-notice-message")
    assert notice is not None and notice.isVisible()
    assert reason in notice.text() and "opened read-only" in notice.text()
    dialog = window.findChild(QMessageBox, "read-only-dialog")
    qtbot.waitUntil(lambda: dialog.isVisible())
    assert "opened read-only" in dialog.text()
    assert str(window.context.store.home) in dialog.informativeText()
    dialog.close()
    for row in range(window.nav.count()):  # every page works on read-only data
        window.nav.setCurrentRow(row)
    window.close()


def test_a_backup_that_fails_at_open_gives_a_read_only_window_and_a_dialog(
    qtbot, home, example_case_dict
):
    case_id = stored_case(home, example_case_dict)  # a first open: no backups folder yet
    backup_dir(home).write_text("in the way")
    before = (home / STORE_NAME).read_bytes()

    window = open_window(qtbot, home)
    check_read_only_window(qtbot, window, case_id, "File exists")
    assert (home / STORE_NAME).read_bytes() == before
    assert not (home / MARKER_NAME).exists(), "nothing is written to a read-only store"


@contextlib.contextmanager
def read_only_mount(folder: Path):
    """`folder` remounted read-only over itself; skips the test where mounting is refused."""
    try:
        subprocess.run(
            ["mount", "--bind", str(folder), str(folder)], check=True, capture_output=True
        )
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"cannot bind-mount here (needs root with CAP_SYS_ADMIN): {error}")
    try:
        subprocess.run(
            ["mount", "-o", "remount,ro,bind", str(folder)], check=True, capture_output=True
        )
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True, capture_output=True)


def test_a_read_only_file_system_gives_a_read_only_window_and_a_dialog(
    qtbot, home, example_case_dict
):
    case_id = stored_case(home, example_case_dict)
    with read_only_mount(home):
        window = open_window(qtbot, home)
        check_read_only_window(qtbot, window, case_id, "Read-only file system")


def test_nothing_to_read_and_nothing_writable_is_one_dialog_and_exit_1(
    qtbot, tmp_path, monkeypatch
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder's parent should be")
    monkeypatch.setenv("LACTATION_HELPER_HOME", str(blocker / "home"))
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    assert ui.app.main() == 1
    assert len(shown) == 1
    assert "cannot be written" in shown[0] and "Not a directory" in shown[0]
