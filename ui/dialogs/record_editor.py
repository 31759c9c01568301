"""The dialog around a case form (a visit, a piece of equipment): the form in a scroll area,
the problems to fix, Save and Cancel. Opened with `open()`; the page stores the result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.theme import text_style
from ui.widgets.named import plain_label


class RecordEditor(QDialog):
    """`on_save(record) -> list[str]` stores the record and returns problems (empty when
    saved); problems are shown in `<prefix>-errors` and the dialog stays open.

    objectNames: `<prefix>-editor`, `<prefix>-errors`, `<prefix>-save`, `<prefix>-cancel`.
    A subclass sets `prefix` and `least_size` and gives the form, the titles and the
    read-back."""

    prefix = ""
    least_size = (640, 560)  # at the usual text size; larger text opens it larger
    chars_across = 80  # roomy width in average characters at the user's text size

    def __init__(
        self,
        record: Any | None,
        on_save: Callable[[Any], list[str]],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName(f"{self.prefix}-editor")
        self.setWindowTitle(self.window_title(record))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.on_save = on_save
        self.form = self.make_form(record)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.errors = plain_label(f"{self.prefix}-errors")
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Problems to fix"))
        self.errors.setStyleSheet(text_style("error", bold=True))
        self.errors.setVisible(False)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setObjectName(f"{self.prefix}-save")
        save.setAccessibleName(self.save_name())
        save.setToolTip(self.tr("Save and check the coverage again"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(f"{self.prefix}-cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setToolTip(self.tr("Close without saving"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(scroll, 1)
        column.addWidget(self.errors)
        column.addWidget(buttons)
        self._fit_to_screen()

    def _fit_to_screen(self) -> None:
        """Roomy for the text size, but never wider or taller than the screen's free area
        (the form inside scrolls up and down, never sideways)."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or self.screen()
        metrics = self.fontMetrics()
        width = max(self.least_size[0], metrics.averageCharWidth() * self.chars_across)
        height = max(self.least_size[1], metrics.height() * 30)
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, area.width() - 16)  # room for the window's frame
            height = min(height, area.height() - 48)
        self.resize(width, height)

    # ----- what a subclass gives ---------------------------------------------------------

    def window_title(self, record: Any | None) -> str:
        """ "Edit …" for a record, "New …" for None."""
        raise NotImplementedError

    def save_name(self) -> str:
        """The Save button's accessible name, e.g. "Save the visit"."""
        raise NotImplementedError

    def make_form(self, record: Any | None) -> QWidget:
        """The form, filled in from the record (an empty one for None)."""
        raise NotImplementedError

    def edited(self) -> Any:
        """The record as the form holds it now."""
        raise NotImplementedError

    # ----- saving ------------------------------------------------------------------------

    def save(self) -> None:
        problems = self.on_save(self.edited())
        if problems:
            self.errors.setText(self.tr("Please fix: ") + "\n".join(problems))
            self.errors.setVisible(True)
            return
        self.accept()
