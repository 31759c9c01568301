"""The settings page: a column of sections listed in `ui.settings.SETTINGS_SECTIONS`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

import ui.settings
from ui.context import AppContext
from ui.main_window import load_available
from ui.pages.base import Page


class SettingsPage(Page):
    name = "settings"
    title = "Settings"

    @classmethod
    def nav_title(cls) -> str:
        return QCoreApplication.translate("SettingsPage", "Settings")

    def __init__(self, context: AppContext, parent: QWidget | None = None):
        super().__init__(context, parent)
        heading = QLabel(self.tr("Settings"))
        heading.setObjectName("settings-heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        column = QWidget()
        column_layout = QVBoxLayout(column)
        column_layout.addWidget(heading)
        self.sections = []
        for section_class in load_available(ui.settings.SETTINGS_SECTIONS):
            section = section_class(context, column)
            self.sections.append(section)
            column_layout.addWidget(section)
        column_layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("settings-scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setWidget(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def section(self, name: str):
        """The section called `name`, or None when it is not in this build."""
        return next((s for s in self.sections if s.name == name), None)

    def refresh(self) -> None:
        for section in self.sections:
            section.refresh()
