"""Spanish: the setting switches the whole app (main window, checklist, findings, letters),
the shipped .qm loads, and Settings > Language stores the choice."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QTableView,
    QTextBrowser,
    QWidget,
)

from helper.model import Case
from helper.store import Store
from ui import i18n
from ui.app import create_main_window
from ui.context import AppContext
from ui.settings.language_section import LanguageSection
from ui.widgets.wrap_button import WrapButton


@pytest.fixture(autouse=True)
def back_to_english():
    yield
    i18n.install("en")


def spanish_window(qtbot, home, example_case_dict, language="es"):
    with Store.open(home) as store:
        store.add_case(Case.from_dict(example_case_dict), title="Ana y Leo")
        store.set_setting(i18n.SETTING, language)
    window = create_main_window(home)
    qtbot.addWidget(window)
    window.resize(1200, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_compiled_catalogue_is_shipped_and_loads(qapp):
    path = i18n.catalogue_path("es")
    assert path.exists() and path.with_suffix(".ts").exists()
    translator = QTranslator()
    assert translator.load(str(path))
    assert translator.translate("MainWindow", "&File") == "&Archivo"


def test_main_window_nav_and_menus_are_in_spanish(qtbot, home, example_case_dict):
    window = spanish_window(qtbot, home, example_case_dict)
    assert i18n.current_language() == "es"
    nav = window.findChild(QListWidget, "nav")
    titles = [nav.item(i).text() for i in range(nav.count())]
    assert "Lista de pasos" in titles and "Cobertura" in titles and "Configuración" in titles
    assert "Llamadas" in titles and "Cartas" in titles
    assert "Checklist" not in titles
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Archivo" in menus and "A&yuda" in menus


def test_checklist_steps_and_call_script_are_in_spanish(qtbot, home, example_case_dict):
    window = spanish_window(qtbot, home, example_case_dict)
    page = window.page("checklist")
    page.refresh()
    step = page.step_widgets["ask_coverage"]
    texts = [label.text() for label in step.findChildren(QLabel)] + [step.tick.text()]
    assert any("Llame a su plan: ¿cubren las visitas de lactancia?" in t for t in texts), texts
    call_script = [label.text() for label in page.call_script.findChildren(QLabel)]
    assert any("¿Mi plan cubre las visitas de lactancia?" in t for t in call_script)


def test_a_coverage_finding_is_in_spanish(qtbot, home, example_case_dict):
    window = spanish_window(qtbot, home, example_case_dict)
    page = window.page("coverage")
    page.refresh()
    messages = [
        label.text()
        for label in page.findings_view.findChildren(QLabel)
        if label.objectName().endswith("-message")
    ]
    assert messages, "the example case has findings"
    assert any("Su plan es un plan privado" in m for m in messages), messages
    assert not any(m.startswith("Your plan is a non-grandfathered") for m in messages)


def test_letters_show_a_spanish_reading_copy_beside_the_english_letter(
    qtbot, home, example_case_dict
):
    window = spanish_window(qtbot, home, example_case_dict)
    page = window.page("letters")
    page.refresh()
    kinds = [page.kind_list.item(i).text() for i in range(page.kind_list.count())]
    assert any("Apelar una visita" in k for k in kinds), kinds
    page.kind_list.setCurrentRow(next(i for i, k in enumerate(kinds) if "ACA" in k))
    page.form.set_value("recipient.address", "Appeals Dept\nPO Box 27630\nAlbuquerque, NM 87125")
    page.update_letter()
    assert page.letter is not None
    reading = window.findChild(QTextBrowser, "letters-reading-copy")
    assert reading is not None
    text = reading.toPlainText()
    assert "La carta que se envía está en inglés." in text
    assert "C-0001" in text
    assert "Appeal" in page.letter.subject  # the letter itself stays English


def test_english_shows_no_reading_copy(qtbot, home, example_case_dict):
    window = spanish_window(qtbot, home, example_case_dict, language="en")
    assert i18n.current_language() == "en"
    nav = window.findChild(QListWidget, "nav")
    assert "Checklist" in [nav.item(i).text() for i in range(nav.count())]
    assert window.findChild(QTextBrowser, "letters-reading-copy") is None


def test_language_setting_is_stored_and_says_when_it_applies(qtbot, home, qapp):
    i18n.install("en")
    with Store.open(home) as store:
        section = LanguageSection(AppContext(store))
        qtbot.addWidget(section)
        choice = section.findChild(QComboBox, "language-choice")
        assert choice.currentData() == "system"
        choice.setCurrentIndex(choice.findData("es"))
        assert store.get_setting(i18n.SETTING) == "es"
        note = section.findChild(QLabel, "language-restart-note")
        assert not note.isHidden()
        assert "restart" in note.text() and "vuelva a abrir" in note.text()
        choice.setCurrentIndex(choice.findData("en"))
        assert store.get_setting(i18n.SETTING) == "en"
        assert note.isHidden()


def test_system_locale_and_fallbacks(qapp, monkeypatch):
    assert i18n.resolve("es") == "es"
    assert i18n.resolve("fr") == "en"
    monkeypatch.setattr(i18n, "system_language", lambda: "es")
    assert i18n.resolve("system") == "es"
    assert i18n.install("system") == "es"
    # A text the code asks for under another class is still found by its words.
    assert QCoreApplication.translate("SomeSubclass", "Cancel") == "Cancelar"
    assert i18n.install("en") == "en"
    assert QCoreApplication.translate("SomeSubclass", "Cancel") == "Cancel"


# --- dates, days left and letter titles in the app's language -------------------------------

SPANISH_LEFT = r"(?:quedan \d+ días|queda 1 día|vence hoy|venció ayer|venció hace \d+ días)"
ENGLISH_MONTH = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\b"
)
ACA_TITLE_ES = "Apelar una visita o un sacaleches negado o cobrado (planes de la ACA)"
ACA_TITLE_EN = "Appeal a denied or charged visit or pump (ACA plans)"


def _texts(widget, kind=QLabel) -> list[str]:
    return [w.text() for w in widget.findChildren(kind)]


def test_a_finding_in_spanish_shows_spanish_dates_and_letter_titles(qtbot, home, example_case_dict):
    window = spanish_window(qtbot, home, example_case_dict)
    page = window.page("coverage")
    page.refresh()
    view = page.findings_view
    labels = {label.objectName(): label.text() for label in view.findChildren(QLabel)}
    dues = [text for name, text in labels.items() if name.endswith("-due")]
    assert dues and all(
        re.fullmatch(rf"Fecha límite: 9 de marzo de 2027 — {SPANISH_LEFT}", d) for d in dues
    ), dues
    messages = [t for n, t in labels.items() if n.endswith("-message")]
    assert any(m.startswith("Visita del 15 de agosto de 2026: ") for m in messages), messages
    assert not [t for t in labels.values() if ENGLISH_MONTH.search(t)]
    buttons = [b for b in view.findChildren(WrapButton)]
    assert buttons, "a finding names several letters"
    words = [b.label_text() for b in buttons]
    assert f"Abrir carta: {ACA_TITLE_ES}" in words, words
    assert not [w for w in words if "_" in w or "aca appeal" in w or "gap exception" in w]
    visits = page.findChild(QListWidget, "coverage-visits")
    assert visits.item(0).text().startswith("15 de agosto de 2026 — Jo Smith — S9443 — ")


def test_home_deadline_follow_up_and_last_letter_in_spanish(qtbot, home, example_case_dict):
    window = spanish_window(qtbot, home, example_case_dict)
    page = window.page("home")
    page.refresh()
    deadline = page.findChild(QLabel, "home-deadline-1").text()
    assert re.fullmatch(rf"Apelación antes del 9 de marzo de 2027 — {SPANISH_LEFT}", deadline)
    follow = page.findChild(QLabel, "home-follow-up-1").text()
    assert "19 de septiembre de 2026" in follow and "REF-20260912-01" in follow
    last = page.findChild(QLabel, "home-last-letter").text()
    assert ACA_TITLE_ES in last and "13 de septiembre de 2026" in last
    assert "por correo electrónico" in last and "email" not in last.replace("@", " ")
    letter = page.findChild(WrapButton, "home-deadline-1-letter")
    assert letter.label_text() == f"Abrir carta: {ACA_TITLE_ES}"
    assert ACA_TITLE_ES in letter.accessibleName() and ACA_TITLE_ES in letter.toolTip()
    assert not [t for t in _texts(page) if ENGLISH_MONTH.search(t)]


def test_english_home_and_findings_show_letter_titles_and_english_dates(
    qtbot, home, example_case_dict
):
    window = spanish_window(qtbot, home, example_case_dict, language="en")
    page = window.page("home")
    page.refresh()
    deadline = page.findChild(QLabel, "home-deadline-1").text()
    assert re.fullmatch(
        r"Appeal by March 9, 2027 — (?:\d+ days? left|due today|passed .*)", deadline
    )
    letter = page.findChild(WrapButton, "home-deadline-1-letter")
    assert letter.label_text() == f"Open letter: {ACA_TITLE_EN}"
    last = page.findChild(QLabel, "home-last-letter").text()
    assert last.startswith(f"Last letter sent: {ACA_TITLE_EN}, on September 13, 2026 by email")
    coverage = window.page("coverage")
    coverage.refresh()
    words = [b.label_text() for b in coverage.findings_view.findChildren(WrapButton)]
    assert f"Open letter: {ACA_TITLE_EN}" in words and not [w for w in words if "_" in w]


def test_checklist_plan_type_and_call_log_in_spanish(qtbot, home, example_case_dict):
    window = spanish_window(qtbot, home, example_case_dict)
    checklist = window.page("checklist")
    checklist.refresh()
    assert "Pasos para su plan: Plan del trabajo, totalmente asegurado" in (
        checklist.plan_note.text()
    )
    calls = window.page("calls")
    calls.refresh()
    model = calls.findChild(QTableView).model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[0] == "Fecha" and "Date" not in headers
    cells = [model.index(0, c).data() for c in range(model.columnCount())]
    assert "12 sept 2026 10:05" in cells and "19 de septiembre de 2026" in cells


def test_call_log_headers_follow_a_language_installed_after_import(qapp):
    from ui.models import calls_model

    i18n.install("en")
    model = calls_model.CallsTableModel()
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"
    i18n.install("es")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Fecha"
    i18n.install("en")
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Date"


def test_letters_page_asks_for_missing_facts_and_states_the_deadline_in_spanish(
    qtbot, home, example_case_dict
):
    from ui.pages.letters.facts_form import field_name

    window = spanish_window(qtbot, home, example_case_dict)
    page = window.page("letters")
    page.refresh()
    page.choose_kind("aca_appeal")
    page.update_letter()
    question = page.form.labels["recipient.address"].text()
    assert question.startswith("¿A dónde debe ir esta carta?"), question
    where = window.findChild(QLabel, "letters-fact-where-recipient.address").text()
    assert "Dónde encontrarlo" in where or "Dónde" in where, where
    assert "carta de negación" in where, where
    field = window.findChild(QWidget, field_name("recipient.address"))
    assert field.accessibleName() == question
    # The letter shows at once; it is sent in English, so its blanks are English too,
    # and the Spanish reading copy waits for the complete letter.
    assert "[Where should this letter go?" in page.preview.toPlainText()
    reading = window.findChild(QWidget, "letters-reading-copy").toPlainText()
    assert "cuando la carta esté completa" in reading, reading
    note = window.findChild(QLabel, "letters-blanks-note").text()
    assert note.startswith("Primero llene el último espacio en blanco"), note
    page.form.set_value("recipient.address", "Appeals Dept\nPO Box 27630\nAlbuquerque, NM 87125")
    page.update_letter()
    assert page.letter is not None
    deadline = page.deadline_label.text()
    assert "Último día para presentar esta apelación: 9 de marzo de 2027" in deadline, deadline
    assert "180 días desde la negativa" in deadline and " y 45 CFR 147.136(b)" in deadline
    assert "El plan debe contestar dentro de 60 días" in deadline, deadline
    assert not re.search(r"\b(?:March|days|and)\b", deadline), deadline
    assert page.recipient_label.text().startswith("Para: ")


def test_letters_page_choices_are_spanish(qtbot, home, example_case_dict):
    data = dict(example_case_dict)
    data["plan"] = {**data["plan"], "type": "unknown"}
    data["in_network_lactation_provider_available"] = None
    window = spanish_window(qtbot, home, data)
    page = window.page("letters")
    page.refresh()
    page.choose_kind("gap_exception")
    page.update_letter()
    combo = page.form.fields["plan.type"]
    assert isinstance(combo, QComboBox)
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "TRICARE (plan de salud militar)" in labels, labels
    assert "Seguro médico de corto plazo" in labels, labels
    combo = page.form.fields["in_network_lactation_provider_available"]
    assert combo.itemText(1) == "No, no hay ninguna disponible"
    page.choose_kind("claim_reprocessing")
    page.update_letter()
    combo = page.form.fields["reprocessing.mode"]
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert "Procesarlo otra vez con los códigos corregidos" in labels, labels
    page.form.set_value("reprocessing.mode", "reverse")
    assert page.form.values()["reprocessing.mode"] == "reverse"


def test_a_fact_typed_wrong_is_explained_in_spanish_beside_its_question(
    qtbot, home, example_case_dict
):
    data = dict(example_case_dict)
    data["visits"] = [
        {**data["visits"][0], "claim": {**data["visits"][0]["claim"], "denial_date": None}}
    ]
    window = spanish_window(qtbot, home, data)
    page = window.page("letters")
    page.refresh()
    page.choose_kind("aca_appeal")
    page.update_letter()
    page.form.set_value("visits[v1].claim.denial_date", "10/09/2026")
    page.update_letter()
    errors = window.findChild(QLabel, "letters-facts-errors").text()
    assert "Fecha de la negación de la visita del 15 de agosto de 2026" in errors, errors
    assert (
        'escriba una fecha real como AAAA-MM-DD (por ejemplo 2027-03-09); escribió "10/09/2026"'
        in errors
    )
    assert "must be" not in errors and "visits[" not in errors


def test_the_coverage_summary_pdf_is_numbered_in_spanish(qtbot, home, example_case_dict, tmp_path,
                                                          monkeypatch):  # fmt: skip
    from PySide6.QtWidgets import QPushButton

    from tests.helper.pdf_support import pdf_text
    from ui import ask

    window = spanish_window(qtbot, home, example_case_dict)
    window.show_page("coverage")
    page = window.page("coverage")
    target = tmp_path / "resumen.pdf"
    monkeypatch.setattr(ask, "save_file", lambda *a, **k: str(target))
    page.findChild(QPushButton, "coverage-pdf").click()
    text = pdf_text(target)
    assert "Página 1 de" in text and "Page 1 of" not in text
