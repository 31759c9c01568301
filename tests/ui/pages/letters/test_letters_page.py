"""The Letters page: choosing a letter, filling missing facts, the preview, Save PDF, print,
mail app, web form, edit template, history, and refreshing when the case changes."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
)

from helper.model import Case
from tests.helper.pdf_support import normalised, pdf_text
from ui import ask
from ui.context import AppContext
from ui.pages.letters import DRAFT_KIND, LettersPage
from ui.pages.letters.facts_form import field_name

ACA_MARKERS = ("300gg-13", "147.130", "2590.715-2713", "Affordable Care Act")
APPEALS_ADDRESS = "Appeals Unit\nPO Box 27630\nAlbuquerque, NM 87125"


@pytest.fixture
def opened_urls(monkeypatch):
    """What the page asks the desktop to open (browser, mail app, file manager)."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toString())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return urls


def make_page(qtbot, store, case_dict, title="Ana and Leo"):
    case_id = store.add_case(Case.from_dict(case_dict), title=title)
    context = AppContext(store)
    page = LettersPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    context.set_case(case_id)
    return page, case_id


@pytest.fixture
def page(qtbot, store, example_case_dict):
    page, _ = make_page(qtbot, store, example_case_dict)
    return page


def preview_text(page) -> str:
    return normalised(page.findChild(QTextBrowser, "letters-preview").toPlainText())


def made(page):
    """Letter records made on the page (the example case already holds one, "l1")."""
    records = page.context.store.list_letters(page.context.case_id)
    return [r for r in records if r.id != "l1"]


def fill_address(page, qtbot, address=APPEALS_ADDRESS):
    field = page.findChild(QPlainTextEdit, field_name("recipient.address"))
    assert field is not None, "the page should ask where the letter goes"
    field.setFocus()
    field.setPlainText(address)
    qtbot.waitUntil(lambda: page.letter is not None)


def test_page_shows_suggestions_first_and_the_disclaimer(page):
    assert page.objectName() == "page-letters"
    kinds = page.findChild(QListWidget, "letters-kind")
    first = kinds.item(0).text()
    assert "Suggested for your case" in first
    assert "Appeal" in first and "\n" in first  # the title, then what it is for
    texts = [kinds.item(i).text() for i in range(kinds.count())]
    assert not any("Suggested" in t for t in texts[5:])  # plan_appeal, external review
    disclaimer = page.findChild(QLabel, "letters-disclaimer")
    assert disclaimer.text() == "This is information, not legal advice."
    assert disclaimer.isVisible()
    assert "not legal advice" not in preview_text(page)


def test_choosing_a_kind_shows_the_letter_with_name_and_claim(page):
    page.choose_kind("regulator_complaint")
    text = preview_text(page)
    assert "Ana Ruiz" in text
    assert "C-0001" in text
    assert "not legal advice" not in text
    recipient = page.findChild(QLabel, "letters-recipient").text()
    assert "New Mexico Office of Superintendent of Insurance" in recipient
    assert page.findChild(QPushButton, "letters-print").isEnabled()


def test_missing_facts_are_asked_and_filling_them_makes_the_letter(page, qtbot, store):
    page.choose_kind("aca_appeal")
    assert page.letter is None and page.draft is not None
    text = preview_text(page)
    assert "Ana Ruiz" in text and "C-0001" in text  # the letter at once, with its blank
    assert "[Where should this letter go?" in text
    assert not page.findChild(QPushButton, "letters-pdf").isEnabled()
    where = page.findChild(QLabel, "letters-fact-where-recipient.address")
    assert "Explanation of Benefits" in where.text()

    fill_address(page, qtbot)
    text = preview_text(page)
    assert "PO Box 27630" in text and "Ana Ruiz" in text and "C-0001" in text
    assert "REF-20260912-01" in text and "Kim" in text
    assert "300gg-13" in text
    assert page.findChild(QPushButton, "letters-pdf").isEnabled()
    deadline = page.findChild(QLabel, "letters-deadline").text()
    assert "March 9, 2027" in deadline and "2560.503-1" in deadline
    assert "PO Box 27630" in page.findChild(QLabel, "letters-recipient").text()
    # The field stays, filled, so the user can still correct it.
    assert page.findChild(QPlainTextEdit, field_name("recipient.address")) is not None

    draft = store.get_draft(DRAFT_KIND, page.context.case_id)
    assert draft["kind"] == "aca_appeal"
    assert draft["letter_facts"]["aca_appeal"]["recipient.address"] == APPEALS_ADDRESS


def test_typed_facts_come_back_on_a_new_page(qtbot, store, page):
    page.choose_kind("aca_appeal")
    fill_address(page, qtbot)
    page.hide()  # flushes the draft, as leaving the page does

    again = LettersPage(AppContext(store))
    qtbot.addWidget(again)
    again.context.set_case(page.context.case_id)
    again.show()
    assert again.current_kind() == "aca_appeal"
    field = again.findChild(QPlainTextEdit, field_name("recipient.address"))
    assert field.toPlainText() == APPEALS_ADDRESS
    assert again.letter is not None


def test_a_fact_that_cannot_be_read_is_named(qtbot, store, example_case_dict):
    data = copy.deepcopy(example_case_dict)
    data["visits"][0]["claim"].pop("denial_date")
    page, _ = make_page(qtbot, store, data)
    page.choose_kind("aca_appeal")
    date_field = page.findChild(QLineEdit, field_name("visits[v1].claim.denial_date"))
    assert date_field is not None
    qtbot.keyClicks(date_field, "Sept 10")
    errors = page.findChild(QLabel, "letters-facts-errors")
    qtbot.waitUntil(lambda: errors.isVisible())
    # Named by its question, not by the case's field path.
    assert "Date of the denial for the visit on August 15, 2026" in errors.text()
    assert '"Sept 10"' in errors.text() and "visits[" not in errors.text()
    assert page.letter is None
    # The draft stays, with the date that cannot be read as a blank.
    qtbot.waitUntil(lambda: "[Date of the denial" in preview_text(page))
    assert page.findChild(QLabel, "letters-blanks-note").isVisible()
    date_field.setText("2026-09-10")
    fill_address(page, qtbot)
    assert "September 10, 2026" in preview_text(page)


def test_save_pdf_writes_a_pdf_with_member_claim_and_citation(page, qtbot, monkeypatch, tmp_path):
    target = tmp_path / "out" / "appeal.pdf"
    target.parent.mkdir()
    asked = []

    def save_file(parent, title, filters, suggested=""):
        asked.append(suggested)
        return str(target)

    monkeypatch.setattr(ask, "save_file", save_file)
    page.choose_kind("aca_appeal")
    fill_address(page, qtbot)
    qtbot.mouseClick(page.findChild(QPushButton, "letters-pdf"), qtbot_left())

    assert asked == ["aca_appeal-C-0001.pdf"]
    text = pdf_text(target)
    assert "Ana Ruiz" in text
    assert "C-0001" in text
    assert "300gg-13" in text
    assert "REF-20260912-01" in text
    assert (target.stat().st_mode & 0o777) == 0o600
    status = page.findChild(QLabel, "letters-status")
    assert status.isVisible() and "Saved" in status.text()
    letters = made(page)
    assert [(r.kind, r.method) for r in letters] == [("aca_appeal", "pdf")]
    history = page.findChild(QListWidget, "letters-history")
    assert "saved as PDF" in history.item(0).text()


def test_cancelled_save_records_nothing(page, qtbot, monkeypatch):
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: "")
    page.choose_kind("regulator_complaint")
    qtbot.mouseClick(page.findChild(QPushButton, "letters-pdf"), qtbot_left())
    assert "Not saved" in page.findChild(QLabel, "letters-status").text()
    assert made(page) == []
    assert "Ana Ruiz" in preview_text(page)


def test_a_failed_pdf_keeps_the_letter_and_says_why(page, qtbot, monkeypatch, tmp_path):
    missing_folder = tmp_path / "no such folder" / "letter.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: str(missing_folder))
    page.choose_kind("regulator_complaint")
    qtbot.mouseClick(page.findChild(QPushButton, "letters-pdf"), qtbot_left())
    status = page.findChild(QLabel, "letters-status")
    assert "Could not save the PDF" in status.text()
    assert status.property("ok") is False
    assert page.letter is not None and "C-0001" in preview_text(page)
    assert made(page) == []


def test_medicaid_case_has_no_aca_claim(qtbot, store, example_case_dict):
    data = copy.deepcopy(example_case_dict)
    data["member"]["state"] = "CA"
    data["plan"].update(
        type="medicaid_managed_care",
        policy="healthnet-medi-cal-lactation",
        insurer="Health Net",
        plan_name="Medi-Cal",
    )
    # denied recently: the 60 days to appeal are still open (a closed window is refused)
    recent = dt.date.today() - dt.timedelta(days=10)
    data["visits"][0]["claim"]["denial_date"] = recent.isoformat()
    page, _ = make_page(qtbot, store, data)
    kinds = [page._kind_at(i) for i in range(page.findChild(QListWidget, "letters-kind").count())]
    assert "aca_appeal" not in kinds and "external_review_request" not in kinds
    assert page.current_kind() == "plan_appeal"
    fill_address(page, qtbot, "Health Net Appeals\nPO Box 10348\nVan Nuys, CA 91410")
    text = preview_text(page)
    assert "Ana Ruiz" in text and "C-0001" in text
    assert "438.402" in text
    for marker in ACA_MARKERS:
        assert marker not in text, marker
    for kind in kinds:
        page.choose_kind(kind)
        if page.letter is not None:
            for marker in ACA_MARKERS:
                assert marker not in page.letter.text, (kind, marker)


def test_page_follows_case_switches_and_edits(qtbot, store, example_case_dict):
    page, first = make_page(qtbot, store, example_case_dict)
    page.choose_kind("regulator_complaint")
    other = copy.deepcopy(example_case_dict)
    other["member"]["name"] = "Bea Stone"
    other["visits"][0]["claim"]["number"] = "C-7777"
    second = store.add_case(Case.from_dict(other), title="Bea")
    page.context.set_case(second)
    page.choose_kind("regulator_complaint")
    assert "Bea Stone" in preview_text(page) and "C-7777" in preview_text(page)

    case = page.context.case()
    case.member.name = "Bea Stone-Ruiz"
    page.context.save_case(case)
    assert "Bea Stone-Ruiz" in preview_text(page)

    page.context.set_case(None)
    assert page.letter is None
    assert "Choose or create a case" in preview_text(page)
    page.context.set_case(first)
    assert page.current_kind() == "regulator_complaint"
    assert "Ana Ruiz" in preview_text(page)


def test_visit_choice_shows_only_when_it_matters(qtbot, store, example_case_dict):
    data = copy.deepcopy(example_case_dict)
    second = copy.deepcopy(data["visits"][0])
    second.update(id="v2", date="2026-08-29")
    second["claim"]["number"] = "C-0002"
    data["visits"].append(second)
    page, _ = make_page(qtbot, store, data)
    page.choose_kind("regulator_complaint")
    combo = page.findChild(type(page.visit_combo), "letters-visit")
    assert combo.isVisible()
    assert "C-0001" in preview_text(page) and "C-0002" in preview_text(page)
    combo.setCurrentIndex(combo.findData("v2"))
    assert "C-0002" in preview_text(page)
    assert "C-0001" not in preview_text(page)


def test_print_opens_a_preview_and_records_when_printed(page, qtbot):
    page.choose_kind("regulator_complaint")
    qtbot.mouseClick(page.findChild(QPushButton, "letters-print"), qtbot_left())
    dialog = page.backends["print"].dialog
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible()
    dialog.reject()
    assert "Nothing was printed" in page.findChild(QLabel, "letters-status").text()
    assert made(page) == []

    qtbot.mouseClick(page.findChild(QPushButton, "letters-print"), qtbot_left())
    page.backends["print"].dialog.accept()
    records = made(page)
    assert [r.method for r in records] == ["print"]


def test_web_form_copies_the_text_and_opens_the_form(page, qtbot, opened_urls):
    page.choose_kind("regulator_complaint")
    button = page.findChild(QPushButton, "letters-portal")
    assert button.isVisible()
    qtbot.mouseClick(button, qtbot_left())
    assert opened_urls == ["https://www.osi.state.nm.us/for-consumers/how-to-file-a-complaint/"]
    assert QGuiApplication.clipboard().text() == page.letter.text
    records = made(page)
    assert [(r.method, r.to) for r in records] == [("portal", opened_urls[0])]

    page.choose_kind("aca_appeal")
    fill_address(page, qtbot)
    assert not button.isVisible()  # an appeal to the plan has no web form


def test_mail_app_saves_the_pdf_and_opens_a_mailto(page, qtbot, opened_urls, store):
    page.choose_kind("aca_appeal")
    fill_address(page, qtbot)
    to = page.findChild(QLineEdit, "letters-to")
    qtbot.keyClicks(to, "appeals@bcbsnm.example")
    qtbot.mouseClick(page.findChild(QPushButton, "letters-mailapp"), qtbot_left())
    folder = Path(store.home) / "Saved letters"
    saved = folder / "aca_appeal-C-0001.pdf"
    assert "C-0001" in pdf_text(saved)
    assert opened_urls[0] == QUrl.fromLocalFile(str(folder)).toString()
    mailto = opened_urls[1]
    assert mailto.startswith("mailto:appeals@bcbsnm.example?subject=")
    assert "C-0001" in QUrl.fromPercentEncoding(mailto.encode())
    records = made(page)
    assert [(r.method, r.to) for r in records] == [("mail_app", "appeals@bcbsnm.example")]
    assert "Saved letters" in page.findChild(QLabel, "letters-status").text()


def test_edit_template_makes_a_copy_that_the_preview_uses(page, qtbot, opened_urls, home):
    page.choose_kind("regulator_complaint")
    qtbot.mouseClick(page.findChild(QPushButton, "letters-edit-template"), qtbot_left())
    copy_path = home / "letters" / "regulator_complaint.html.j2"
    assert copy_path.is_file() and (home / "letters" / "regulator_complaint.txt.j2").is_file()
    assert opened_urls == [QUrl.fromLocalFile(str(copy_path)).toString()]
    source = copy_path.read_text(encoding="utf-8")
    copy_path.write_text(
        source.replace("{% block body %}", "{% block body %}<p>MY OWN WORDING</p>", 1), "utf-8"
    )
    page.update_letter()
    assert "MY OWN WORDING" in preview_text(page)


def test_an_edited_template_with_an_error_is_named_with_its_line(page, qtbot, opened_urls, home):
    page.choose_kind("regulator_complaint")
    qtbot.mouseClick(page.findChild(QPushButton, "letters-edit-template"), qtbot_left())
    copy_path = home / "letters" / "regulator_complaint.html.j2"
    copy_path.write_text("<p>Dear plan,</p>\n{{ no_such_name }}\n", "utf-8")
    page.update_letter()
    assert page.letter is None
    shown = preview_text(page)
    assert str(copy_path) in shown and "line 2" in shown and "no_such_name" in shown


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_a_name_no_font_can_show_is_refused_by_name_and_the_letter_kept(
    qtbot, store, example_case_dict, tmp_path, monkeypatch
):
    data = copy.deepcopy(example_case_dict)
    data["member"]["name"] = "Ana \U0010fffd Ruiz"
    page, _ = make_page(qtbot, store, data)
    target = tmp_path / "letter.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: str(target))
    page.choose_kind("regulator_complaint")
    qtbot.mouseClick(page.findChild(QPushButton, "letters-pdf"), qtbot_left())
    status = page.findChild(QLabel, "letters-status")
    assert status.property("ok") is False
    assert "Could not save the PDF" in status.text() and "U+10FFFD" in status.text()
    assert page.letter is not None and not target.exists()
    assert made(page) == []


SENDING = ("letters-print", "letters-pdf", "letters-packet", "letters-email", "letters-mailapp")


def test_the_letter_shows_at_once_with_blanks_and_buttons_wait_for_them(
    qtbot, store, example_case_dict
):
    data = copy.deepcopy(example_case_dict)
    data["member"].pop("member_id")
    page, _ = make_page(qtbot, store, data)
    page.choose_kind("aca_appeal")
    preview = page.findChild(QTextBrowser, "letters-preview")
    assert page.letter is None and len(page.draft.blanks) == 2
    html = preview.toHtml()
    assert "[Member ID: on your insurance card]" in preview_text(page)
    assert "#ffe97a" in html.lower()  # the blanks are highlighted
    assert "2 blanks still to fill in" in preview.accessibleDescription()
    note = page.findChild(QLabel, "letters-blanks-note")
    assert note.isVisible() and "Fill in the 2 blanks first" in note.text()
    for name in SENDING:
        button = page.findChild(QPushButton, name)
        assert not button.isEnabled(), name
        assert "Fill in the 2 blanks first" in button.toolTip(), name

    member_id = page.findChild(QLineEdit, field_name("member.member_id"))
    qtbot.keyClicks(member_id, "XYZ-42")
    qtbot.waitUntil(lambda: "XYZ-42" in preview_text(page))  # after the short pause
    assert "[Member ID" not in preview_text(page)
    assert "1 blank still to fill in" in preview.accessibleDescription()
    assert "Fill in the last blank first" in note.text()
    assert page.letter is None and not page.findChild(QPushButton, "letters-pdf").isEnabled()

    fill_address(page, qtbot)
    assert page.draft is None and page.letter is not None
    assert "#ffe97a" not in preview.toHtml().lower()
    assert not note.isVisible()
    assert preview.accessibleDescription() == "The letter as it will be printed (read-only)"
    for name in SENDING:
        button = page.findChild(QPushButton, name)
        assert button.isEnabled(), name
        assert "blank" not in button.toolTip(), name


def test_the_fact_questions_take_the_form_s_full_width(page, qtbot):
    page.choose_kind("aca_appeal")
    field = page.findChild(QPlainTextEdit, field_name("recipient.address"))
    label = page.findChild(QLabel, "letters-fact-question-recipient.address")
    qtbot.waitUntil(lambda: field.width() > 0)
    assert label.wordWrap() and label.buddy() is field
    assert label.y() < field.y()  # above its field, not beside it
    assert label.width() >= field.width()  # not squeezed into a column


def test_a_refused_reprocessing_letter_can_ask_to_reverse_instead(qtbot, store, example_case_dict):
    """A claim paid in full has nothing to correct, but a claim for care the parent did not
    receive can be reversed: the page offers that when the letter is refused."""
    data = copy.deepcopy(example_case_dict)
    claim = data["visits"][0]["claim"]
    claim.update({"status": "paid", "member_cost": 0.0})
    claim.pop("denial_date", None)
    claim.pop("denial_reason", None)
    page, _ = make_page(qtbot, store, data)
    page.choose_kind("claim_reprocessing")
    button = page.findChild(QPushButton, "letters-reverse-instead")
    assert "nothing to contest" in preview_text(page)
    assert button.isVisibleTo(page)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert not button.isVisibleTo(page)
    assert "nothing to contest" not in preview_text(page)
    assert page._draft.letter_facts["claim_reprocessing"]["reprocessing.mode"] == "reverse"
    assert "reprocessing.mode" in page.form.fields  # the choice stays, to change it back
