"""The Calls page: the log of every call with the insurer, the evidence for an appeal."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from helper.call_log import (
    calls_to_html,
    format_started,
    rep_label,
)
from helper.model import Call, Case
from helper.store.drafts import CALL_DRAFTS
from ui import ask, printing
from ui.accessibility import add_button_shortcut, focus_shortcut
from ui.dialogs.call_editor import CallEditor
from ui.i18n import current_language
from ui.models.calls_model import CallsFilterProxy, CallsTableModel
from ui.pages.base import Page
from ui.pages.calls import evidence
from ui.pages.calls.drafts import DraftBar
from ui.pages.calls.table import CallsTable
from ui.undo_commands import AddCallCommand, CallCommand, DeleteCallCommand, EditCallCommand
from ui.widgets.fitted_columns import FittedColumns
from ui.widgets.heading import heading_label
from ui.widgets.named import name_control, plain_label, push_button
from ui.widgets.reflow_box import ReflowBox


class CallsPage(Page):
    """Table of calls with search, New/Edit/Delete with undo, CSV, print and PDF."""

    name = "calls"
    title = "Calls"

    def __init__(self, context, parent: QWidget | None = None):
        # Clocks the call timer uses; tests replace them.
        self.clock: Callable[[], float] = time.monotonic
        self.wall_clock: Callable[[], dt.datetime] = dt.datetime.now
        self.editor: CallEditor | None = None
        self.preview = None
        self._shown_case: str | None = None
        self._offered_draft: str | None = None
        self._storing = False  # this page is telling the others about its own change
        super().__init__(context, parent)
        self.undo_stack = QUndoStack(self)
        self.model = CallsTableModel(self)
        self.proxy = CallsFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        context.case_changed.connect(self._leave_other_case)
        # Every add, edit, delete, undo and redo changes the stored calls: say so once.
        self.undo_stack.indexChanged.connect(self._calls_stored)
        self._update_state()  # the calls are read when the page is first shown (see Page)

    # --- building ----------------------------------------------------------------------

    def _build(self) -> None:
        tr = self.tr
        heading = heading_label(tr("Calls with your insurer"), 1.4, "calls-heading")
        intro = QLabel(
            tr(
                "Write down every call: who you spoke with, their reference number and what "
                "they said. It is your evidence if you need to appeal."
            )
        )
        intro.setWordWrap(True)

        self.draft_bar = DraftBar(self.restore_draft, self.discard_draft)
        self.draft_text = self.draft_bar.text
        self.draft_discard = self.draft_bar.discard_button

        self.new_button = push_button(
            "calls-new", tr("New call"), tr("Log a new call (Ctrl+N)"), self.new_call, min_height=34
        )
        self.edit_button = push_button(
            "calls-edit",
            tr("Edit"),
            tr("Change the selected call (or double-click it, or press Enter)"),
            self.edit_selected,
            min_height=34,
        )
        self.delete_button = push_button(
            "calls-delete",
            tr("Delete"),
            tr("Delete the selected call (you can undo this)"),
            self.delete_selected,
            min_height=34,
        )
        self.undo_action = self.undo_stack.createUndoAction(self, tr("Undo"))
        self.undo_action.setObjectName("calls-undo-action")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, tr("Redo"))
        self.redo_action.setObjectName("calls-redo-action")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_button = self._tool_button("calls-undo", self.undo_action, tr("Undo (Ctrl+Z)"))
        self.redo_button = self._tool_button(
            "calls-redo", self.redo_action, tr("Redo (Ctrl+Shift+Z)")
        )
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)
        self.new_action = QAction(tr("New call"), self)
        self.new_action.setObjectName("calls-new-action")
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(self.new_call)
        self.addAction(self.new_action)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Search calls: rep, reference, words said..."))
        name_control(
            self.search,
            "calls-search",
            tr("Search calls"),
            tr("Shows the calls that contain every word you type, in any field"),
        )
        self.search.textChanged.connect(self._search_changed)

        self.export_button = push_button(
            "calls-export-csv",
            tr("Export CSV"),
            tr("Save the call log as a spreadsheet file (CSV)"),
            self.export_csv,
            min_height=34,
        )
        self.print_button = push_button(
            "calls-print",
            tr("Print"),
            tr("Print the call log (with a preview)"),
            self.print_log,
            min_height=34,
        )
        self.pdf_button = push_button(
            "calls-pdf",
            tr("Save PDF"),
            tr("Save the call log as a PDF file"),
            self.save_pdf,
            min_height=34,
        )

        actions = ReflowBox(min_chars=0)  # stacked only when the buttons do not fit in a row
        actions.setObjectName("calls-actions")
        for group in (
            (self.new_button, self.edit_button, self.delete_button),
            (self.undo_button, self.redo_button),
            (self.export_button, self.print_button, self.pdf_button),
        ):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            for widget in group:
                row_layout.addWidget(widget)
            row_layout.addStretch(1)
            actions.add(row)

        self.table = CallsTable(self.proxy)
        FittedColumns(self.table, 4, min_chars=6, keep=(0, 5))  # never sideways; dates whole
        self.table.doubleClicked.connect(self._edit_index)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.edit_requested.connect(self.edit_selected)
        self.table.delete_requested.connect(self.delete_selected)

        self.empty = plain_label("calls-empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.count_label = plain_label("calls-count")

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.draft_bar)
        layout.addWidget(actions)
        layout.addWidget(self.search)  # its own line: wide enough to read at any text size
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)
        focus_shortcut(self, self.search, "Ctrl+F")
        add_button_shortcut(self, self.print_button, "Ctrl+P")
        add_button_shortcut(self, self.pdf_button, "Ctrl+Shift+S")

    def _tool_button(self, name: str, action: QAction, tip: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(34)
        name_control(button, name, action.text(), tip)
        return button

    # --- showing -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the calls and offer a leftover draft.

        The base class calls this when the page is shown and out of date, so a hidden page
        reads no calls (thousands take a moment) until it is opened.
        """
        self._leave_other_case()
        case = self.context.case()
        self.model.set_calls(case.calls if case is not None else [])
        self._offer_draft()
        self._update_state()

    def _leave_other_case(self, *_args: object) -> None:
        """Another case is current: forget this one's calls and undo history at once."""
        if self.context.case_id == self._shown_case:
            return
        self._shown_case = self.context.case_id
        self._storing = True  # clearing is not a change to the stored calls
        try:
            self.undo_stack.clear()  # undo never reaches into another case
        finally:
            self._storing = False
        self.model.set_calls([])

    def _calls_stored(self, *_args: object) -> None:
        if self._storing:
            return
        self._storing = True  # the table is up to date already: no reload here
        try:
            self.context.notify_calls_changed()
        finally:
            self._storing = False

    def calls_changed(self) -> None:
        """Calls changed elsewhere (the checklist's "Log this call"): read them again."""
        if not self._storing:
            self.mark_stale()

    def current_case(self) -> Case | None:
        """The current case (visits, member, plan); the context reads it once per version."""
        return self.context.case()

    def _update_state(self) -> None:
        tr = self.tr
        has_case = bool(self.context.case_id)
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        for widget in (self.new_button, self.search, self.new_action):
            widget.setEnabled(has_case)
        for widget in (self.export_button, self.print_button, self.pdf_button):
            widget.setEnabled(has_case and total > 0)
        if not has_case:
            self.empty.setText(tr("Open or create a case first; then you can log your calls here."))
        elif total == 0:
            self.empty.setText(
                tr(
                    "No calls yet. Before you call your insurer, press New call: the call "
                    "opens with the questions to ask and a timer, and you can note the "
                    "rep's name and the reference number as you talk."
                )
            )
        self.stack.setCurrentWidget(self.table if has_case and total else self.empty)
        if not total:
            self.count_label.setText("")
        elif shown == total:
            self.count_label.setText(tr("1 call") if total == 1 else tr("{0} calls").format(total))
        elif shown == 0:
            self.count_label.setText(
                tr("No calls match \u201c{0}\u201d.").format(self.search.text())
            )
        else:
            self.count_label.setText(tr("Showing {0} of {1} calls").format(shown, total))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        selected = self.selected_call() is not None
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)

    def _search_changed(self, text: str) -> None:
        self.proxy.set_query(text)
        self._update_state()

    def selected_call(self) -> Call | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.proxy.call_at(rows[0].row())

    def select_call(self, call_id: str) -> None:
        row = self.model.row_of(call_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    # --- editing -------------------------------------------------------------------------

    def _open_editor(self, call: Call | None = None, draft: dict | None = None) -> CallEditor:
        case_id = self.context.case_id
        editor = CallEditor(
            self.context.store,
            case_id,
            self.current_case(),
            call=call,
            draft=draft,
            parent=self,
            clock=self.clock,
            wall_clock=self.wall_clock,
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.save_requested.connect(lambda saved: self._save_from_editor(editor, saved))
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.editor = editor
        self.draft_bar.setVisible(False)
        editor.open()
        return editor

    def _editor_closed(self, editor: CallEditor) -> None:
        if self.editor is editor:
            self.editor = None
        self._offer_draft()

    def new_call(self) -> CallEditor | None:
        if not self.context.case_id or self.editor is not None:
            return None
        return self._open_editor()

    def edit_selected(self) -> CallEditor | None:
        call = self.selected_call()
        if call is None or self.editor is not None:
            return None
        return self._open_editor(call)

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.edit_selected()

    def _save_from_editor(self, editor: CallEditor, call: Call) -> None:
        case_id = self.context.case_id
        if editor.original is None:
            command: CallCommand = AddCallCommand(
                self.context.store, case_id, self.model, call, self._store_failed
            )
        else:
            command = EditCallCommand(
                self.context.store, case_id, self.model, editor.original, call, self._store_failed
            )
        self.undo_stack.push(command)
        if command.failed:
            return  # the editor stays open with everything typed; the draft stays too
        editor.saved()
        self.select_call(command.call.id if isinstance(command, AddCallCommand) else call.id)
        self._update_state()

    def delete_selected(self) -> None:
        call = self.selected_call()
        if call is None:
            return
        who = rep_label(call) or call.department or self.tr("the insurer")
        if not ask.confirm(
            self,
            self.tr("Delete this call?"),
            self.tr(
                "Delete the call of {0} with {1}? You can bring it back with Undo (Ctrl+Z)."
            ).format(format_started(call.started, current_language()), who),
        ):
            return
        self.undo_stack.push(
            DeleteCallCommand(
                self.context.store, self.context.case_id, self.model, call, self._store_failed
            )
        )
        self._update_state()

    def _store_failed(self, error: Exception) -> None:
        ask.warn(
            self,
            self.tr("Could not save"),
            self.tr("The change could not be saved: {0}\nNothing you typed was lost.").format(
                error
            ),
        )

    # --- drafts --------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        """The window closes with a call open: keep what was typed as a draft, right now."""
        if self.editor is not None:
            self.editor.save_draft_now()
        super().closeEvent(event)

    def leftover_drafts(self) -> list[tuple[str, dict]]:
        """Drafts of calls for the current case that no open editor holds."""
        if not self.context.case_id:
            return []
        open_key = self.editor.key if self.editor is not None else None
        drafts = self.context.store.case_drafts(CALL_DRAFTS, self.context.case_id)
        return [(key, data) for key, data in drafts if key != open_key]

    def _offer_draft(self) -> None:
        drafts = self.leftover_drafts() if self.editor is None else []
        if not drafts:
            self._offered_draft = None
            self.draft_bar.setVisible(False)
            return
        key, data = drafts[0]
        self._offered_draft = key
        self.draft_bar.offer(data)

    def restore_draft(self) -> CallEditor | None:
        key = self._offered_draft
        if key is None or self.editor is not None:
            return None
        data = self.context.store.get_draft(CALL_DRAFTS, key)
        if data is None:
            self._offer_draft()
            return None
        original = None
        call_id = data.get("call_id")
        if call_id:
            row = self.model.row_of(call_id)
            original = self.model.call_at(row) if row >= 0 else None
        return self._open_editor(original, draft=data)

    def discard_draft(self) -> None:
        key = self._offered_draft
        if key is None:
            return
        if not ask.confirm(
            self,
            self.tr("Discard the unsaved call?"),
            self.tr("What you typed for that call will be thrown away. Discard it?"),
        ):
            return
        self.context.store.clear_draft(CALL_DRAFTS, key)
        self._offer_draft()

    # --- evidence ------------------------------------------------------------------------

    def _evidence_calls(self) -> list[Call]:
        """The calls as the table shows them (search applied), for export and print."""
        return [self.proxy.call_at(row) for row in range(self.proxy.rowCount())]

    def export_csv(self) -> Path | None:
        """Save the calls the table shows as CSV, where the user picks; where, or None."""
        return evidence.export_csv(self, self._evidence_calls())

    def print_log(self):
        """Open the print preview (non-blocking); returns the preview dialog."""
        self.preview = printing.print_html(self, self._html(), self.tr("Calls with the insurer"))
        return self.preview

    def save_pdf(self) -> Path | None:
        """Save the calls the table shows as a PDF, where the user picks; where, or None."""
        return evidence.save_pdf(self, self._html())

    def _html(self) -> str:
        return calls_to_html(self.current_case(), self._evidence_calls(), self.wall_clock().date())
