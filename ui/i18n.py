"""The app's language: Qt translators for the interface, and the language code that
`helper` calls take as `lang` for texts from `data/` (checklist, findings, pushback).

The language follows the system locale unless the user chose one in Settings (the store
setting `language`: "system", "en" or "es"). `install()` loads
`ui/translations/lactation_helper_<lang>.qm` and Qt's own `qtbase_<lang>.qm` (standard
buttons such as Cancel) when Qt ships it. English needs no translator.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from helper import settings
from helper.i18n import ENGLISH, base_language, letter_kind_text

SETTING = settings.LANGUAGE.key  # (tests set it by key)
CHOICES = settings.LANGUAGE.choices
TRANSLATIONS_DIR = Path(__file__).resolve().parent / "translations"
APP_CATALOGUE = "lactation_helper"
LOCALES = {"en": "en_US", "es": "es_US"}

_current = ENGLISH
_translators: list[QTranslator] = []


def system_language() -> str:
    """The system locale's language when the app has it ("es"), else "en"."""
    return base_language(QLocale.system().name())


def resolve(choice: str | None) -> str:
    """The language code for a setting value: "system" (or nothing) follows the system."""
    if choice in (None, "", "system"):
        return system_language()
    return base_language(choice)


def catalogue_path(lang: str) -> Path:
    return TRANSLATIONS_DIR / f"{APP_CATALOGUE}_{lang}.qm"


class WordsTranslator(QTranslator):
    """Finds a text by its words when the compiled catalogue misses it in the asked context.

    `pyside6-lupdate` files a text under the class it reads in the code, but at run time
    `self.tr()` asks with the object's own class (a subclass, a `tr = self.tr` alias in a
    helper, a module's `_tr` wrapper), so the same words can arrive under another context.
    This translator is installed first, so it is asked last: after the exact lookup.
    """

    def __init__(self, ts_file: Path, parent: Any = None):
        super().__init__(parent)
        self.words: dict[str, str] = {}
        self.plurals: dict[str, list[str]] = {}
        import xml.etree.ElementTree as ET  # on use: only a language other than English

        try:
            root = ET.parse(ts_file).getroot()
        except (OSError, ET.ParseError):
            return
        for message in root.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if not source or translation is None or translation.get("type"):
                continue
            forms = [f.text or "" for f in translation.findall("numerusform")]
            if forms:
                self.plurals[source] = forms
            elif translation.text:
                self.words[source] = translation.text

    def isEmpty(self) -> bool:  # noqa: N802 (Qt name)
        return not (self.words or self.plurals)

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        forms = self.plurals.get(source)
        if forms:
            return (forms[0] if n == 1 else forms[-1]).replace("%n", str(n))
        return self.words.get(source, "")


def install(choice: str | None = "system") -> str:
    """Install the translators for `choice` (replacing any installed before) and return
    the language now in use. A QCoreApplication must exist. A missing .qm leaves English."""
    global _current
    app = QCoreApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    lang = resolve(choice)
    if lang != ENGLISH:
        app_translator = QTranslator(app)
        if app_translator.load(str(catalogue_path(lang))):
            # Qt asks the translator installed last first: the words-only one goes in first.
            words = WordsTranslator(catalogue_path(lang).with_suffix(".ts"), app)
            if not words.isEmpty():
                app.installTranslator(words)
                _translators.append(words)
            app.installTranslator(app_translator)
            _translators.append(app_translator)
            qt_translator = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_translator.load(f"qtbase_{lang}", qt_dir):
                app.installTranslator(qt_translator)
                _translators.append(qt_translator)
        else:
            lang = ENGLISH
    QLocale.setDefault(QLocale(LOCALES.get(lang, "en_US")))
    _current = lang
    return lang


def install_from_store(store: Any) -> str:
    """Install the language the user chose in Settings (the system's when unset)."""
    try:
        choice = settings.get(store, settings.LANGUAGE)
    except Exception:  # noqa: BLE001 (a store that cannot answer still gets a window)
        choice = settings.LANGUAGE.default
    return install(choice)


def current_language() -> str:
    """The language in use: pass it as `lang` to helper calls ("en" or "es")."""
    return _current


def kind_title(kind: Any) -> str:
    """A letter kind's title in the current language (the letter itself stays English)."""
    return letter_kind_text(kind.id, "title", kind.title, _current)


def kind_purpose(kind: Any) -> str:
    return letter_kind_text(kind.id, "purpose", kind.purpose, _current)
