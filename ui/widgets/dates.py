"""Dates as the UI shows them: "March 9, 2027" / "9 de marzo de 2027" (files keep ISO).

The words come from `helper.i18n` in the app's language, not from the system locale.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateTimeEdit

from helper import i18n
from helper.model.fields import FIRST_DATE, LAST_DATE
from ui.i18n import current_language


def show_date(value: dt.date | None, empty: str = "") -> str:
    """A date in words, in the app's language: "March 9, 2027", "9 de marzo de 2027"."""
    if value is None:
        return empty
    return i18n.long_date(value, current_language())


def show_date_time(value: dt.datetime | None, empty: str = "") -> str:
    """A date and time: "March 9, 2027, 10:05", "9 de marzo de 2027, 10:05"."""
    if value is None:
        return empty
    return i18n.long_date_time(value, current_language())


def date_display_format() -> str:
    """The display format of date boxes (QDateEdit) in the app's language."""
    return "d 'de' MMMM 'de' yyyy" if current_language() == "es" else "MMMM d, yyyy"


def limit_to_case_dates(box: QDateTimeEdit) -> None:
    """Keep a date box (QDateEdit or QDateTimeEdit) inside the dates a case may hold."""
    box.setDateRange(
        QDate(FIRST_DATE.year, FIRST_DATE.month, FIRST_DATE.day),
        QDate(LAST_DATE.year, LAST_DATE.month, LAST_DATE.day),
    )


def date_time_display_format() -> str:
    """The display format of a short date-and-time box (QDateTimeEdit)."""
    return "d MMM yyyy hh:mm" if current_language() == "es" else "MMM d, yyyy hh:mm"
