"""The code table: CPT, HCPCS and ICD-10 codes and modifiers the lactation policies name.

Data lives in `data/codes.json` (each code with a plain-words description, the policies
that name it and the quoted source). Codes are compared in a normal form: upper case,
no dots, no spaces, so "o91.21", "O91.21" and "O9121" are the same code.
"""

from __future__ import annotations

import copy
import re
from functools import cache, lru_cache
from typing import Any

from helper.knowledge import load

KINDS = ("cpt", "hcpcs", "icd10", "icd10_category", "modifier", "medi_cal_local")

_NOT_CODE_CHARS = re.compile(r"[\s.\-]+")


@lru_cache(maxsize=4096)
def normalise_code(code: str) -> str:
    """Upper case without dots, dashes or whitespace: " o91.21 " -> "O9121"."""
    if not isinstance(code, str):
        return ""
    return _NOT_CODE_CHARS.sub("", code).upper()


def matches_category(code: str, category: str) -> bool:
    """True when `code` is `category` or a more detailed code under it.

    O91 covers O91.2 and O91.21; R63.3 covers R63.30 but not R63.4. Case, dots and
    whitespace do not matter. An empty code or category matches nothing.
    """
    wanted = normalise_code(category)
    return bool(wanted) and normalise_code(code).startswith(wanted)


@cache
def _table() -> dict[str, Any]:
    return load("codes")


@cache
def _index() -> dict[str, dict[str, Any]]:
    return {normalise_code(entry["code"]): entry for entry in _table()["codes"]}


def code_info(code: str) -> dict[str, Any] | None:
    """The table entry for exactly this code (any spelling), or None if the table lacks it.

    The entry has `code`, `kind`, `description` (plain words), `policies` (ids),
    `sources` ([{document, section, quote}]) and optional flags `category`,
    `timed_minutes`, `physician_only`, `not_to_report`. It is a copy: change it freely.
    """
    entry = _index().get(normalise_code(code))
    return copy.deepcopy(entry) if entry is not None else None


def category_info(code: str) -> dict[str, Any] | None:
    """The category entry (e.g. O91, R63.3) that covers `code`, or None.

    The longest matching category wins, so R63.30 finds R63.3 rather than a shorter one.
    """
    wanted = normalise_code(code)
    covering = [
        (len(key), entry)
        for key, entry in _index().items()
        if entry.get("category") and wanted.startswith(key)
    ]
    best = max(covering, key=lambda pair: pair[0])[1] if covering else None
    return copy.deepcopy(best) if best is not None else None


def describe(code: str) -> str | None:
    """Plain words for a code, or for the category it falls in; None when unknown."""
    entry = code_info(code) or category_info(code)
    return entry["description"] if entry else None


def all_codes() -> list[dict[str, Any]]:
    """Every entry of the table, in table order (copies)."""
    return copy.deepcopy(_table()["codes"])


def codes_for_policy(policy_id: str) -> list[dict[str, Any]]:
    """The entries a policy names (`bcbsnm-cpcp043`, `ccah-breastfeeding`, ...)."""
    return [entry for entry in all_codes() if policy_id in entry["policies"]]


def policy_names() -> dict[str, str]:
    """Policy id -> the document it stands for, as the code table cites it."""
    return dict(_table()["policies"])
