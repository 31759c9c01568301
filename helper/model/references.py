"""Keys by which calls, letters and documents point at a visit or a pump, and how those
keys move when a visit or pump is deleted (a visit without an id is known by position)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from helper.model.case import Case


def visit_keys(case: Case) -> list[str]:
    """Each visit's key: its id, or its position as a string when it has none."""
    return [case.visit_key(i) for i in range(len(case.visits))]


def equipment_keys(case: Case) -> list[str]:
    """Each pump or supply item's key: "equipment:" and its id, or its position."""
    return [f"equipment:{item.id or i}" for i, item in enumerate(case.equipment)]


def moves(before: list[str], deleted: int, after: list[str]) -> dict[str, str | None]:
    """Old key -> new key once item `deleted` of a list is gone (its own key -> None)."""
    moved: dict[str, str | None] = dict(
        zip(before[:deleted] + before[deleted + 1 :], after, strict=True)
    )
    moved[before[deleted]] = None
    return moved


def relink(items: Iterable[Any], moved: dict[str, str | None]) -> list[Any]:
    """Point each item's `visit` at its new key; returns the items that changed."""
    changed = []
    for item in items:
        if item.visit is not None and moved.get(item.visit, item.visit) != item.visit:
            item.visit = moved[item.visit]
            changed.append(item)
    return changed
