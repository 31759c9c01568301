"""The sections of the settings page, in order: `settings_sections()`. A section is a
`ui.settings.base.SettingsSection`; a feature adds its section here. Imported when the
settings page first builds its sections (the email section looks for the keychain)."""

from __future__ import annotations


def settings_sections() -> list[type]:
    from ui.settings.data_section import DataSection
    from ui.settings.email_section import EmailSection
    from ui.settings.language_section import LanguageSection

    return [DataSection, LanguageSection, EmailSection]
