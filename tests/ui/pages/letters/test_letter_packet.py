"""Save packet… on the Letters page: one PDF with the cover sheet, the letter, the call log
and the documents attached to the case, read back with pypdf."""

from __future__ import annotations

import pypdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QPushButton

from helper.documents import attach_document
from helper.model import Case
from tests.helper.documents_support import make_pdf, make_photo
from tests.helper.pdf_support import normalised
from ui import ask
from ui.context import AppContext
from ui.pages.letters import LettersPage
from ui.pages.letters.facts_form import field_name


def open_page(qtbot, store, case_dict, tmp_path):
    case_id = store.add_case(Case.from_dict(case_dict), title="Ana and Leo")
    attach_document(store, case_id, make_pdf(tmp_path / "eob.pdf", 3), "eob", "v1", "EOB")
    attach_document(store, case_id, make_photo(tmp_path / "rx.jpg"), "prescription", title="Rx")
    context = AppContext(store)
    page = LettersPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    context.set_case(case_id)
    page.choose_kind("aca_appeal")
    page.findChild(QPlainTextEdit, field_name("recipient.address")).setPlainText(
        "Appeals Unit\nPO Box 27630\nAlbuquerque, NM 87125"
    )
    qtbot.waitUntil(lambda: page.letter is not None)
    return page


def test_save_packet_writes_cover_letter_call_log_and_documents(
    qtbot, store, example_case_dict, tmp_path, monkeypatch
):
    page = open_page(qtbot, store, example_case_dict, tmp_path)
    target = tmp_path / "out" / "packet"
    target.parent.mkdir()
    asked = []

    def save_file(parent, title, filters, suggested=""):
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(ask, "save_file", save_file)
    button = page.findChild(QPushButton, "letters-packet")
    assert button.isEnabled() and button.text() == "Save packet…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert asked == ["aca_appeal-C-0001-packet.pdf"]
    saved = target.with_name("packet.pdf")
    assert saved.stat().st_mode & 0o777 == 0o600
    texts = [normalised(p.extract_text()) for p in pypdf.PdfReader(saved).pages]
    total = len(texts)
    assert f"{total} pages in all" in texts[0] and "Appeals Unit" in texts[0]
    assert "To whom it may concern" in texts[1]
    assert any("Calls with the insurer" in text for text in texts)
    assert [t.strip() for t in texts if "EXPLANATION OF BENEFITS" in t][0] == (
        "EXPLANATION OF BENEFITS sheet 1 of 3"
    )
    assert "Prescription: Rx" in texts[-1] and f"Page {total} of {total}" in texts[-1]
    status = page.findChild(QLabel, "letters-status")
    assert status.property("ok") is True and "packet" in status.text()
    records = [r for r in page.context.store.list_letters(page.context.case_id) if r.id != "l1"]
    assert [(r.kind, r.method) for r in records] == [("aca_appeal", "pdf")]


def test_a_missing_document_keeps_the_letter_and_says_why(
    qtbot, store, example_case_dict, tmp_path, monkeypatch
):
    page = open_page(qtbot, store, example_case_dict, tmp_path)
    for path in (store.home / "documents").rglob("d-1.pdf"):
        path.unlink()
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: str(tmp_path / "packet.pdf"))
    qtbot.mouseClick(page.findChild(QPushButton, "letters-packet"), Qt.MouseButton.LeftButton)
    status = page.findChild(QLabel, "letters-status")
    assert status.property("ok") is False
    assert "Could not save the packet" in status.text() and "d-1.pdf" in status.text()
    assert page.letter is not None and not (tmp_path / "packet.pdf").exists()
