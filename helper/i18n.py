"""Texts of the knowledge base in the user's language, falling back to English.

English lives in the knowledge files themselves (`data/checklist.json`...). A translation
is an overlay `data/i18n/<lang>/<name>.json` keyed by the English file's ids; anything it
lacks shows in English. Pure Python: the UI passes its language in as `lang` ("en", "es").
Sources (document names, quoted words) are never translated: a quote is a quote.
"""

from __future__ import annotations

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
