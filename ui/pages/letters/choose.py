"""Step 1 of the Letters page: the list of letters that fit the case, and the visit or pump
a letter is about."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QListWidget, QListWidgetItem

from helper.letters import get_kind
from helper.letters.services import all_services
from helper.letters.session import LetterSession
from helper.model import Case
from ui.i18n import kind_purpose, kind_title
from ui.widgets.dates import show_date
from ui.widgets.named import name_control


def _tr(text: str) -> str:
    return QCoreApplication.translate("LettersPage", text)


class LetterChooser:
    """The kind list and the visit combo; `updating` is True while they are being filled,
    so the page ignores the selection changes that causes."""

    def __init__(self, kind_changed: Callable[[], None], visit_changed: Callable[[], None]):
        self.updating = False
        self.kind_label = QLabel(_tr("1. Choose the letter"))
        self.kind_label.setStyleSheet("font-weight: bold;")
        self.kind_list = QListWidget()
        name_control(
            self.kind_list,
            "letters-kind",
            _tr("Letter to write"),
            _tr("The letters that fit your case; the ones the checker suggests come first"),
        )
        self.kind_list.setWordWrap(True)
        self.kind_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.kind_list.setMinimumHeight(150)
        self.kind_list.setSpacing(2)
        self.kind_list.currentItemChanged.connect(lambda *_: kind_changed())
        self.kind_label.setBuddy(self.kind_list)

        self.visit_label = QLabel(_tr("Which visit or pump is it about?"))
        self.visit_combo = QComboBox()
        name_control(
            self.visit_combo,
            "letters-visit",
            _tr("Visit or pump"),
            _tr("Pick one visit or pump, or let the letter cover all that fit"),
        )
        self.visit_combo.setMinimumHeight(32)
        self.visit_combo.currentIndexChanged.connect(lambda _i: visit_changed())
        self.visit_label.setBuddy(self.visit_combo)

    def widgets(self) -> list:
        return [self.kind_label, self.kind_list, self.visit_label, self.visit_combo]

    def clear(self) -> None:
        self.updating = True
        self.kind_list.clear()
        self.visit_combo.clear()
        self.updating = False

    def fill_kinds(self, session: LetterSession | None, wanted: str | None) -> None:
        """The kinds that fit (the checker's suggestions starred); `wanted` stays chosen."""
        self.updating = True
        try:
            wanted = self.current_kind() or wanted
            self.kind_list.clear()
            if session is None:
                return
            for kind_id, suggested in session.kinds():
                kind = get_kind(kind_id)
                title = kind_title(kind)
                if suggested:
                    title = "★ " + title + "  ·  " + _tr("Suggested for your case")
                item = QListWidgetItem(f"{title}\n{kind_purpose(kind)}")
                item.setData(Qt.ItemDataRole.UserRole, kind_id)
                item.setToolTip(kind_purpose(kind))
                self.kind_list.addItem(item)
            row = next((i for i in range(self.kind_list.count()) if self.kind_at(i) == wanted), 0)
            self.kind_list.setCurrentRow(row)
        finally:
            self.updating = False

    def kind_at(self, row: int) -> str | None:
        item = self.kind_list.item(row)
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_kind(self) -> str | None:
        item = self.kind_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def choose_kind(self, kind: str) -> None:
        """Select a letter kind (as a click in the list would)."""
        for row in range(self.kind_list.count()):
            if self.kind_at(row) == kind:
                self.kind_list.setCurrentRow(row)
                return
        raise KeyError(kind)

    def fill_visits(self, case: Case | None, wanted: str | None) -> None:
        """Every visit and pump of the case; the combo shows only when there is a choice."""
        self.updating = True
        try:
            wanted = self.visit_combo.currentData() or wanted
            self.visit_combo.clear()
            services = all_services(case) if case is not None else []
            self.visit_combo.addItem(_tr("All the visits and pumps this letter is about"), None)
            for service in services:
                self.visit_combo.addItem(service_label(service), service.key)
            index = self.visit_combo.findData(wanted) if wanted else 0
            self.visit_combo.setCurrentIndex(max(index, 0))
            matters = len(services) > 1
            self.visit_combo.setVisible(matters)
            self.visit_label.setVisible(matters)
        finally:
            self.updating = False

    def current_visit(self) -> str | None:
        return self.visit_combo.currentData() or None


def service_label(service) -> str:
    """One visit or pump, as the combo lists it."""
    when = show_date(service.date, _tr("no date"))
    if service.visit is not None:
        who = service.visit.provider.name or _tr("lactation visit")
        text = _tr("Visit on {date} ({who})").format(date=when, who=who)
    else:
        text = _tr("Pump or supplies {code} on {date}").format(
            code=service.equipment.code or "", date=when
        )
    if service.claim is not None and service.claim.number:
        text += " · " + _tr("claim {number}").format(number=service.claim.number)
    return text
