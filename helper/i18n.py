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


# --- core texts ----------------------------------------------------------------------------
# The core's own words (summary headings, deadline titles, error reasons...) are one
# catalogue: English in `data/texts.json`, one section per catalogue, each text under a
# stable id; a translation is the overlay `data/i18n/<lang>/texts.json`, as for knowledge.


def english_texts(catalogue: str) -> dict[str, str]:
    """The English texts of one catalogue, by id (`data/texts.json`)."""
    return load("texts")[catalogue]


def text(catalogue: str, msg_id: str, lang: str = ENGLISH, /, **params: Any) -> str:
    """The text `msg_id` of `catalogue` in `lang` (English when untranslated), with its
    `{placeholders}` filled from `params`. An unknown id is a bug: KeyError."""
    english = english_texts(catalogue)[msg_id]
    words = localized(msg_id, None, english, lang, section("texts", catalogue, lang))
    return words.format(**params) if params else words


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


def month_year(value: dt.date, lang: str = ENGLISH) -> str:
    """A month and year: "March 2027" (en), "marzo de 2027" (es)."""
    lang = base_language(lang)
    if lang == ENGLISH:
        return f"{MONTHS_EN[value.month - 1]} {value.year}"
    from babel.dates import format_skeleton  # on use: English needs no Babel

    return format_skeleton("yMMMM", value, locale=lang)


def days_left_text(days: int, lang: str = ENGLISH) -> str:
    """How far a due date is: "102 days left", "due today", "passed 3 days ago" (en);
    "quedan 102 días", "vence hoy", "venció hace 3 días" (es)."""
    if days > 1:
        return text("dates", "days_left.many", lang, days=days)
    if days == 1:
        return text("dates", "days_left.one", lang)
    if days == 0:
        return text("dates", "days_left.today", lang)
    if days == -1:
        return text("dates", "days_left.yesterday", lang)
    return text("dates", "days_left.ago", lang, days=-days)


# --- numbers --------------------------------------------------------------------------------
# Amounts are US dollars for a US reader in either language: CLDR's en_US and es_US.


def _number_locale(lang: str) -> str:
    return f"{base_language(lang)}_US"


def number(value: int | float, lang: str = ENGLISH) -> str:
    """A number with its group separators: "1,000,000" (en and es_US)."""
    from babel.numbers import format_decimal  # on use: start-up needs no number formats

    return format_decimal(value, locale=_number_locale(lang))


def amount(value: float, lang: str = ENGLISH) -> str:
    """An amount in dollars: "$1,234.50" (en), "$1,234.50" (es_US, as US Spanish writes it)."""
    lang = base_language(lang)
    if lang == ENGLISH or _plain_dollars(lang):  # en_US is "$1,234.50" (a test checks Babel)
        return f"-${-value:,.2f}" if value < 0 else f"${value:,.2f}"
    from babel.numbers import format_currency

    return format_currency(value, "USD", locale=_number_locale(lang))


@cache
def _plain_dollars(lang: str) -> bool:
    """Whether CLDR writes dollars in `lang` as "$1,234.50" (en_US and es_US do): then the
    checker's thousands of amounts are written without asking Babel each time (a tenth of
    a millisecond each, which made a check of 200 visits twice as slow)."""
    from babel.numbers import format_currency  # on use: start-up needs no number formats

    probes = (0, 5, 1234567.891, -42.5)
    locale = _number_locale(lang)
    expected = [f"-${-v:,.2f}" if v < 0 else f"${v:,.2f}" for v in probes]
    return [format_currency(v, "USD", locale=locale) for v in probes] == expected


# --- periods and citations ------------------------------------------------------------------
# The periods of the law as the letters state them (helper.letters.law: "180 days", the
# plan's "30 days" to decide) and the word that joins citations: catalogue "law".


def period_text(period: str, lang: str = ENGLISH) -> str:
    """ "180 days" (en), "180 días" (es); a period the catalogue lacks stays as it is."""
    msg_id = "period." + period.replace(" ", "_")
    if msg_id not in english_texts("law"):
        return period
    return text("law", msg_id, lang)


def cite_text(cite: str, lang: str = ENGLISH) -> str:
    """Citations joined in `lang`: "29 CFR 2560.503-1 y 45 CFR 147.136(b)" (es)."""
    if base_language(lang) == ENGLISH:
        return cite
    return cite.replace(" and ", f" {text('law', 'cite_and', lang)} ")
