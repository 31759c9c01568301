"""A save the disk did not confirm (folder fsync failed after the rename) is shown as
saved, with a notice that says what is true, not as "not saved"."""

from __future__ import annotations

import errno

from PySide6.QtWidgets import QLabel

from helper import files as atomic
from helper.model import Case
from helper.store import Store
from ui import ask
from ui.app import create_main_window


def test_a_rename_the_disk_did_not_confirm_is_kept_and_explained(
    qtbot, home, example_case_dict, monkeypatch
):
    """No disk here fails fsync on demand: the failure is injected at `fsync_dir`, the one
    call that syncs a folder; the rename of the new store file into place is real."""
    with Store.open(home) as store:
        store.set_setting("last_case", store.add_case(Case.from_dict(example_case_dict)))
    window = create_main_window(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    def failing_fsync_dir(folder):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(atomic, "fsync_dir", failing_fsync_dir)
    monkeypatch.setattr(ask, "ask_text", lambda *_args: "Renamed family")
    assert window.rename_case() == "Renamed family"  # no "could not rename" box
    assert window.case_switcher.currentText() == "Renamed family"
    notice = window.findChild(QLabel, "store-warning-notice-message")
    assert notice is not None and notice.isVisible()
    assert notice.text().startswith("Your change was saved to ")
    assert "Input/output error" in notice.text()
    monkeypatch.undo()
    window.close()
    with Store.open(home, read_only=True) as store:
        assert store.list_cases()[0].title == "Renamed family"
