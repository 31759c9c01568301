"""The home page: what to do next. Open actions from the coverage check, deadlines with
days left, follow-ups from calls, the last letter sent, and "Add deadlines to my calendar"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helper.i18n import letter_kind_title
from helper.next_actions import NextActions, days_left_text, long_date, next_actions
from ui import ask
from ui.context import run_check
from ui.i18n import current_language
from ui.pages.base import Page
from ui.widgets.checklist_links import can_open_letters, new_case_action, open_letter
from ui.widgets.heading import heading_label
from ui.widgets.named import push_button
from ui.widgets.reflow_box import ReflowBox
from ui.widgets.text_label import text_label
from ui.widgets.wrap_button import WrapButton


class HomePage(Page):
    """objectNames: `home-start` (no case), `home-new-case`, `home-summary`, `home-deadlines`
    (`home-deadline-<n>`), `home-actions` (`home-action-<n>`, `home-action-<n>-letter`),
    `home-follow-ups` (`home-follow-up-<n>`), `home-last-letter`, `home-calendar`,
    `home-nothing`, `home-go-checklist`, `home-go-coverage`."""

    name = "home"
    title = "Home"

    @classmethod
    def nav_title(cls) -> str:
        return cls.tr("What's next")

    def __init__(
        self, context, parent: QWidget | None = None, today: Callable[[], dt.date] = dt.date.today
    ):
        super().__init__(context, parent)
        self.today = today
        self.next: NextActions | None = None
        self.column = QVBoxLayout(self)
        heading = heading_label(self.tr("What to do next"), 1.5)
        self.column.addWidget(heading)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("home-scroll")
        self.scroll.setWidgetResizable(True)
        self.column.addWidget(self.scroll, 1)
        # Filled in when first shown (see Page): a hidden page costs nothing at start.

    # ----- showing -----------------------------------------------------------------------

    def refresh(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        case = self.context.case()
        if case is None:
            self.next = None
            self._start(layout)
        else:
            report, problem = run_check(self.context)
            self.next = next_actions(case, report, self.today())
            if problem:
                layout.addWidget(text_label(problem, "home-check-problem"))
            self._lists(layout, self.next)
        layout.addStretch(1)
        old = self.scroll.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll.setWidget(body)

    def _start(self, layout: QVBoxLayout) -> None:
        box = QGroupBox(self.tr("Welcome"))
        box.setObjectName("home-start")
        inner = QVBoxLayout(box)
        inner.addWidget(
            text_label(
                self.tr(
                    "This app helps you get your health plan to pay for lactation support: a "
                    "checklist of what to ask, a check of your visits and claims, a log of your "
                    "calls, and letters when a claim is denied. Start by creating a case for "
                    "your family."
                ),
                "home-welcome",
            )
        )
        action = new_case_action(self)
        button = push_button("home-new-case", self.tr("Create my case"), self.tr("Start a case: your plan, your baby and your visits"), action.trigger if action is not None else self._no_window, min_height=38)  # fmt: skip
        button.setEnabled(action is not None)
        inner.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        if action is None:
            inner.addWidget(
                text_label(self.tr("Use File > New case to begin."), "home-new-case-hint")
            )
        layout.addWidget(box)

    def _no_window(self) -> None:
        ask.inform(self, self.tr("New case"), self.tr("Use File > New case to begin."))

    def _lists(self, layout: QVBoxLayout, items: NextActions) -> None:
        tr = self.tr
        lang = current_language()
        letters = can_open_letters(self, self.context)
        if items.empty:
            layout.addWidget(
                text_label(
                    tr("Nothing needs doing right now. Add visits and claims on the Coverage "
                       "page, or work through the checklist before your next visit."),
                    "home-nothing",
                )
            )  # fmt: skip

        deadlines = QGroupBox(tr("Deadlines"))
        deadlines.setObjectName("home-deadlines")
        inner = QVBoxLayout(deadlines)
        if not items.deadlines:
            inner.addWidget(
                text_label(
                    tr("No deadlines yet. A denied claim starts the clock for an appeal."),
                    "home-no-deadlines",
                )
            )
        for n, deadline in enumerate(items.deadlines, start=1):
            text = tr("{title} by {date} — {left}").format(
                title=tr(deadline.title),
                date=long_date(deadline.due, lang),
                left=days_left_text(deadline.days_left, lang),
            )
            label = text_label(text, f"home-deadline-{n}")
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            label.setToolTip(deadline.message)
            inner.addWidget(label)
            if deadline.next_step:
                inner.addWidget(text_label(deadline.next_step, f"home-deadline-{n}-step"))
            if deadline.letter_kind and letters:
                inner.addWidget(
                    self._letter_button(
                        f"home-deadline-{n}-letter", deadline.letter_kind, deadline.visit
                    ),
                    0,
                    Qt.AlignmentFlag.AlignLeft,
                )
        # wraps at large text: in Spanish the words are wider than the page
        calendar = WrapButton(tr("Add deadlines to my calendar…"))
        calendar.setObjectName("home-calendar")
        calendar.setToolTip(
            tr("Save the deadlines and call-backs as a calendar file (.ics) with reminders")
        )
        calendar.setAccessibleDescription(calendar.toolTip())
        calendar.setMinimumHeight(38)
        calendar.clicked.connect(lambda: self.save_calendar())
        calendar.setEnabled(bool(items.deadlines or items.follow_ups))
        inner.addWidget(calendar, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(deadlines)

        actions = QGroupBox(tr("To do"))
        actions.setObjectName("home-actions")
        inner = QVBoxLayout(actions)
        if not items.actions:
            inner.addWidget(
                text_label(tr("Nothing open from the coverage check."), "home-no-actions")
            )
        for n, action in enumerate(items.actions, start=1):
            word = tr("Problem") if action.severity == "problem" else tr("Action needed")
            inner.addWidget(text_label(f"{word}: {action.message}", f"home-action-{n}"))
            if action.next_step:
                inner.addWidget(
                    text_label(
                        tr("Next step: {step}").format(step=action.next_step),
                        f"home-action-{n}-step",
                    )
                )
            if action.letter_kind and letters:
                inner.addWidget(
                    self._letter_button(
                        f"home-action-{n}-letter", action.letter_kind, action.visit
                    ),
                    0,
                    Qt.AlignmentFlag.AlignLeft,
                )
        layout.addWidget(actions)

        follow = QGroupBox(tr("Call-backs"))
        follow.setObjectName("home-follow-ups")
        inner = QVBoxLayout(follow)
        if not items.follow_ups:
            inner.addWidget(
                text_label(
                    tr(
                        "No call-backs due. When you log a call, set a follow-up date and it shows here."
                    ),
                    "home-no-follow-ups",
                )
            )
        for n, item in enumerate(items.follow_ups, start=1):
            call = item.call
            who = call.department or call.phone or tr("the plan")
            text = tr("Call {who} back by {date} — {left}").format(
                who=who, date=long_date(item.due, lang), left=days_left_text(item.days_left, lang)
            )
            if call.reference:
                text += " " + tr("(reference {ref})").format(ref=call.reference)
            inner.addWidget(text_label(text, f"home-follow-up-{n}"))
        layout.addWidget(follow)

        letter = items.last_letter
        if letter is not None:
            methods = {
                "print": tr("printed"),
                "pdf": tr("saved as PDF"),
                "email": tr("by email"),
                "mail_app": tr("from your mail app"),
                "portal": tr("through the plan's website"),
            }
            how = ""
            if letter.method:
                how = " " + methods.get(letter.method, letter.method.replace("_", " "))
            to = f" {tr('to')} {letter.to}" if letter.to else ""
            text = tr("Last letter sent: {kind}, on {date}{how}{to}.").format(
                kind=letter_kind_title(letter.kind, lang),
                date=long_date(letter.sent, lang),
                how=how,
                to=to,
            )
            layout.addWidget(text_label(text, "home-last-letter"))

        row = ReflowBox(min_chars=0)  # one above the other when they do not fit across
        for name, page, text in (
            ("home-go-checklist", "checklist", tr("Open the checklist")),
            ("home-go-coverage", "coverage", tr("Check my coverage")),
        ):
            window = self.window()
            if callable(getattr(window, "has_page", None)) and window.has_page(page):
                button = push_button(
                    name, text, text, lambda p=page: self.window().show_page(p), min_height=38
                )
                row.box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        row.box.addStretch(1)
        layout.addWidget(row)

    def _letter_button(self, name: str, kind: str, visit: str | None) -> WrapButton:
        """ "Open letter: <the letter's title>", wrapping when the title is long."""
        words = letter_kind_title(kind, current_language())
        button = WrapButton(self.tr("Open letter: {kind}").format(kind=words))
        button.setObjectName(name)
        button.setToolTip(
            self.tr("Open the letter “{kind}”, filled in from your case").format(kind=words)
        )
        button.setMinimumHeight(38)
        button.clicked.connect(lambda: open_letter(self, self.context, kind, visit))
        return button

    # ----- calendar ----------------------------------------------------------------------

    def save_calendar(self) -> Path | None:
        """Ask where, then write the deadlines and call-backs as an .ics file."""
        if self.next is None or not (self.next.deadlines or self.next.follow_ups):
            return None
        path = ask.save_file(
            self,
            self.tr("Add deadlines to my calendar"),
            self.tr("Calendar files (*.ics)"),
            "lactation-deadlines.ics",
        )
        if not path:
            return None
        from helper.calendar_ics import (  # on use: the page shows without it
            calendar_text,
            deadline_events,
            follow_up_events,
            write_calendar,
        )

        key = self.context.case_id or ""
        events = deadline_events(key, self.next.deadlines) + follow_up_events(
            key, self.next.follow_ups
        )
        target = Path(path)
        try:
            write_calendar(target, calendar_text(events))
        except OSError as error:
            ask.warn(self, self.tr("Calendar file not saved"), str(error))
            return None
        ask.inform(
            self, self.tr("Calendar file saved"),
            self.tr("Open {name} with your calendar app to add the dates, with reminders.").format(name=target.name),
        )  # fmt: skip
        return target
