"""The call editor: log one call with the insurer while it happens.

Everything typed is kept as a draft in the store (`kind "call"`), half a second after the
last edit and at once when the dialog hides or the app quits; the draft goes away only
on Save, or on Cancel after the user agrees to discard it. Open with `open()`.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helper.call_log import format_date, format_started
from helper.call_prep import departments
from helper.model import Call, Case
from helper.store.drafts import call_draft_key, is_restored_draft
from ui import ask
from ui.accessibility import add_button_shortcut
from ui.dialogs.call_script_box import CallScriptBox
from ui.dialogs.call_timer_row import CallTimerRow
from ui.i18n import current_language
from ui.widgets.dates import date_display_format, date_time_display_format, limit_to_case_dates
from ui.widgets.named import name_control, plain_label
from ui.widgets.reflow_box import ReflowBox

DRAFT_DELAY_MS = 500


def _now_to_minute(wall_clock: Callable[[], dt.datetime]) -> dt.datetime:
    return wall_clock().replace(second=0, microsecond=0)


class CallEditor(QDialog):
    """Edit one call. Emits `save_requested(Call)`; the caller stores it and calls `saved()`.

    `draft` is either a draft this editor saved earlier (from `store.case_drafts("call", ...)`,
    with "saved_at": the form counts as unsaved typing) or a prefill made by another page,
    `{"call": {<case-format call fields>}, "ticked": [question ids]}` without "saved_at".
    A stored draft for the same call wins over a prefill, so no typing is overwritten.
    Without `draft`, the stored draft (if any) is loaded.
    """

    save_requested = Signal(object)

    def __init__(
        self,
        store,
        case_id: str,
        case: Case | None,
        call: Call | None = None,
        draft: dict | None = None,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], dt.datetime] = dt.datetime.now,
    ):
        super().__init__(parent)
        self.setObjectName("call-editor")
        self.store = store
        self.case_id = case_id
        self.case = case
        self.original = call
        self._call_id = call.id if call else None
        self.wall_clock = wall_clock
        self._clock = clock
        self.key = call_draft_key(case_id, call.id if call else None)
        self._loading = True
        self._dirty = False
        self._finished = False

        self.setWindowTitle(self.tr("Edit call") if call else self.tr("New call"))
        self.setAccessibleName(self.windowTitle())
        self.setWindowModality(Qt.WindowModality.WindowModal)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft_now)

        self._build()
        self._fit_to_screen()
        stored = store.call_draft(case_id, self._call_id) if store is not None else None
        if stored is not None and (draft is None or not is_restored_draft(draft)):
            draft = stored  # what the user typed before wins over a prefill
        if draft is not None:
            self._load_draft(draft)
        else:
            self._load_call(call)
        self._loading = False
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_draft_now)

    # --- building ----------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Open roomy for the text size, but never larger than the screen's free area."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent is not None else None) or self.screen()
        metrics = self.fontMetrics()
        width = max(960, metrics.averageCharWidth() * 110)
        height = max(680, metrics.height() * 36)
        if screen is not None:
            area = screen.availableGeometry()
            width = min(width, area.width() - 16)  # room for the window's frame
            height = min(height, area.height() - 48)
        self.resize(width, height)

    def _build(self) -> None:
        tr = self.tr
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.started = QDateTimeEdit()
        limit_to_case_dates(self.started)
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat(date_time_display_format())
        name_control(
            self.started, "call-started", tr("Started"), tr("When the call began (date and time)")
        )
        self.timer_row = CallTimerRow(self._clock)
        self.timer_row.start_button.clicked.connect(self.start_timer)
        self.minutes, self.timer = self.timer_row.minutes, self.timer_row.timer

        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.addItems(["", *departments(current_language())])
        name_control(
            self.department,
            "call-department",
            tr("Department"),
            tr("Which part of the insurer you reached; pick one or type your own"),
        )
        self.phone = self._line("call-phone", tr("Phone number"), tr("The number you called"))
        self.rep_name = self._line(
            "call-rep-name", tr("Rep name"), tr("The name of the person you spoke with")
        )
        self.rep_id = self._line(
            "call-rep-id", tr("Rep ID"), tr("Their ID or extension, if they give one (ask)")
        )
        self.reference = self._line(
            "call-reference",
            tr("Reference number"),
            tr("Ask for a call reference number at the end of every call: it proves the call"),
        )
        self.visit = QComboBox()
        name_control(
            self.visit,
            "call-visit",
            tr("Related visit"),
            tr("The lactation visit this call was about, if any"),
        )
        self.visit.addItem(tr("None"), None)
        for index, visit in enumerate(self.case.visits if self.case else []):
            label = format_date(visit.date, current_language())
            if visit.provider.name:
                label += f" \u2014 {visit.provider.name}"
            self.visit.addItem(label, self.case.visit_key(index))
        self.summary = self._text(
            "call-summary",
            tr("What was said"),
            tr("What you asked and what the rep answered, in their words where you can"),
        )
        self.outcome = self._text(
            "call-outcome", tr("Outcome"), tr("What happens next: what they promised or refused")
        )
        # About four lines of text, in the user's text size (it grows with large text).
        self.outcome.setMaximumHeight(self.outcome.fontMetrics().lineSpacing() * 4 + 14)
        self.follow_up_set = QCheckBox(tr("Follow up by"))
        name_control(
            self.follow_up_set,
            "call-follow-up-set",
            tr("Set a follow-up date"),
            tr("Tick to be reminded on the home page to call back or check"),
        )
        self.follow_up = QDateEdit()
        limit_to_case_dates(self.follow_up)
        self.follow_up.setCalendarPopup(True)
        self.follow_up.setDisplayFormat(date_display_format())
        name_control(
            self.follow_up,
            "call-follow-up",
            tr("Follow-up date"),
            tr("The day to call back or check whether they did what they said"),
        )
        self.follow_up.setEnabled(False)
        self.follow_up_set.toggled.connect(self.follow_up.setEnabled)
        follow_row = ReflowBox(min_chars=0)  # the date under the tick box when narrow
        follow_row.add(self.follow_up_set)
        follow_row.add(self.follow_up)
        follow_row.box.addStretch(1)

        form.addRow(tr("Started"), self.started)
        form.addRow(tr("Minutes"), self.timer_row)
        form.labelForField(self.timer_row).setBuddy(self.minutes)  # the row's own field
        form.addRow(tr("Department"), self.department)
        form.addRow(tr("Phone"), self.phone)
        form.addRow(tr("Rep name"), self.rep_name)
        form.addRow(tr("Rep ID"), self.rep_id)
        form.addRow(tr("Reference number"), self.reference)
        form.addRow(tr("Related visit"), self.visit)
        form.addRow(tr("What was said"), self.summary)
        form.addRow(tr("Outcome"), self.outcome)
        form.addRow("", follow_row)

        self.notice = plain_label("call-notice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            tr("Save call"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        name_control(
            self.save_button, "call-save", tr("Save call"), tr("Add this call to your log")
        )
        self.save_button.setDefault(False)
        self.save_button.setAutoDefault(False)
        self.cancel_button = buttons.addButton(tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        name_control(
            self.cancel_button, "call-cancel", tr("Cancel"), tr("Close without saving this call")
        )
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.request_save)
        self.cancel_button.clicked.connect(self.reject)
        add_button_shortcut(self, self.save_button, "Ctrl+S")

        for combo in (self.department, self.visit):
            # Sized to a few words, not to the longest entry: large text must still fit.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above if narrow
        left_side = QWidget()
        left = QVBoxLayout(left_side)
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.notice)
        left.addStretch(1)
        # Side by side when the text fits across, else the questions under the form; the
        # whole scrolls up and down, so the window never needs to be wider than the screen.
        columns = ReflowBox(min_chars=110)
        columns.setObjectName("call-editor-columns")
        columns.add(left_side, 3)
        self.script_box = CallScriptBox(current_language())
        self.script_box.ticked_changed.connect(self._edited)
        self.script_box.insert_requested.connect(self.insert_questions)
        self.question_boxes = self.script_box.question_boxes
        columns.add(self.script_box, 2)
        for text in (self.summary, self.outcome):
            text.setMinimumHeight(text.fontMetrics().lineSpacing() * 4 + 12)
        scroll = QScrollArea()
        scroll.setObjectName("call-editor-scroll")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(columns)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

        for line in (self.phone, self.rep_name, self.rep_id, self.reference):
            line.textChanged.connect(self._edited)
        for text in (self.summary, self.outcome):
            text.textChanged.connect(self._edited)
        self.department.currentTextChanged.connect(self._edited)
        self.visit.currentIndexChanged.connect(self._edited)
        self.started.dateTimeChanged.connect(self._edited)
        self.minutes.valueChanged.connect(self._edited)
        self.follow_up_set.toggled.connect(self._edited)
        self.follow_up.dateChanged.connect(self._edited)

    def _line(self, name: str, label: str, tip: str) -> QLineEdit:
        line = QLineEdit()
        name_control(line, name, label, tip)
        return line

    def _text(self, name: str, label: str, tip: str) -> QPlainTextEdit:
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setPlaceholderText(tip)
        name_control(text, name, label, tip)
        return text

    # --- loading -------------------------------------------------------------------------

    def _load_call(self, call: Call | None) -> None:
        if call is None:
            call = Call(started=_now_to_minute(self.wall_clock))
        started = call.started or _now_to_minute(self.wall_clock)
        self.started.setDateTime(QDateTime(started))
        self.minutes.setValue(call.minutes or 0)
        self.department.setCurrentText(call.department or "")
        self.phone.setText(call.phone or "")
        self.rep_name.setText(call.rep_name or "")
        self.rep_id.setText(call.rep_id or "")
        self.reference.setText(call.reference or "")
        self._select_visit(call.visit)
        self.summary.setPlainText(call.summary or "")
        self.outcome.setPlainText(call.outcome or "")
        self.follow_up_set.setChecked(call.follow_up is not None)
        follow = call.follow_up or (started.date() + dt.timedelta(days=7))
        self.follow_up.setDate(QDate(follow))

    def _select_visit(self, key: str | None) -> None:
        index = self.visit.findData(key) if key else 0
        if index < 0:  # a visit that is gone: keep the key rather than lose it
            self.visit.addItem(self.tr("Visit {0}").format(key), key)
            index = self.visit.count() - 1
        self.visit.setCurrentIndex(index)

    def _load_draft(self, draft: dict) -> None:
        fields = draft.get("call", {})
        errors: list[str] = []
        call = Call.parse(fields, "", errors)
        if self.original is not None:
            call.id = self.original.id
        self._load_call(call)
        self.script_box.tick(draft.get("ticked", []))
        if not is_restored_draft(draft):
            return  # a prefill: nothing typed yet
        self._dirty = True
        saved = draft.get("saved_at", "")
        when = ""
        with contextlib.suppress(TypeError, ValueError):
            when = format_started(dt.datetime.fromisoformat(saved), current_language())
        message = self.tr("Restored what you typed before it was saved")
        self.show_notice(f"{message} ({when})." if when else f"{message}.")

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # --- reading -------------------------------------------------------------------------

    def current_call(self) -> Call:
        """The call as the form shows it now (the original's id and extra fields kept)."""

        def text(value: str) -> str | None:
            return value.strip() or None

        started = self.started.dateTime().toPython().replace(microsecond=0)
        follow_up = self.follow_up.date().toPython() if self.follow_up_set.isChecked() else None
        values: dict[str, Any] = {
            "started": started,
            "minutes": self.minutes.value() or None,
            "department": text(self.department.currentText()),
            "phone": text(self.phone.text()),
            "rep_name": text(self.rep_name.text()),
            "rep_id": text(self.rep_id.text()),
            "reference": text(self.reference.text()),
            "visit": self.visit.currentData(),
            "summary": text(self.summary.toPlainText()),
            "outcome": text(self.outcome.toPlainText()),
            "follow_up": follow_up,
        }
        if self.original is not None:
            return dataclasses.replace(self.original, **values)
        return Call(**values)

    def ticked_questions(self) -> list[str]:
        return self.script_box.ticked()

    # --- the call timer ------------------------------------------------------------------

    def start_timer(self) -> None:
        """Start (or resume) the call timer; a first start sets the start time to now."""
        if self.timer.elapsed() == 0:
            self.started.setDateTime(QDateTime(_now_to_minute(self.wall_clock)))
        self.timer_row.start()

    def stop_timer(self) -> None:
        self.timer_row.stop()

    # --- the script ----------------------------------------------------------------------

    def insert_questions(self) -> None:
        """Append the ticked questions (all when none is ticked) to the summary."""
        block = self.script_box.questions_block()
        current = self.summary.toPlainText().rstrip()
        self.summary.setPlainText(f"{current}\n\n{block}" if current else block)
        self.summary.setFocus()
        cursor = self.summary.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.summary.setTextCursor(cursor)

    # --- drafts --------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading or self._finished:
            return
        self._dirty = True
        self._draft_timer.start()

    @property
    def dirty(self) -> bool:
        return self._dirty

    def draft_data(self) -> dict:
        call = self.current_call()
        fields = call.to_dict()
        fields.pop("id", None)
        return {
            "case_id": self.case_id,
            "call_id": self.original.id if self.original else None,
            "saved_at": self.wall_clock().replace(microsecond=0).isoformat(),
            "call": fields,
            "ticked": self.ticked_questions(),
        }

    def save_draft_now(self) -> None:
        """Write the draft at once (if anything was typed and the call is not saved)."""
        self._draft_timer.stop()
        if self._finished or not self._dirty or self.store is None:
            return
        try:
            self.store.save_call_draft(self.case_id, self._call_id, self.draft_data())
        except Exception as error:  # keep the dialog open; the text is still on screen
            self.show_notice(self.tr("Could not keep a draft: {0}").format(error))

    def _clear_draft(self) -> None:
        self._draft_timer.stop()
        if self.store is None:
            return
        try:
            self.store.clear_call_draft(self.case_id, self._call_id)
        except Exception as error:
            self.show_notice(self.tr("Could not remove the draft: {0}").format(error))

    # --- closing -------------------------------------------------------------------------

    def request_save(self) -> None:
        self.save_requested.emit(self.current_call())

    def saved(self) -> None:
        """The page stored the call: drop the draft and close."""
        self._finished = True
        self.timer_row.stop_ticking()
        self._clear_draft()
        self.accept()

    def reject(self) -> None:
        """Cancel, Esc or the window's close button: ask before throwing typing away."""
        if (
            self._dirty
            and not self._finished
            and not ask.confirm(
                self,
                self.tr("Discard this call?"),
                self.tr("What you typed for this call will be thrown away. Discard it?"),
            )
        ):
            return
        self._finished = True
        self.timer_row.stop_ticking()
        self._clear_draft()
        super().reject()

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_draft_now()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_draft_now()
        super().closeEvent(event)
