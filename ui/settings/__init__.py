"""The sections of the settings page, in order.

Each entry is "module:Class"; a section whose module is not there yet is left out, so a
feature adds its section here (e.g. email) without touching the page. A section is a
`ui.settings.base.SettingsSection`.
"""

SETTINGS_SECTIONS = [
    "ui.settings.data_section:DataSection",
    "ui.settings.language_section:LanguageSection",
    "ui.settings.email_section:EmailSection",
]
