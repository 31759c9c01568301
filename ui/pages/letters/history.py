"""The letters made for the case: when, what, how and to whom."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from helper.letters import get_kind
from helper.model import Case, LetterRecord
from ui.i18n import kind_title
from ui.widgets.dates import show_date
from ui.widgets.named import name_control

METHOD_WORDS = {
    "print": "printed",
    "pdf": "saved as PDF",
    "email": "emailed",
    "mail_app": "opened in the mail app",
    "portal": "pasted into a web form",
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


class LetterHistory:
    """A heading and the list of the case's letter records, newest first."""

    def __init__(self):
        self.label = QLabel(_tr("Letters made for this case"))
        self.label.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        name_control(
            self.list,
            "letters-history",
            _tr("Letter history"),
            _tr("Every letter made for this case: when, how, and to whom"),
        )
        self.list.setMinimumHeight(90)
        self.list.setMaximumHeight(180)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.label.setBuddy(self.list)

    def fill(self, case: Case | None) -> None:
        self.list.clear()
        records = list(case.letters) if case is not None else []
        records.sort(key=lambda r: r.created or dt.datetime.min, reverse=True)
        for record in records:
            self.list.addItem(history_line(record))
        if not records:
            item = QListWidgetItem(_tr("No letters yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)


def history_line(record: LetterRecord) -> str:
    try:
        title = kind_title(get_kind(record.kind))
    except KeyError:
        title = record.kind
    when = show_date(record.created.date() if record.created else record.sent, "")
    how = _tr(METHOD_WORDS.get(record.method or "", record.method or ""))
    line = " · ".join(part for part in (when, title, how) if part)
    if record.to:
        line += " " + _tr("to {to}").format(to=record.to)
    return line
