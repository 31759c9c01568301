"""Settings > Your data: the folder, Back up now, and restoring a backup (after a yes)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton

import ui.pages
import ui.settings
from helper.model import Case
from helper.store import Store
from ui import ask
from ui.app import create_main_window
from ui.pages.settings import SettingsPage
from ui.settings.base import SettingsSection
from ui.settings.data_section import DataSection


@pytest.fixture
def settings_only(monkeypatch):
    monkeypatch.setattr(ui.pages, "page_entries", lambda: [SettingsPage])


@pytest.fixture
def window(qtbot, home, settings_only):
    with Store.open(home) as store:
        store.add_case(
            Case.from_dict({"format": "lactation-case/1", "member": {"name": "Ana"}}),
            title="Ana and Leo",
        )
    win = create_main_window(home)
    qtbot.addWidget(win)
    win.show()
    win.show_page("settings")
    return win


def data_section(win):
    page = win.page("settings")
    assert page is not None and page.objectName() == "page-settings"
    section = page.section("data")
    assert section is not None and section.objectName() == "settings-data"
    return section


def click(qtbot, section, name):
    button = section.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def backups_shown(section) -> int:
    return section.findChild(QListWidget, "data-backups").count()


def test_data_section_shows_where_the_data_lives(qtbot, window, home, monkeypatch):
    section = data_section(window)
    assert section.findChild(QLabel, "data-folder-path").text() == str(home)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    click(qtbot, section, "data-open-folder")
    assert opened[0].toLocalFile() == str(home)
    assert "copy the whole folder" in section.findChild(QLabel, "data-how-to-back-up").text()


def test_back_up_now_adds_a_backup_once_per_change(qtbot, window):
    section = data_section(window)
    click(qtbot, section, "data-backup-now")
    after = backups_shown(section)
    assert after >= 1
    click(qtbot, section, "data-backup-now")  # nothing changed since: no duplicate
    assert backups_shown(section) == after
    assert "already holds" in section.status.text()
    window.context.store.add_case(Case.from_dict({"format": "lactation-case/1"}), title="Two")
    click(qtbot, section, "data-backup-now")
    assert backups_shown(section) == after + 1
    assert section.status.text() == "Backup made."


def test_restore_asks_first_then_brings_the_backup_back(qtbot, window, monkeypatch):
    section = data_section(window)
    click(qtbot, section, "data-backup-now")  # holds only "Ana and Leo"
    store = window.context.store
    store.add_case(Case.from_dict({"format": "lactation-case/1"}), title="Added later")
    window.context.cases_listed.emit()
    assert window.case_switcher.count() == 2
    section.refresh()
    section.backup_list.setCurrentRow(0)  # newest first: the one just made

    questions = []
    monkeypatch.setattr(ask, "confirm", lambda _p, _t, text: questions.append(text) or False)
    click(qtbot, section, "data-restore")
    assert len(questions) == 1
    assert len(store.list_cases()) == 2  # "no" changes nothing

    monkeypatch.setattr(ask, "confirm", lambda *_a: True)
    click(qtbot, section, "data-restore")
    assert [s.title for s in store.list_cases()] == ["Ana and Leo"]
    assert window.case_switcher.count() == 1
    assert window.context.case_id == store.list_cases()[0].id
    assert section.status.text() == "Backup restored."


def test_the_page_shows_the_sections_listed(qtbot, home, settings_only, monkeypatch):
    class NoteSection(SettingsSection):
        name = "note"
        title = "A note"

    monkeypatch.setattr(ui.settings, "settings_sections", lambda: [DataSection, NoteSection])
    win = create_main_window(home)
    qtbot.addWidget(win)
    names = [s.name for s in win.page("settings").sections]
    assert names == ["data", "note"]
