"""After a crash the app opens on the case list, not on the case that may have caused it,
and says why; after a clean exit it reopens the last case as usual."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from helper.model import Case
from helper.store import Store
from helper.store.run_marker import MARKER_NAME
from tests.ui.ui_support import click
from ui.app import create_main_window

ROOT = Path(__file__).resolve().parents[2]


def two_cases(home: Path, example: dict) -> tuple[str, str]:
    with Store.open(home) as store:
        first = store.add_case(Case.from_dict(example), title="Ana and Leo")
        second = store.add_case(Case.from_dict(example), title="Second family")
        store.set_setting("last_case", second)
    return first, second


def open_window(qtbot, home: Path):
    window = create_main_window(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def crash_the_app(home: Path) -> None:
    """Start the real app (`python -m helper`), wait until its window is up, kill it."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LACTATION_HELPER_HOME=str(home))
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    process = subprocess.Popen(
        [sys.executable, "-m", "helper"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 20
        while not (home / MARKER_NAME).exists():
            assert process.poll() is None, f"the app stopped by itself ({process.returncode})"
            assert time.monotonic() < deadline, "the app did not start within 20 s"
            time.sleep(0.05)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)


def test_a_clean_exit_leaves_no_marker_and_reopens_the_last_case(qtbot, home, example_case_dict):
    _, second = two_cases(home, example_case_dict)
    window = open_window(qtbot, home)
    assert (home / MARKER_NAME).exists(), "the marker is written while the app runs"
    assert window.context.case_id == second
    window.close()
    assert not (home / MARKER_NAME).exists()

    again = open_window(qtbot, home)
    assert again.context.case_id == second
    assert again.findChild(QLabel, "unclean-exit-notice-message") is None
    again.close()


def test_after_a_crash_the_app_opens_on_the_case_list_and_says_why(qtbot, home, example_case_dict):
    first, second = two_cases(home, example_case_dict)
    crash_the_app(home)
    assert (home / MARKER_NAME).exists(), "a killed app cannot remove its marker"

    window = open_window(qtbot, home)
    assert window.context.case_id is None, "the last case was reopened after a crash"
    switcher = window.findChild(QComboBox, "case-switcher")
    assert switcher.currentIndex() == -1 and switcher.count() == 2
    assert switcher.placeholderText() == "Choose a case"
    notice = window.findChild(QLabel, "unclean-exit-notice-message")
    assert notice is not None and notice.isVisible()
    assert notice.text() == (
        "The app did not close properly last time, so it opened without a case: "
        "choose one under “Family / case” above."
    )

    switcher.setCurrentIndex(switcher.findData(first))  # the user picks a case
    assert window.context.case_id == first
    qtbot.waitUntil(lambda: not notice.isVisible())
    window.close()
    assert not (home / MARKER_NAME).exists()

    again = open_window(qtbot, home)  # a clean exit since: back to the last case
    assert again.context.case_id == first
    assert again.findChild(QLabel, "unclean-exit-notice-message") is None
    again.close()


def test_the_notice_can_be_dismissed(qtbot, home, example_case_dict):
    two_cases(home, example_case_dict)
    (home / MARKER_NAME).write_text("12345\n")  # what a crashed run leaves
    window = open_window(qtbot, home)
    notice = window.findChild(QLabel, "unclean-exit-notice-message")
    assert notice.isVisible() and window.context.case_id is None
    click(qtbot, window.findChild(QPushButton, "unclean-exit-notice-dismiss"))
    assert not notice.isVisible()


def test_the_notice_speaks_the_chosen_language(qtbot, home, example_case_dict):
    from ui import i18n

    two_cases(home, example_case_dict)
    with Store.open(home) as store:
        store.set_setting(i18n.SETTING, "es")
    (home / MARKER_NAME).write_text("12345\n")
    try:
        window = open_window(qtbot, home)
        notice = window.findChild(QLabel, "unclean-exit-notice-message")
        assert notice.text().startswith("La aplicación no se cerró bien la última vez")
        assert window.case_switcher.placeholderText() == "Elija un caso"
        window.close()
    finally:
        i18n.install("en")
