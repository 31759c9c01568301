"""What a state's Medicaid program is known to cover for lactation support and breast pumps.

Data: `data/medicaid_lactation.json` (50 states and DC), each fact with a verbatim quote; a
fact no quote gives is None and named in `unknown`, and the app then tells the member to
ask the Medicaid plan or the state agency. Read on first use.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from helper import knowledge

_SOURCE_KEYS = ("document", "section", "quote", "url", "read_on", "wording")


@dataclass(frozen=True)
class MedicaidLactation:
    """One state's Medicaid lactation coverage, as far as a quoted source gives it."""

    state: str
    place: str
    covers_lactation_support: bool | None
    covers_breast_pump: bool | None
    ibclc_can_bill: bool | None
    who_can_provide: str | None
    session_limits: str | None
    pump_rules: str | None
    program_start: dt.date | None
    sources: tuple[dict[str, str], ...]
    confidence: str
    checked: str
    unknown: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def known(self) -> bool:
        """True when at least one fact about this state was read in a source."""
        return bool(self.sources)

    def sources_for(self, fact: str) -> tuple[dict[str, str], ...]:
        """The sources whose quote gives `fact` (a field name)."""
        entries = _data()["states"][self.state]["sources"]
        return tuple(_source(entry) for entry in entries if fact in entry.get("supports", ()))


def _data() -> dict[str, Any]:
    return knowledge.load("medicaid_lactation")


def _source(entry: dict[str, Any]) -> dict[str, str]:
    return {key: entry[key] for key in _SOURCE_KEYS if entry.get(key) is not None}


def medicaid_lactation(state: str | None) -> MedicaidLactation | None:
    """The entry of `state` (two-letter code, any case), or None for no or an unknown code
    (the territories are not in the data)."""
    if not state:
        return None
    code = str(state).strip().upper()
    entry = _data()["states"].get(code)
    if entry is None:
        return None
    start = entry["program_start"]
    return MedicaidLactation(
        state=code,
        place=entry["place"],
        covers_lactation_support=entry["covers_lactation_support"],
        covers_breast_pump=entry["covers_breast_pump"],
        ibclc_can_bill=entry["ibclc_can_bill"],
        who_can_provide=entry["who_can_provide"],
        session_limits=entry["session_limits"],
        pump_rules=entry["pump_rules"],
        program_start=dt.date.fromisoformat(start) if start else None,
        sources=tuple(_source(item) for item in entry["sources"]),
        confidence=entry["confidence"],
        checked=entry["checked"],
        unknown=tuple(entry["unknown"]),
        notes=tuple(entry["notes"]),
    )
