"""What the app says about an insurer policy itself: its number, title and date, where to
read the current one, whether it is old, and, for an insurer whose policy the app does not
have, which policy to ask for (data/policy_requests.json).

A policy's date is its last review date, else its effective date (a month-only date, as
"Last Reviewed: March 2018", counts from the first of the month). Researched policies carry
`url` and their dates (null when not seen); seed policies carry neither and get no note.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from helper import knowledge
from helper.calendar_months import add_months
from helper.coverage.report import long_date
from helper.i18n import month_year, text

OLD_AFTER_MONTHS = 24  # a policy dated more than two years ago may have changed


def policy_date(policy: dict[str, Any]) -> tuple[dt.date | None, str | None]:
    """(date, "reviewed" or "effective") of a policy, or (None, None) when it has none."""
    for field, word in (("reviewed_date", "reviewed"), ("effective_date", "effective")):
        value = policy.get(field)
        if value:
            year, month, *day = (int(part) for part in value.split("-"))
            return dt.date(year, month, day[0] if day else 1), word
    return None, None


def date_words(policy: dict[str, Any], lang: str = "en") -> str:
    """ "reviewed May 9, 2024", "reviewed March 2018", or "date not known" (en/es)."""
    date, word = policy_date(policy)
    if date is None:
        return text("policy_info", "date_unknown", lang)
    field = "reviewed_date" if word == "reviewed" else "effective_date"
    month_only = len(policy[field]) == 7
    when = month_year(date, lang) if month_only else long_date(date, lang)
    return text("policy_info", word, lang, date=when)


def date_note(policy: dict[str, Any] | None, today: dt.date) -> str | None:
    """ "old" (dated more than two years before `today`), "unknown" (no date seen), or None
    (recent, or a seed policy that records no date)."""
    if not policy or "url" not in policy:
        return None
    date, _word = policy_date(policy)
    if date is None:
        return "unknown"
    return "old" if date < add_months(today, -OLD_AFTER_MONTHS) else None


def name(policy: dict[str, Any]) -> str:
    """'Aetna policy 0421 "Breast Pumps"': insurer, number and title (a seed policy, which
    records no number: "insurer: title")."""
    if policy.get("number"):
        return f'{policy["insurer"]} policy {policy["number"]} "{policy["title"]}"'
    return f"{policy['insurer']}: {policy['title']}"


def known_policies(lang: str = "en") -> list[dict[str, Any]]:
    """Every shipped policy: id, name, insurer (without a "(Medi-Cal)"-style note), date
    words in `lang`, url and read_on (date, url and read_on None for a seed policy)."""
    rows = []
    for file in knowledge.names("policies"):
        policy = knowledge.load(file)
        rows.append(
            {
                "id": policy["id"],
                "name": name(policy),
                "insurer": policy["insurer"].split(" (", 1)[0],
                "date": date_words(policy, lang) if "url" in policy else None,
                "url": policy.get("url"),
                "read_on": policy.get("read_on"),
            }
        )
    return rows


def policy_request(insurer: str | None, lang: str = "en") -> str | None:
    """Which policy to ask `insurer` for, when the app knows its name for that insurer
    (data/policy_requests.json); the general words for any other insurer named; None when
    no insurer is named."""
    words = (insurer or "").strip().lower()
    if not words:
        return None
    table = knowledge.load("policy_requests")
    for entry in table["insurers"]:
        if any(match in words for match in entry["match"]):
            chosen = entry["ask_for"] or table["general"]
            return chosen.get(lang) or chosen["en"]
    return table["general"].get(lang) or table["general"]["en"]
