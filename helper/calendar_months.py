"""Counting in calendar months, as deadlines and policies do ("four months after", "up to
age one"), where the target month may have no matching day."""

from __future__ import annotations

import datetime as dt


def add_months(start: dt.date, months: int, no_matching_day: str = "last_day_of_month") -> dt.date:
    """`start` moved by `months` calendar months (negative goes back).

    When the target month is shorter than `start.day`: "last_day_of_month" gives that
    month's last day; "first_day_of_next_month" gives the first day of the month after it.
    """
    index = start.year * 12 + (start.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    if start.day <= last:
        return dt.date(year, month, start.day)
    if no_matching_day == "first_day_of_next_month":
        return dt.date(year, month, last) + dt.timedelta(days=1)
    return dt.date(year, month, last)
