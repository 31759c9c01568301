"""The coverage page: edit the plan, visits and equipment; the checker runs after every
save and its findings show grouped by severity; print or save a one-page summary."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helper.model import Case, Equipment, ValidationError, Visit, references
from helper.next_actions import long_date
from helper.pdf import PdfError
from helper.problems import in_language
from helper.store import StoreError
from helper.summary import summary_html
from ui import ask
from ui.accessibility import add_button_shortcut
from ui.context import run_check
from ui.dialogs.equipment_editor import EquipmentEditor
from ui.dialogs.setup.finder_button import PlanFinderButton
from ui.dialogs.visit_editor import VisitEditor
from ui.forms.plan_form import PlanForm
from ui.i18n import current_language
from ui.pages.base import Page
from ui.widgets.checklist_links import can_open_letters, open_letter
from ui.widgets.findings_view import FindingsView
from ui.widgets.heading import heading_label
from ui.widgets.named import plain_label, push_button
from ui.widgets.reflow_box import ReflowBox
from ui.widgets.reflow_splitter import ReflowSplitter


class CoveragePage(Page):
    """objectNames: `coverage-plan` (PlanForm inside), `coverage-save-plan`,
    `coverage-visits` (list), `coverage-add-visit`, `coverage-edit-visit`,
    `coverage-delete-visit`, `coverage-equipment`, `coverage-add-equipment`,
    `coverage-edit-equipment`, `coverage-delete-equipment`, `coverage-status`,
    `findings` (FindingsView), `coverage-regulator`, `coverage-print`, `coverage-pdf`."""

    name = "coverage"
    title = "Coverage"

    @classmethod
    def nav_title(cls) -> str:
        return cls.tr("Coverage")

    def __init__(
        self, context, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today
    ):
        super().__init__(context, parent)
        self.today = today
        self.report: Any | None = None
        self.editor: VisitEditor | EquipmentEditor | None = None
        self.preview = None
        self._build()  # filled in when first shown (see Page)

    # ----- building ----------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        splitter = ReflowSplitter(min_chars=90)  # stacked when large text needs the width
        splitter.setObjectName("coverage-splitter")

        left = QWidget()
        left_column = QVBoxLayout(left)
        self.plan_box = QGroupBox(tr("Your plan"))
        self.plan_box.setObjectName("coverage-plan")
        plan_column = QVBoxLayout(self.plan_box)
        self.plan_form = PlanForm()
        plan_column.addWidget(self.plan_form)
        self.save_plan_button = push_button(
            "coverage-save-plan",
            tr("Save plan"),
            tr("Save the plan details and check again"),
            self.save_plan,
            min_height=34,
        )
        finder = PlanFinderButton(self.plan_form.type, self.save_plan)
        plan_column.addWidget(finder, 0, Qt.AlignmentFlag.AlignLeft)  # (own line: large text)
        plan_column.addWidget(self.save_plan_button, 0, Qt.AlignmentFlag.AlignRight)
        left_column.addWidget(self.plan_box)

        visits_box = QGroupBox(tr("Lactation visits"))
        visits_column = QVBoxLayout(visits_box)
        hint = QLabel(
            tr(
                "Add each visit with the codes from the superbill (the receipt your consultant gives you) or the plan's Explanation of Benefits."
            )
        )
        hint.setWordWrap(True)
        visits_column.addWidget(hint)
        self.visits = QListWidget()
        self.visits.setObjectName("coverage-visits")
        self.visits.setAccessibleName(tr("Visits"))
        self.visits.setToolTip(tr("Double-click a visit to edit it"))
        self.visits.itemDoubleClicked.connect(lambda _item: self.edit_visit())
        visits_column.addWidget(self.visits)
        row = QHBoxLayout()
        self.add_visit_button = push_button(
            "coverage-add-visit",
            tr("Add visit…"),
            tr("Add a lactation visit"),
            self.add_visit,
            min_height=34,
        )
        self.edit_visit_button = push_button(
            "coverage-edit-visit",
            tr("Edit…"),
            tr("Edit the chosen visit"),
            self.edit_visit,
            min_height=34,
        )
        self.delete_visit_button = push_button(
            "coverage-delete-visit",
            tr("Delete"),
            tr("Delete the chosen visit"),
            self.delete_visit,
            min_height=34,
        )
        for b in (self.add_visit_button, self.edit_visit_button, self.delete_visit_button):
            row.addWidget(b)
        visits_column.addLayout(row)
        left_column.addWidget(visits_box)

        equipment_box = QGroupBox(tr("Breast pumps and supplies"))
        equipment_column = QVBoxLayout(equipment_box)
        self.equipment = QListWidget()
        self.equipment.setObjectName("coverage-equipment")
        self.equipment.setAccessibleName(tr("Equipment"))
        self.equipment.setToolTip(tr("Double-click an item to edit it"))
        self.equipment.itemDoubleClicked.connect(lambda _item: self.edit_equipment())
        equipment_column.addWidget(self.equipment)
        row = QHBoxLayout()
        self.add_equipment_button = push_button(
            "coverage-add-equipment",
            tr("Add…"),
            tr("Add a pump or supplies"),
            self.add_equipment,
            min_height=34,
        )
        self.edit_equipment_button = push_button(
            "coverage-edit-equipment",
            tr("Edit…"),
            tr("Edit the chosen item"),
            self.edit_equipment,
            min_height=34,
        )
        self.delete_equipment_button = push_button(
            "coverage-delete-equipment",
            tr("Delete"),
            tr("Delete the chosen item"),
            self.delete_equipment,
            min_height=34,
        )
        for b in (
            self.add_equipment_button,
            self.edit_equipment_button,
            self.delete_equipment_button,
        ):
            row.addWidget(b)
        equipment_column.addLayout(row)
        left_column.addWidget(equipment_box)
        left_column.addStretch(1)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        # Never sideways: the plan form's labels go above their fields and its words wrap.
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        left_scroll.setWidget(left)
        splitter.addWidget(left_scroll)

        right = QWidget()
        right_column = QVBoxLayout(right)
        # The title beside its buttons when a line of ~50 characters fits beside them, else
        # above them (large text, Spanish).
        head = ReflowBox(min_chars=50)
        head.setObjectName("coverage-findings-head")
        title = heading_label(tr("What the check found"), 1.2)
        head.add(title, 1)
        self.print_button = push_button(
            "coverage-print",
            tr("Print summary…"),
            tr("Print a one-page summary with the findings and the call script"),
            self.print_summary,
            min_height=34,
        )
        self.pdf_button = push_button(
            "coverage-pdf",
            tr("Save PDF…"),
            tr("Save the one-page summary as a PDF"),
            self.save_pdf,
            min_height=34,
        )
        buttons = QWidget()
        buttons.setObjectName("coverage-findings-buttons")
        row = QHBoxLayout(buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.print_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)  # under the title, the buttons keep their own width
        head.add(buttons)
        right_column.addWidget(head)
        self.status = plain_label("coverage-status")
        self.status.setWordWrap(True)
        right_column.addWidget(self.status)
        self.findings_view = FindingsView()
        self.findings_view.letter_requested.connect(
            lambda kind, visit: open_letter(self, self.context, kind, visit)
        )
        self.regulator = plain_label("coverage-regulator")
        self.regulator.setWordWrap(True)
        self.regulator.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.regulator.setAccessibleName(tr("Who to complain to"))
        findings_body = QWidget()
        findings_column = QVBoxLayout(findings_body)
        findings_column.addWidget(self.findings_view)
        findings_column.addWidget(self.regulator)
        findings_column.addStretch(1)
        findings_scroll = QScrollArea()
        findings_scroll.setWidgetResizable(True)
        findings_scroll.setWidget(findings_body)
        right_column.addWidget(findings_scroll, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        column = QVBoxLayout(self)
        column.addWidget(splitter)
        add_button_shortcut(self, self.save_plan_button, "Ctrl+S")
        add_button_shortcut(self, self.print_button, "Ctrl+P")
        add_button_shortcut(self, self.pdf_button, "Ctrl+Shift+S")

    # ----- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        case = self.context.case()
        has_case = case is not None
        for widget in (self.plan_box, self.add_visit_button, self.edit_visit_button, self.delete_visit_button,
                       self.add_equipment_button, self.edit_equipment_button, self.delete_equipment_button,
                       self.print_button, self.pdf_button):  # fmt: skip
            widget.setEnabled(has_case)
        self.visits.clear()
        self.equipment.clear()
        if case is None:
            self.report = None
            self.status.setText(
                self.tr(
                    "No case yet. Create one with File > New case, then add your plan and visits here."
                )
            )
            self.findings_view.show_findings([], self.today(), False)
            self.regulator.clear()
            return
        self.plan_form.load(case)
        for index, visit in enumerate(case.visits):
            item = QListWidgetItem(self._visit_text(visit))
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.visits.addItem(item)
        for index, thing in enumerate(case.equipment):
            item = QListWidgetItem(self._equipment_text(thing))
            item.setData(Qt.ItemDataRole.UserRole, index)
            self.equipment.addItem(item)
        self.findings_view.visit_label = lambda key, c=case: self._visit_key_label(c, key)
        self.report, problem = run_check(self.context)
        self.status.setText(problem)
        self.status.setVisible(bool(problem))
        findings = list(self.report.findings) if self.report else []
        self.findings_view.show_findings(
            findings, self.today(), can_open_letters(self, self.context)
        )
        self._show_regulator(getattr(self.report, "regulator", None))

    def _visit_text(self, visit: Visit) -> str:
        when = long_date(visit.date, current_language()) if visit.date else self.tr("no date")
        who = visit.provider.name or visit.provider.credential or self.tr("provider not named")
        codes = ", ".join(
            f"{line.code}×{line.units}" if line.units > 1 else line.code for line in visit.lines
        )
        statuses = {
            "not_submitted": self.tr("Not sent to the plan yet"),
            "pending": self.tr("Waiting for the plan"),
            "paid": self.tr("Paid"),
            "partially_paid": self.tr("Partly paid"),
            "denied": self.tr("Denied"),
        }
        status = (
            statuses.get(visit.claim.status, visit.claim.status.replace("_", " "))
            if visit.claim
            else self.tr("no claim yet")
        )
        return f"{when} — {who} — {codes or self.tr('no codes')} — {status}"

    def _equipment_text(self, item: Equipment) -> str:
        when = long_date(item.date, current_language()) if item.date else self.tr("no date")
        return f"{when} — {item.code}{' ' + item.modifier if item.modifier else ''}"

    def _visit_key_label(self, case: Case, key: str | None) -> str:
        if key is None:
            return ""
        for index, visit in enumerate(case.visits):
            if case.visit_key(index) == key:
                when = long_date(visit.date, current_language()) if visit.date else key
                return self.tr("Visit of {date}").format(date=when)
        return ""

    def _show_regulator(self, regulator: dict | None) -> None:
        if not regulator:
            self.regulator.clear()
            return
        lines = [self.tr("Who takes a complaint: {name}").format(name=regulator.get("name", ""))]
        if regulator.get("phone"):
            lines.append(self.tr("Phone: {phone}").format(phone=regulator["phone"]))
        if regulator.get("complaint_url"):
            lines.append(self.tr("Online: {url}").format(url=regulator["complaint_url"]))
        self.regulator.setText("\n".join(lines))

    # ----- saving ------------------------------------------------------------------------

    def _store(self, case: Case) -> list[str]:
        """Validate and save; problems as "field: what is wrong" lines (empty when saved)."""
        shell = copy.copy(case)
        shell.calls, shell.letters = [], []  # the store keeps those apart: not checked again
        try:
            checked = Case.from_dict(shell.to_dict())
        except ValidationError as error:
            return in_language(error.errors, current_language())
        checked.calls, checked.letters = case.calls, case.letters
        try:
            self.context.save_case(checked)
        except (StoreError, OSError) as error:
            return [self.tr("The case could not be saved: {error}").format(error=error)]
        return []

    def save_plan(self, sponsor: str | None = None) -> bool:
        case = self.context.case_copy()  # the context's case is shared: edit a copy
        if case is None:
            return False
        case = self.plan_form.apply_to(case)
        case.plan.sponsor = sponsor or case.plan.sponsor  # the plan finder's answer
        problems = self._store(case)
        if problems:
            ask.warn(self, self.tr("Plan not saved"), "\n".join(problems))
        return not problems

    def _selected(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _open_editor(self, editor) -> None:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _r: setattr(self, "editor", None))
        self.editor = editor
        editor.open()

    def _visit_saver(self, index: int | None) -> Callable[[Visit], list[str]]:
        def save(visit: Visit) -> list[str]:
            case = self.context.case_copy()
            if index is None:
                case.visits.append(visit)
            else:
                case.visits[index] = visit
            return self._store(case)

        return save

    def add_visit(self) -> VisitEditor | None:
        if self.context.case_id is None:
            return None
        self._open_editor(VisitEditor(None, self._visit_saver(None), self))
        return self.editor

    def edit_visit(self, index: int | None = None) -> VisitEditor | None:
        index = self._selected(self.visits) if index is None else index
        case = self.context.case()
        if case is None or index is None or not 0 <= index < len(case.visits):
            return None
        self._open_editor(VisitEditor(case.visits[index], self._visit_saver(index), self))
        return self.editor

    def delete_visit(self) -> None:
        index = self._selected(self.visits)
        case = self.context.case_copy()  # the context's case is shared: edit a copy
        if case is None or index is None:
            return
        if not ask.confirm(
            self, self.tr("Delete visit?"), self.tr("Delete this visit and its claim lines?")
        ):
            return
        before = references.visit_keys(case)
        del case.visits[index]
        self._delete_and_relink(case, references.moves(before, index, references.visit_keys(case)))

    def _delete_and_relink(self, case: Case, moved: dict[str, str | None]) -> None:
        """Save `case` with an item deleted; documents and calls about it lose the link and
        those about items known by position follow them, so an export imports again."""
        references.relink(case.documents, moved)
        problems = self._store(case)
        if problems:
            ask.warn(self, self.tr("Not deleted"), "\n".join(problems))
            return
        store, case_id = self.context.store, self.context.case_id
        changed = references.relink(store.list_calls(case_id), moved)
        for call in changed:
            store.update_call(case_id, call)
        if changed:
            self.context.notify_calls_changed()

    def _equipment_saver(self, index: int | None) -> Callable[[Equipment], list[str]]:
        def save(item: Equipment) -> list[str]:
            case = self.context.case_copy()
            if index is None:
                case.equipment.append(item)
            else:
                case.equipment[index] = item
            return self._store(case)

        return save

    def add_equipment(self) -> EquipmentEditor | None:
        if self.context.case_id is None:
            return None
        self._open_editor(EquipmentEditor(None, self._equipment_saver(None), self))
        return self.editor

    def edit_equipment(self, index: int | None = None) -> EquipmentEditor | None:
        index = self._selected(self.equipment) if index is None else index
        case = self.context.case()
        if case is None or index is None or not 0 <= index < len(case.equipment):
            return None
        self._open_editor(
            EquipmentEditor(case.equipment[index], self._equipment_saver(index), self)
        )
        return self.editor

    def delete_equipment(self) -> None:
        index = self._selected(self.equipment)
        case = self.context.case_copy()  # the context's case is shared: edit a copy
        if case is None or index is None:
            return
        if not ask.confirm(
            self, self.tr("Delete item?"), self.tr("Delete this pump or supply item?")
        ):
            return
        before = references.equipment_keys(case)
        del case.equipment[index]
        self._delete_and_relink(
            case, references.moves(before, index, references.equipment_keys(case))
        )

    # ----- summary -----------------------------------------------------------------------

    def summary_html(self) -> str:
        case = self.context.case()
        if case is None:
            return ""
        return summary_html(case, self.report, self.today(), lang=current_language())

    def print_summary(self):
        """Print preview (non-blocking); returns the preview dialog."""
        html = self.summary_html()
        if not html:
            return None
        from ui.printing import print_html

        self.preview = print_html(self, html, self.tr("Lactation coverage summary"))
        return self.preview

    def save_pdf(self) -> Path | None:
        html = self.summary_html()
        if not html:
            return None
        path = ask.save_file(
            self,
            self.tr("Save summary as PDF"),
            self.tr("PDF files (*.pdf)"),
            "coverage-summary.pdf",
        )
        if not path:
            return None
        from ui.printing import render_html_pdf

        try:
            return render_html_pdf(html, Path(path), self.tr("Lactation coverage summary"))
        except (OSError, PdfError) as error:
            ask.warn(self, self.tr("PDF not saved"), str(error))
            return None
