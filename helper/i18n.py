"""Texts of the knowledge base in the user's language, falling back to English.

English lives in the knowledge files themselves (`data/checklist.json`...). A translation
is an overlay `data/i18n/<lang>/<name>.json` keyed by the English file's ids; anything it
lacks shows in English. Pure Python: the UI passes its language in as `lang` ("en", "es").
Sources (document names, quoted words) are never translated: a quote is a quote.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

from helper.knowledge import KnowledgeError, load

ENGLISH = "en"
LANGUAGES = ("en", "es")


def base_language(code: str | None) -> str:
    """ "es-MX", "es_US" or "ES" -> "es"; anything not shipped -> "en"."""
    lang = (code or "").replace("_", "-").split("-", 1)[0].lower()
    return lang if lang in LANGUAGES else ENGLISH


def overlay(name: str, lang: str) -> dict[str, Any]:
    """The translation overlay of `data/<name>.json` in `lang`; {} for English or when absent."""
    lang = base_language(lang)
    if lang == ENGLISH:
        return {}
    try:
        return load(f"i18n/{lang}/{name}")
    except KnowledgeError:
        return {}


def localized(
    entry_id: str, field: str | None, english_text: str, lang: str, table: dict[str, Any]
) -> str:
    """`table[entry_id][field]` (or `table[entry_id]` when `field` is None) when it is a
    non-empty string, else `english_text`. `table` is one section of an overlay."""
    if base_language(lang) == ENGLISH:
        return english_text
    entry = table.get(entry_id)
    if field is not None:
        entry = entry.get(field) if isinstance(entry, dict) else None
    return entry if isinstance(entry, str) and entry else english_text


def section(name: str, key: str, lang: str) -> dict[str, Any]:
    """One section of an overlay, e.g. section("checklist", "steps", "es"); {} when absent."""
    value = overlay(name, lang).get(key, {})
    return value if isinstance(value, dict) else {}


def letter_kind_text(kind_id: str, field: str, english_text: str, lang: str) -> str:
    """A letter kind's `title` or `purpose` in `lang` (the letter itself stays English)."""
    return localized(kind_id, field, english_text, lang, section("letter_kinds", "kinds", lang))


def letter_kind_title(kind_id: str, lang: str = ENGLISH) -> str:
    """A letter kind's title in `lang` ("Appeal a denied or charged visit or pump..."), for
    buttons and lines that name a kind; its id in words ("aca appeal") when unknown."""
    from helper.letters.kinds import KINDS  # on use: the letters package is not small

    kind = KINDS.get(kind_id)
    if kind is None:
        return kind_id.replace("_", " ")
    return letter_kind_text(kind_id, "title", kind.title, lang)


# --- dates ---------------------------------------------------------------------------------
# English dates are written here (a table is fastest, and the call log formats thousands);
# other languages' month names and date patterns come from CLDR through Babel. Never
# the system locale: the app's language is the user's choice in Settings.

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


@cache
def _cldr_months(lang: str, width: str) -> tuple[str, ...]:
    from babel.dates import get_month_names  # on use: English needs no Babel

    names = get_month_names(width, locale=lang)
    return tuple(names[month] for month in range(1, 13))


def month_name(month: int, lang: str = ENGLISH) -> str:
    """The full month name, 1-12: "March" (en), "marzo" (es)."""
    lang = base_language(lang)
    return MONTHS_EN[month - 1] if lang == ENGLISH else _cldr_months(lang, "wide")[month - 1]


def short_month_name(month: int, lang: str = ENGLISH) -> str:
    """The abbreviated month name, 1-12: "Sep" (en), "sept" (es)."""
    lang = base_language(lang)
    if lang == ENGLISH:
        return MONTHS_EN[month - 1][:3]
    return _cldr_months(lang, "abbreviated")[month - 1].rstrip(".")


def long_date(value: dt.date, lang: str = ENGLISH) -> str:
    """A date as people read it: "March 9, 2027" (en), "9 de marzo de 2027" (es)."""
    lang = base_language(lang)
    if lang == ENGLISH:
        return f"{MONTHS_EN[value.month - 1]} {value.day}, {value.year}"
    from babel.dates import format_date  # on use: English needs no Babel

    return format_date(value, format="long", locale=lang)


def short_date_time(value: dt.datetime, lang: str = ENGLISH) -> str:
    """A short date and time, as in a table: "Sep 12, 2026 10:05" (en),
    "12 sept 2026 10:05" (es)."""
    lang = base_language(lang)
    month = short_month_name(value.month, lang)
    time = f"{value.hour:02d}:{value.minute:02d}"
    if lang == ENGLISH:
        return f"{month} {value.day}, {value.year} {time}"
    return f"{value.day} {month} {value.year} {time}"


def long_date_time(value: dt.datetime, lang: str = ENGLISH) -> str:
    """ "March 9, 2027, 10:05" (en), "9 de marzo de 2027, 10:05" (es)."""
    return f"{long_date(value, lang)}, {value.hour:02d}:{value.minute:02d}"


def days_left_text(days: int, lang: str = ENGLISH) -> str:
    """How far a due date is: "102 days left", "due today", "passed 3 days ago" (en);
    "quedan 102 días", "vence hoy", "venció hace 3 días" (es)."""
    if base_language(lang) == "es":
        if days > 1:
            return f"quedan {days} días"
        if days == 1:
            return "queda 1 día"
        if days == 0:
            return "vence hoy"
        if days == -1:
            return "venció ayer"
        return f"venció hace {-days} días"
    if days > 1:
        return f"{days} days left"
    if days == 1:
        return "1 day left"
    if days == 0:
        return "due today"
    if days == -1:
        return "passed yesterday"
    return f"passed {-days} days ago"


# --- periods and citations ------------------------------------------------------------------
# The periods of the law as the letters state them (helper.letters.law: "180 days", the
# plan's "30 days" to decide) and the words that join citations.

PERIOD_ES = {
    "180 days": "180 días",
    "60 calendar days": "60 días de calendario",
    "90 days": "90 días",
    "60 days": "60 días",
    "30 days": "30 días",
    "6 months": "6 meses",
}


def period_text(period: str, lang: str = ENGLISH) -> str:
    """ "180 days" (en), "180 días" (es); a period without a Spanish text stays as it is."""
    if base_language(lang) == "es":
        return PERIOD_ES.get(period, period)
    return period


def cite_text(cite: str, lang: str = ENGLISH) -> str:
    """Citations joined in `lang`: "29 CFR 2560.503-1 y 45 CFR 147.136(b)" (es)."""
    if base_language(lang) == "es":
        return cite.replace(" and ", " y ")
    return cite
