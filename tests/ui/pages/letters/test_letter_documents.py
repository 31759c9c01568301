"""Attaching documents from the Letters page: choose a file, say what it is; it is listed
and goes into the packet. A file that is not a PDF or photo is refused in one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLabel, QLineEdit, QListWidget

from helper.model import Case
from tests.helper.documents_support import make_pdf
from ui import ask
from ui.context import AppContext
from ui.pages.letters import LettersPage


@pytest.fixture
def page(qtbot, store, example_case_dict):
    case_id = store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
    context = AppContext(store)
    page = LettersPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    context.set_case(case_id)
    page.choose_kind("aca_appeal")
    return page


def attach(page, qtbot, monkeypatch, path, kind="eob", title=None, only_visit=None):
    monkeypatch.setattr(ask, "open_file", lambda *a, **k: str(path))
    qtbot.mouseClick(page.findChild(type(page.documents.attach_button), "letters-attach"),
                     Qt.MouseButton.LeftButton)  # fmt: skip
    dialog = page.findChild(QDialog, "attach-dialog")
    assert dialog is not None and dialog.isVisible()
    combo = dialog.findChild(QComboBox, "attach-kind")
    combo.setCurrentIndex(combo.findData(kind))
    if title is not None:
        dialog.findChild(QLineEdit, "attach-title").setText(title)
    if only_visit is not None:
        dialog.findChild(QCheckBox, "attach-visit-only").setChecked(only_visit)
    dialog.accept()


def listed(page) -> list[str]:
    widget = page.findChild(QListWidget, "letters-documents")
    return [widget.item(i).text() for i in range(widget.count())]


def test_an_attached_eob_is_listed_stored_and_said(page, qtbot, monkeypatch, tmp_path):
    assert listed(page) == ["None yet."]
    attach(page, qtbot, monkeypatch, make_pdf(tmp_path / "eob-sept.pdf"), "eob", "September EOB")
    documents = page.context.case().documents
    assert [(d.kind, d.title, d.visit) for d in documents] == [("eob", "September EOB", None)]
    assert listed(page) == ["Explanation of benefits (EOB): September EOB"]
    status = page.findChild(QLabel, "letters-status")
    assert status.property("ok") is True and "September EOB" in status.text()


def test_a_document_can_be_about_the_visit_chosen_on_the_page(page, qtbot, monkeypatch, tmp_path):
    combo = page.findChild(QComboBox, "letters-visit")
    combo.setCurrentIndex(combo.findData("v1"))
    attach(page, qtbot, monkeypatch, make_pdf(tmp_path / "denial.pdf"), "denial_letter")
    assert [d.visit for d in page.context.case().documents] == ["v1"]
    assert listed(page) == ["Denial letter: denial · about the visit of August 15, 2026"]


def test_a_file_that_is_not_a_pdf_or_photo_is_refused(page, qtbot, monkeypatch, tmp_path):
    notes = tmp_path / "notes.pdf"
    notes.write_text("just notes")
    attach(page, qtbot, monkeypatch, notes)
    status = page.findChild(QLabel, "letters-status")
    assert status.property("ok") is False
    assert "Not attached" in status.text() and "not a PDF, PNG or JPEG" in status.text()
    assert page.context.case().documents == []


def test_cancelling_the_file_choice_attaches_nothing(page, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "open_file", lambda *a, **k: "")
    page.documents.choose_file()
    assert page.findChild(QDialog, "attach-dialog") is None
    assert page.context.case().documents == []
