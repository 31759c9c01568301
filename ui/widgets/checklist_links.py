"""Actions that reach beyond a page: open a letter, start a new case, log a call.

Each asks the main window (or the context) for what it offers and degrades gently when a
part is not in this build: the Letters page may be missing, the call editor too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from helper.model import Case
from helper.store import StoreError
from ui import ask


def _window(widget: QWidget):
    return widget.window()


def can_open_letters(widget: QWidget, context) -> bool:
    if callable(getattr(context, "open_letter", None)):
        return True
    window = _window(widget)
    has_page = getattr(window, "has_page", None)  # without building the page
    return callable(has_page) and has_page("letters")


def open_letter(widget: QWidget, context, kind: str, visit: str | None = None) -> bool:
    """Open the Letters page on letter `kind` (for `visit`). False when there is none.

    Prefers `context.open_letter(kind, visit)`; else the window's letters page: its
    `open_letter(kind, visit)` when it has one, or just switching to it.
    """
    opener = getattr(context, "open_letter", None)
    if callable(opener):
        opener(kind, visit)
        return True
    window = _window(widget)
    find_page = getattr(window, "page", None)
    page = find_page("letters") if callable(find_page) else None
    if page is None:
        return False
    window.show_page("letters")
    page_opener = getattr(page, "open_letter", None)
    if callable(page_opener):
        page_opener(kind, visit)
        return True
    choose = getattr(page, "choose_kind", None)
    if callable(choose):
        try:
            choose(kind)
        except KeyError:
            return True  # the page is open; that kind is not offered for this case
    combo = getattr(page, "visit_combo", None)
    if visit is not None and combo is not None:
        index = combo.findData(visit)
        if index >= 0:
            combo.setCurrentIndex(index)
    return True


def new_case_action(widget: QWidget):
    """The main window's "New case" QAction, or None outside the main window."""
    return getattr(_window(widget), "new_case_action", None)


def _latest_visit(case: Case | None) -> str | None:
    if case is None or not case.visits:
        return None
    denied = [i for i, v in enumerate(case.visits) if v.claim and v.claim.status == "denied"]
    index = denied[-1] if denied else len(case.visits) - 1
    return case.visit_key(index)


def call_prefill(case: Case | None, now: dt.datetime) -> dict:
    """A call-editor draft: now, member services, about the latest (denied) visit."""
    call = {
        "started": now.replace(second=0, microsecond=0).isoformat(),
        "department": "Member services",
    }
    visit = _latest_visit(case)
    if visit is not None:
        call["visit"] = visit
    return {"call": call}


def open_call_editor(widget: QWidget, context, now: Callable[[], dt.datetime] = dt.datetime.now):
    """Open the call editor prefilled for a new call; the call is stored when saved.

    Returns the editor, or None when there is no case.
    """
    if not context.case_id:
        return None
    from ui.dialogs.call_editor import CallEditor  # imported on use: a dialog, not start-up

    case = context.case()
    editor = CallEditor(
        context.store, context.case_id, case, call=None, draft=call_prefill(case, now()),
        parent=widget,
    )  # fmt: skip
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def store_call(call) -> None:
        try:
            context.store.add_call(context.case_id, call)
        except (StoreError, OSError) as error:  # keep the editor open with the typing
            ask.warn(
                widget,
                widget.tr("Call not saved"),
                widget.tr("The call could not be saved: {error}").format(error=error),
            )
            return
        editor.saved()
        context.notify_calls_changed()  # the Calls and Home pages show calls

    editor.save_requested.connect(store_call)
    editor.open()
    return editor
