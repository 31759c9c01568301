"""Shared helpers for the letter tests: cases, facts, and PDF text read back with pypdf."""

from __future__ import annotations

import copy
import datetime as dt
import re

from helper.model import Case
from tests.helper.pdf_support import pdf_text  # noqa: F401 (the letter tests import it from here)

TODAY = dt.date(2026, 9, 20)
ADDRESS = {"recipient.address": "Appeals Dept\nPO Box 27630\nAlbuquerque, NM 87125"}
ALL_FACTS = {
    **ADDRESS,
    "reprocessing.mode": "corrected",
    "visits[v1].claim.final_denial_date": "2026-10-01",
}


def facts_for(kind: str) -> dict:
    """ALL_FACTS for `kind`: an appeal is about a claim whose appeal is still open, so it
    gets no final decision date (an appeal of a decided claim is refused)."""
    if kind in ("aca_appeal", "plan_appeal"):
        return {k: v for k, v in ALL_FACTS.items() if "final_denial_date" not in k}
    return ALL_FACTS


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def medicaid_dict(example: dict) -> dict:
    data = copy.deepcopy(example)
    data["member"]["state"] = "CA"
    data["member"].pop("group_number")
    data["plan"] = {
        "insurer": "Health Net",
        "policy": "healthnet-medi-cal-lactation",
        "type": "medicaid_managed_care",
        "grandfathered": None,
        "plan_name": "Medi-Cal",
    }
    return data


def case_of(data: dict) -> Case:
    return Case.from_dict(data)


def all_policy_quotes(policy_id: str) -> list[dict]:
    """Every quote of a shipped policy file, wherever it sits in the file."""
    from helper.knowledge import load

    found: list[dict] = []

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("quote"), str):
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load(f"policies/{policy_id}"))
    return found
