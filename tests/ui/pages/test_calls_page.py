"""The Calls page with a real store: add, edit, delete and undo, search, CSV, PDF, drafts."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QPushButton, QTableView, QWidget

from helper.call_log import calls_from_csv
from helper.model import Call, Case
from helper.store import Store
from tests.helper.pdf_support import pdf_text
from ui import ask
from ui.context import AppContext
from ui.dialogs.call_editor import CallEditor
from ui.models.calls_model import CallsTableModel
from ui.pages.calls import CallsPage

NOW = dt.datetime(2026, 9, 20, 14, 30)


@pytest.fixture
def case_id(store, example_case_dict):
    return store.add_case(Case.from_dict(example_case_dict))


def make_page(qtbot, store, case_id) -> CallsPage:
    context = AppContext(store)
    page = CallsPage(context)
    page.wall_clock = lambda: NOW
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    context.set_case(case_id)
    return page


@pytest.fixture
def page(qtbot, store, case_id) -> CallsPage:
    return make_page(qtbot, store, case_id)


def cells(page: CallsPage, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def open_new_editor(qtbot, page: CallsPage) -> CallEditor:
    qtbot.mouseClick(page.findChild(QPushButton, "calls-new"), Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    return editor


def fill(qtbot, editor: CallEditor, **texts: str) -> None:
    for name, text in texts.items():
        widget = editor.findChild(QWidget, f"call-{name}")
        assert isinstance(widget, QLineEdit | QPlainTextEdit), name
        widget.setFocus()
        widget.clear()
        qtbot.keyClicks(widget, text)


def save(qtbot, editor: CallEditor) -> None:
    with qtbot.waitSignal(editor.finished):
        qtbot.mouseClick(editor.findChild(QPushButton, "call-save"), Qt.MouseButton.LeftButton)


def select_row(page: CallsPage, text: str) -> None:
    for row in range(page.proxy.rowCount()):
        if any(text in (page.proxy.index(row, c).data() or "") for c in range(6)):
            page.table.selectRow(row)
            return
    raise AssertionError(f"no row shows {text!r}")


def test_page_shows_the_stored_calls(page):
    assert page.objectName() == "page-calls"
    table = page.findChild(QTableView, "calls-table")
    assert table.isVisible()
    assert cells(page, 0) == ["Sep 12, 2026 10:05"]
    assert cells(page, 2) == ["Kim (K-77)"]
    assert cells(page, 3) == ["REF-20260912-01"]
    assert cells(page, 5) == ["September 19, 2026"]


def test_empty_state_invites_a_first_call(qtbot, store):
    case_id = store.add_case(Case())
    page = make_page(qtbot, store, case_id)
    empty = page.findChild(type(page.empty), "calls-empty")
    assert empty.isVisible()
    assert empty.text().startswith("No calls yet. Before you call your insurer, press New call")
    assert not page.export_button.isEnabled()


def test_add_edit_delete_and_undo(qtbot, page, store, case_id, monkeypatch):
    editor = open_new_editor(qtbot, page)
    fill(
        qtbot,
        editor,
        **{"rep-name": "Dana", "rep-id": "D-12", "reference": "REF-777", "summary": "Covered."},
    )
    save(qtbot, editor)
    assert "Dana (D-12)" in cells(page, 2)
    stored = {c.reference: c for c in store.list_calls(case_id)}
    assert stored["REF-777"].rep_name == "Dana" and stored["REF-777"].summary == "Covered."
    assert stored["REF-777"].started == NOW

    # Edit: select it, press Edit, change the reference.
    select_row(page, "Dana")
    qtbot.mouseClick(page.findChild(QPushButton, "calls-edit"), Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor.findChild(QLineEdit, "call-reference").text() == "REF-777"
    fill(qtbot, editor, reference="REF-778")
    save(qtbot, editor)
    assert {c.reference for c in store.list_calls(case_id)} == {"REF-20260912-01", "REF-778"}
    assert len(page.model.calls()) == 2

    # Delete (confirmed), then undo brings it back in the table and in the store.
    questions = []
    monkeypatch.setattr(ask, "confirm", lambda parent, title, text: questions.append(text) or True)
    select_row(page, "Dana")
    qtbot.mouseClick(page.findChild(QPushButton, "calls-delete"), Qt.MouseButton.LeftButton)
    assert "Dana (D-12)" in questions[0]
    assert [c.reference for c in store.list_calls(case_id)] == ["REF-20260912-01"]
    assert "Dana (D-12)" not in cells(page, 2)

    page.undo_button.click()
    assert "REF-778" in {c.reference for c in store.list_calls(case_id)}
    assert "Dana (D-12)" in cells(page, 2)
    page.undo_button.click()  # undo the edit
    assert "REF-777" in {c.reference for c in store.list_calls(case_id)}
    page.redo_button.click()
    assert "REF-778" in {c.reference for c in store.list_calls(case_id)}
    page.undo_button.click()
    page.undo_button.click()  # undo the add
    assert [c.reference for c in store.list_calls(case_id)] == ["REF-20260912-01"]
    assert cells(page, 3) == ["REF-20260912-01"]


def test_delete_needs_confirmation(qtbot, page, store, case_id, monkeypatch):
    monkeypatch.setattr(ask, "confirm", lambda *args: False)
    page.table.selectRow(0)
    page.delete_button.click()
    assert len(store.list_calls(case_id)) == 1


def test_keyboard_shortcuts(qtbot, page, store, case_id, monkeypatch):
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is not None
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    page.editor.reject()
    assert page.editor is None
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.editor is not None and page.editor.original.reference == "REF-20260912-01"
    page.editor.reject()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert store.list_calls(case_id) == []
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(store.list_calls(case_id)) == 1


def add_calls(store, case_id, calls):
    for call in calls:
        store.add_call(case_id, call)


def test_search_filters_on_every_field_as_you_type(qtbot, store, case_id):
    add_calls(
        store,
        case_id,
        [
            Call(started=dt.datetime(2026, 9, 14, 9, 0), department="Claims", rep_name="Lee",
                 reference="CLM-55", summary="Claim reprocessing promised."),
            Call(started=dt.datetime(2026, 9, 16, 9, 0), department="Appeals", rep_name="Sam",
                 summary="Appeal received.", outcome="Decision within 30 days"),
        ],
    )  # fmt: skip
    page = make_page(qtbot, store, case_id)
    search = page.findChild(QLineEdit, "calls-search")
    qtbot.keyClicks(search, "clm")
    assert cells(page, 3) == ["CLM-55"]
    search.clear()
    qtbot.keyClicks(search, "DECISION 30")  # outcome words, any case, all must match
    assert cells(page, 2) == ["Sam"]
    search.clear()
    qtbot.keyClicks(search, "appeal kim")  # "appeal" is in two calls, "kim" only in one
    assert cells(page, 2) == ["Kim (K-77)"]
    qtbot.keyClicks(search, " nobody")
    assert cells(page, 0) == []
    assert "No calls match" in page.count_label.text()
    search.clear()
    assert len(cells(page, 0)) == 3


def test_sorting_by_columns_dates_as_dates(qtbot, store, case_id):
    add_calls(
        store,
        case_id,
        [
            Call(started=dt.datetime(2026, 10, 2, 9, 0), rep_name="Zed"),
            Call(started=dt.datetime(2026, 9, 2, 9, 0), rep_name="amy",
                 follow_up=dt.date(2026, 12, 1)),
        ],
    )  # fmt: skip
    page = make_page(qtbot, store, case_id)
    assert cells(page, 0) == ["Oct 2, 2026 09:00", "Sep 12, 2026 10:05", "Sep 2, 2026 09:00"]
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert cells(page, 0) == ["Sep 2, 2026 09:00", "Sep 12, 2026 10:05", "Oct 2, 2026 09:00"]
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    assert cells(page, 2) == ["amy", "Kim (K-77)", "Zed"]
    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
    assert cells(page, 5) == ["September 19, 2026", "December 1, 2026", ""]


def test_csv_export_parses_back_to_the_same_calls(page, store, case_id, tmp_path, monkeypatch):
    target = tmp_path / "calls"
    monkeypatch.setattr(ask, "save_file", lambda *args: str(target))
    page.findChild(QPushButton, "calls-export-csv").click()
    written = target.with_suffix(".csv")
    text = written.read_text(encoding="utf-8-sig")
    assert calls_from_csv(text) == store.list_calls(case_id)


def test_pdf_holds_rep_names_and_reference_numbers(page, store, case_id, tmp_path, monkeypatch):
    add_calls(store, case_id, [Call(started=dt.datetime(2026, 9, 15, 8, 0), rep_name="Lee",
                                    rep_id="L-9", reference="REF-LEE-42")])  # fmt: skip
    page.context.notify_calls_changed()  # what code that writes calls to the store does
    target = tmp_path / "log.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *args: str(target))
    page.findChild(QPushButton, "calls-pdf").click()
    text = pdf_text(target)
    for words in ["Kim (K-77)", "REF-20260912-01", "Lee (L-9)", "REF-LEE-42", "Ana Ruiz"]:
        assert words in text


def test_print_opens_a_preview_without_blocking(qtbot, page):
    page.findChild(QPushButton, "calls-print").click()
    preview = page.preview
    assert preview.objectName() == "print-preview"
    qtbot.waitUntil(preview.isVisible)
    preview.close()


def test_draft_comes_back_after_closing_without_saving(qtbot, home, case_id, store):
    page = make_page(qtbot, store, case_id)
    editor = open_new_editor(qtbot, page)
    fill(qtbot, editor, **{"rep-name": "Pat", "summary": "Said to fax the superbill."})
    # The window goes away without Save (the laptop lid, a crash after the debounce).
    page.close()
    assert store.get_draft("call", f"new-{case_id}")["call"]["rep_name"] == "Pat"
    editor.hide()
    store.close()

    reopened = Store.open(home)
    try:
        fresh = make_page(qtbot, reopened, case_id)
        bar = fresh.findChild(type(fresh.draft_bar), "calls-draft-bar")
        assert bar.isVisible()
        assert "You have an unsaved call from Sep 20, 2026 14:30" in fresh.draft_text.text()
        fresh.findChild(QPushButton, "calls-draft-restore").click()
        restored = fresh.editor
        assert restored.findChild(QLineEdit, "call-rep-name").text() == "Pat"
        summary = restored.findChild(QPlainTextEdit, "call-summary").toPlainText()
        assert summary == "Said to fax the superbill."
        assert not bar.isVisible()
        save(qtbot, restored)
        assert reopened.list_drafts("call") == []
        assert "Pat" in {c.rep_name for c in reopened.list_calls(case_id)}
    finally:
        fresh.close()
        reopened.close()


def test_draft_is_saved_as_you_type(qtbot, page, store):
    editor = open_new_editor(qtbot, page)
    fill(qtbot, editor, reference="REF-1")
    qtbot.waitUntil(lambda: store.get_draft("call", editor.key) is not None, timeout=3000)
    assert store.get_draft("call", editor.key)["call"]["reference"] == "REF-1"


def test_discarding_a_leftover_draft_asks_first(qtbot, page, store, case_id, monkeypatch):
    store.save_draft(
        "call",
        f"new-{case_id}",
        {"case_id": case_id, "call": {"started": "2026-09-18T11:00:00"}, "ticked": []},
    )
    page.refresh()
    assert "Sep 18, 2026 11:00" in page.draft_text.text()
    monkeypatch.setattr(ask, "confirm", lambda *args: False)
    page.draft_discard.click()
    assert store.list_drafts("call") != []
    monkeypatch.setattr(ask, "confirm", lambda *args: True)
    page.draft_discard.click()
    assert store.list_drafts("call") == [] and not page.draft_bar.isVisible()


def test_table_model_passes_qt_model_tester(qtmodeltester, example_case_dict):
    model = CallsTableModel()
    calls = Case.from_dict(example_case_dict).calls + [
        Call(id="c2", started=dt.datetime(2026, 9, 1, 8, 0), summary="x" * 400),
        Call(id="c3", started=dt.datetime(2026, 9, 3, 8, 0), follow_up=dt.date(2026, 9, 9)),
    ]
    model.set_calls(calls)
    qtmodeltester.check(model)
    model.sort(5)
    model.add_call(Call(id="c4", started=dt.datetime(2026, 9, 4, 8, 0)))
    model.remove_call("c2")
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_a_hidden_page_reads_the_calls_when_shown(qtbot, store, case_id):
    context = AppContext(store)
    page = CallsPage(context)
    qtbot.addWidget(page)
    context.set_case(case_id)
    assert page.model.rowCount() == 0  # not read while nobody looks
    page.show()
    assert cells(page, 3) == ["REF-20260912-01"]
    store.add_call(case_id, Call(started=dt.datetime(2026, 9, 30, 9, 0), reference="REF-NEW"))
    context.case_edited.emit(case_id)
    assert "REF-NEW" in cells(page, 3)
