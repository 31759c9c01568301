"""Text the user typed is shown as typed: an insurer named `<h1>BIG</h1>` is not drawn as a
heading. Every label on every page is checked over a case whose typed fields hold HTML."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit

from helper.model import Case
from helper.store import Store
from ui.app import create_main_window
from ui.pages.letters.facts_form import field_name

TAG = "<h1>BIG</h1>"


def html_case(example: dict) -> dict:
    data = copy.deepcopy(example)
    data["member"]["name"] = f"Ana {TAG}"
    data["baby"]["name"] = f"Leo {TAG}"
    data["plan"]["insurer"] = f"Insurer {TAG}"
    data["plan"]["plan_name"] = f"Plan {TAG}"
    visit = data["visits"][0]
    visit["provider"]["name"] = f"Jo {TAG}"
    visit["claim"]["denial_reason"] = f"Reason {TAG}"
    call = data["calls"][0]
    call["rep_name"] = f"Kim {TAG}"
    call["summary"] = f"Summary {TAG}"
    call["outcome"] = f"Outcome {TAG}"
    call["department"] = f"Dept {TAG}"
    return data


def rich_labels_with_user_html(window) -> list[str]:
    """Labels that hold the typed tag and would draw it as HTML."""
    found = []
    for label in window.findChildren(QLabel):
        if TAG in label.text() and label.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"{label.objectName() or type(label.parent()).__name__}: {label.text()!r}")
    return found


def test_no_page_draws_typed_html(qtbot, home, example_case_dict):
    with Store.open(home) as store:
        case_id = store.add_case(Case.from_dict(html_case(example_case_dict)), title=f"Case {TAG}")
        store.set_setting("last_case", case_id)
    window = create_main_window(home)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    offenders: dict[str, list[str]] = {}
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        found = rich_labels_with_user_html(window)
        if found:
            offenders[window.current_page().name] = found
    # the Letters page with a letter made: "To: <insurer> — <address>"
    window.show_page("letters")
    letters = window.current_page()
    letters.choose_kind("aca_appeal")
    address = letters.findChild(QPlainTextEdit, field_name("recipient.address"))
    address.setPlainText(f"Appeals {TAG}\nPO Box 1\nAlbuquerque, NM 87125")
    qtbot.waitUntil(lambda: letters.letter is not None)
    recipient = letters.findChild(QLabel, "letters-recipient")
    assert TAG in recipient.text()
    found = rich_labels_with_user_html(window)
    if found:
        offenders["letters with a letter"] = found
    assert offenders == {}
