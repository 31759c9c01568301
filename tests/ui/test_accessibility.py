"""Screen-reader names and colour-free messages across the whole app: every page of the
real window over a realistic case, every letter's form, and every dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
)

from tests.ui.ui_support import example_window
from ui.accessibility import interactive_widgets, unnamed_controls
from ui.dialogs.password_dialog import PasswordDialog
from ui.widgets.recovery_banner import RecoveryBanner

ALL_PAGES = ["home", "checklist", "coverage", "calls", "letters", "codes", "settings"]


@pytest.fixture
def window(qtbot, home, example_case_dict):
    return example_window(qtbot, home, example_case_dict, title="Ana and Leo")


def open_every_page(qtbot, win) -> list[str]:
    shown = []
    for page in win.pages:
        assert win.show_page(page.name)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        shown.append(page.name)
    return shown


def open_every_dialog(qtbot, win) -> list[QDialog]:
    """The set-up, call, visit and equipment editors, and the password question."""
    dialogs: list[QDialog] = [win.open_new_case()]
    win.show_page("calls")
    calls = win.page("calls")
    calls.select_call(win.context.case().calls[0].id)
    dialogs.append(calls.edit_selected())
    win.show_page("coverage")
    coverage = win.page("coverage")
    dialogs.append(coverage.edit_visit(0))
    dialogs.append(coverage.edit_equipment(0))
    dialogs.append(coverage.findChild(QPushButton, "coverage-find-plan-type").open_finder())
    password = PasswordDialog("ana@example.org", can_remember=True, parent=win)
    password.open()
    dialogs.append(password)
    assert all(dialog is not None for dialog in dialogs)
    return dialogs  # children of the window: they close with it


def test_every_page_has_been_built(window, qtbot):
    assert open_every_page(qtbot, window) == ALL_PAGES
    assert window.broken_pages == []


def test_every_control_on_every_page_has_a_name_and_a_description(window, qtbot):
    open_every_page(qtbot, window)
    controls = interactive_widgets(window)
    assert len(controls) > 60  # the walk really reached the pages' controls
    problems = unnamed_controls([window])
    assert not problems, "Controls without an accessible name or description:\n" + "\n".join(
        problems
    )


def test_every_letter_form_names_its_fields(window, qtbot):
    window.show_page("letters")
    letters = window.page("letters")
    kinds = [letters._kind_at(row) for row in range(letters.kind_list.count())]
    assert len(kinds) >= 3
    problems: list[str] = []
    for kind in kinds:
        letters.choose_kind(kind)
        problems += [f"{kind}: {line}" for line in unnamed_controls([letters])]
    assert not problems, "Letter form fields without a name:\n" + "\n".join(problems)


def test_every_dialog_names_its_controls(window, qtbot):
    dialogs = open_every_dialog(qtbot, window)
    names = {dialog.objectName() for dialog in dialogs}
    assert {"setup-dialog", "call-editor", "equipment-editor", "password-dialog"} <= names
    assert "plan-finder-dialog" in names
    problems = unnamed_controls(dialogs)
    assert not problems, "Dialog controls without an accessible name:\n" + "\n".join(problems)
    for dialog in dialogs:
        assert dialog.accessibleName(), dialog.objectName()
        dialog.reject()


def test_the_visit_editor_names_every_claim_line(window, qtbot):
    window.show_page("coverage")
    editor = window.page("coverage").edit_visit(0)
    editor.form.add_line(None)
    problems = unnamed_controls([editor])
    assert not problems, "\n".join(problems)
    editor.reject()


def test_the_recovery_banner_names_its_buttons(qtbot, tmp_path):
    banner = RecoveryBanner(tmp_path / "store.json.corrupt", tmp_path / "backup.json")
    qtbot.addWidget(banner)
    assert interactive_widgets(banner)
    assert unnamed_controls([banner]) == []


def untied_form_labels(root) -> list[str]:
    """Form rows whose label is not tied to the field next to it (no buddy)."""
    found = []
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = label_item.widget() if label_item else None
            field = field_item.widget() if field_item else None
            if not isinstance(label, QLabel) or not label.text().strip() or field is None:
                continue
            if interactive_widgets(field) and label.buddy() is None:
                found.append(f"{label.text()!r} -> {field.objectName() or type(field).__name__}")
    return found


def test_labels_are_tied_to_their_fields(window, qtbot):
    """A label beside a field names it for screen readers and gives it its Alt+key."""
    dialogs = open_every_dialog(qtbot, window)
    open_every_page(qtbot, window)
    untied: list[str] = []
    for root in [window, *dialogs]:
        untied += untied_form_labels(root)
        for label in root.findChildren(QLabel):
            buddy = label.buddy()
            if buddy is not None and not buddy.accessibleName():
                untied.append(f"{label.text()!r}: its field has no name")
    assert untied == [], "\n".join(untied)
    for dialog in dialogs:
        dialog.reject()


def test_text_boxes_let_tab_move_on(window, qtbot):
    """No keyboard trap: Tab leaves every box you can type in."""
    dialogs = open_every_dialog(qtbot, window)
    open_every_page(qtbot, window)
    trapping = [
        edit.objectName() or type(edit).__name__
        for root in [window, *dialogs]
        for edit in root.findChildren(QPlainTextEdit) + root.findChildren(QTextEdit)
        if not edit.isReadOnly() and not edit.tabChangesFocus()
    ]
    assert trapping == []
    for dialog in dialogs:
        dialog.reject()


def test_error_messages_are_words_not_only_colour(window, qtbot):
    window.show_page("coverage")
    coverage = window.page("coverage")
    dialogs = [coverage.edit_visit(0)]
    dialogs.append(coverage.edit_equipment(0))
    # A save with a problem says what is wrong in the error label's own words.
    equipment = dialogs[1]
    equipment.on_save = lambda _item: ["Code: must be a HCPCS code like E0603"]
    equipment.save()
    errors = equipment.findChild(QLabel, "equipment-errors")
    assert errors.isVisible()
    assert errors.text().startswith("Please fix:")
    assert "E0603" in errors.text()
    equipment.reject()


def test_required_fields_are_explained_in_words(window, qtbot):
    dialog = window.open_new_case()
    intro = dialog.findChild(QLabel, "setup-intro")
    assert "*" in intro.text() and "needed" in intro.text()
    starred = [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.buddy() is not None and label.text().rstrip(": ").endswith("*")
    ]
    assert len(starred) >= 3, starred
    dialog.reject()


def test_navigation_entries_have_text_and_tooltips(window):
    assert window.nav.accessibleName() and window.nav.accessibleDescription()
    for row in range(window.nav.count()):
        item = window.nav.item(row)
        assert item.text() and item.toolTip(), row
