"""Settings > Language: the language of the app (the system's, English or Spanish).

The choice is kept in the store (`language`) and takes effect at the next start: the
pages are built in one language, and switching half of them would mix the two.
Letters to the plan stay in English whatever the choice; in Spanish the Letters page
adds a Spanish reading copy.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from helper import settings
from ui import ask, i18n
from ui.context import AppContext
from ui.settings.base import SettingsSection
from ui.widgets.explanation import ExplanationLabel

# Each language is named in itself, so someone who cannot read the current one finds theirs.
LANGUAGE_NAMES = {"en": "English", "es": "Español"}


class LanguageSection(SettingsSection):
    """objectNames: `language-choice` (combo box: "system", "en", "es" as item data),
    `language-restart-note` (shown after a change)."""

    name = "language"
    title = "Language"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        self.setTitle(self.tr("Language / Idioma"))
        self.choice = QComboBox()
        self.choice.setObjectName("language-choice")
        self.choice.setAccessibleName(self.tr("Language of the app"))
        self.choice.setToolTip(self.tr("The language of the app's words. Idioma de la aplicación."))
        system = LANGUAGE_NAMES[i18n.system_language()]
        self.choice.addItem(
            self.tr("Same as this computer ({language})").format(language=system), "system"
        )
        for code, words in LANGUAGE_NAMES.items():
            self.choice.addItem(words, code)
        self.choice.setMinimumHeight(34)
        # The longest item ("Igual que esta computadora (English)") must not set the width:
        # at large text it made the settings page wider than the window.
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(12)

        explain = ExplanationLabel(
            self.tr(
                "Letters to your plan or a regulator are always written in English, the "
                "language they read. In Spanish, the Letters page also shows a Spanish "
                "reading copy so you know what you send."
            ),
            object_name="language-explanation",
        )
        self.restart_note = QLabel()
        self.restart_note.setObjectName("language-restart-note")
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # large text: label above
        form.addRow(self.tr("Language:"), self.choice)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(explain)
        layout.addWidget(self.restart_note)
        self.refresh()
        self.choice.currentIndexChanged.connect(self._chosen)

    def stored_choice(self) -> str:
        try:
            return settings.get(self.context.store, settings.LANGUAGE)
        except Exception:  # noqa: BLE001 (show the default; saving reports trouble)
            return settings.LANGUAGE.default

    def refresh(self) -> None:
        index = self.choice.findData(self.stored_choice())
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(max(index, 0))
        self.choice.blockSignals(False)

    def _chosen(self, _index: int) -> None:
        choice = self.choice.currentData()
        try:
            settings.put(self.context.store, settings.LANGUAGE, choice)
        except Exception as error:  # noqa: BLE001 (the store reports disk trouble)
            ask.warn(self, self.tr("Language not saved"), str(error))
            self.refresh()
            return
        changed = i18n.resolve(choice) != i18n.current_language()
        # Said in both languages: the reader may not read the one now on screen.
        self.restart_note.setText(
            self.tr("The new language takes effect when you restart the app.")
            + "\n"
            + "El nuevo idioma se aplica cuando vuelva a abrir la aplicación."
            if changed
            else ""
        )
        self.restart_note.setVisible(changed)
