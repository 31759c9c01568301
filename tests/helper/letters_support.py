"""Shared helpers for the letter tests: cases, facts, and PDF text read back with pypdf."""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import unicodedata

import pypdf

from helper.model import Case

TODAY = dt.date(2026, 9, 20)
ADDRESS = {"recipient.address": "Appeals Dept\nPO Box 27630\nAlbuquerque, NM 87125"}
ALL_FACTS = {
    **ADDRESS,
    "reprocessing.mode": "corrected",
    "visits[v1].claim.final_denial_date": "2026-10-01",
}


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


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
