"""Spanish: the setting switches the whole app (main window, checklist, findings, letters),
the shipped .qm loads, and Settings > Language stores the choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QTextBrowser

from helper.model import Case
from helper.store import Store
from ui import i18n
from ui.app import create_main_window
from ui.context import AppContext
from ui.settings.language_section import LanguageSection


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
