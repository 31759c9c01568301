"""The settings page: a column of the sections `ui.settings.settings_sections()` lists."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

import ui.settings
from ui.context import AppContext
from ui.pages.base import Page
from ui.widgets.heading import heading_label


class SettingsPage(Page):
    name = "settings"
    title = "Settings"

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        heading = heading_label(self.tr("Settings"), 1.4, "settings-heading")

        self._column = QWidget()
        self._column_layout = QVBoxLayout(self._column)
        self._column_layout.addWidget(heading)
        self._sections: list | None = None  # built when first needed: the email section
        # looks for the system keychain, which takes a moment that start-up need not wait

        scroll = QScrollArea()
        scroll.setObjectName("settings-scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    @property
    def sections(self) -> list:
        """The sections, in order (built, each filled in, on first use)."""
        return self._ensure_sections()

    def _ensure_sections(self) -> list:
        if self._sections is None:
            self._sections = []
            for section_class in ui.settings.settings_sections():
                section = section_class(self.context, self._column)
                self._sections.append(section)
                self._column_layout.addWidget(section)
            self._column_layout.addStretch(1)
        return self._sections

    def section(self, name: str):
        """The section called `name`, or None when it is not in this build."""
        return next((s for s in self.sections if s.name == name), None)

    def refresh(self) -> None:
        if self._sections is None:
            self._ensure_sections()  # each section fills itself in when built
            return
        for section in self._sections:
            section.refresh()
