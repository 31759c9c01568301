"""Dates as the UI shows them: "March 9, 2027" (files keep ISO)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def show_date(value: dt.date | None, empty: str = "") -> str:
    """A date in words, in the user's language: "March 9, 2027"."""
    if value is None:
        return empty
    return QLocale().toString(QDate(value.year, value.month, value.day), "MMMM d, yyyy")


def show_date_time(value: dt.datetime | None, empty: str = "") -> str:
    """A date and time: "March 9, 2027, 10:05"."""
    if value is None:
        return empty
    stamp = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))
    return QLocale().toString(stamp, "MMMM d, yyyy, HH:mm")
