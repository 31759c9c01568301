"""Hypothesis strategies for extreme-but-valid cases and mutated case files, and `exercise`,
which runs a case through `check` and every letter kind, letting only the project's own
errors through. Shared by the property tests and tests/benchmarks/fuzz_case_files.py."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from helper import letters
from helper.coverage import check
from helper.knowledge import load
from helper.model import CLAIM_STATUSES, CREDENTIALS, PLAN_TYPES, STATES, Case
from helper.model.case import (
    BILLED_UNDER,
    DOCUMENT_KINDS,
    LETTER_METHODS,
    NETWORKS,
    PLAN_SPONSORS,
    REFERRALS,
    SETTINGS,
)
from helper.model.fields import (
    FIRST_DATE,
    LAST_DATE,
    MAX_AMOUNT,
    MAX_MINUTES,
    MAX_MULTIPLES,
    MAX_RENTAL_DAYS,
    MAX_UNITS,
)

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE_TEXT = (ROOT / "tests" / "fixtures" / "spec_example.json").read_text("utf-8")
POLICIES = sorted(path.stem for path in (ROOT / "data" / "policies").glob("*.json"))
DENIAL_CATEGORIES = list(load("denial_reasons")["categories"])
CODES = [entry["code"] for entry in json.loads((ROOT / "data" / "codes.json").read_text())["codes"]]

# --- extreme but valid values ------------------------------------------------------------

storable = st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\t\n")
texts = st.text(storable, max_size=30) | st.sampled_from(["", " ", "\n", "مرحبا", "🍼" * 20])
long_texts = texts | st.text(storable, min_size=200, max_size=400)
names = st.text(storable, min_size=1, max_size=20).filter(str.strip)
edge_days = [FIRST_DATE, FIRST_DATE + dt.timedelta(days=1), dt.date(2000, 2, 29)]
edge_days += [LAST_DATE - dt.timedelta(days=1), LAST_DATE, dt.date(2026, 8, 1)]
days = st.sampled_from(edge_days) | st.dates(FIRST_DATE, LAST_DATE)
dates = days.map(dt.date.isoformat)
date_times = st.builds(
    lambda day, time, offset: f"{day.isoformat()}T{time.isoformat(timespec='seconds')}{offset}",
    days,
    st.times(),
    st.sampled_from(["", "+00:00", "-23:59", "+23:59", "+05:30"]),
)
amounts = (
    st.sampled_from([0, 0.0, 5e-324, 0.004, 0.005, 999_999.995, MAX_AMOUNT, float(MAX_AMOUNT)])
    | st.integers(0, MAX_AMOUNT)
    | st.floats(0, MAX_AMOUNT, allow_nan=False, allow_infinity=False)
)
unknowns = st.none() | st.booleans()
codes = st.sampled_from(CODES) | names


def opt(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.none() | strategy


def choice(values) -> st.SearchStrategy:
    return st.sampled_from(list(values))


claims = st.fixed_dictionaries(
    {},
    optional={
        "number": opt(texts),
        "status": choice(CLAIM_STATUSES),
        "denial_date": opt(dates),
        "denial_reason": opt(long_texts),
        "member_cost": opt(amounts),
        "final_denial_date": opt(dates),
        "denial_category": opt(choice(DENIAL_CATEGORIES)),
        "appeal_sent": opt(dates),
        "review_requested": opt(dates),
        "review_decided": opt(dates),
    },
)
lines = st.fixed_dictionaries(
    {"code": codes},
    optional={
        "units": st.integers(1, MAX_UNITS),
        "diagnoses": st.lists(codes, max_size=3),
        "charge": opt(amounts),
        "modifier": opt(st.sampled_from(["NU", "RR", "UE", ""]) | texts),
    },
)
providers = st.fixed_dictionaries(
    {},
    optional={
        "name": opt(texts),
        "credential": opt(choice(CREDENTIALS)),
        "network": choice(NETWORKS),
        "npi": opt(texts),
        "participating_medi_cal_provider": unknowns,
    },
)
visits = st.fixed_dictionaries(
    {"date": dates},
    optional={
        "provider": providers,
        "setting": opt(choice(SETTINGS)),
        "minutes": opt(st.integers(0, MAX_MINUTES)),
        "billed_under": opt(choice(BILLED_UNDER)),
        "referral": opt(choice(REFERRALS)),
        "program": opt(st.sampled_from(["CPSP"]) | texts),
        "prior_authorization": unknowns,
        "lines": st.lists(lines, max_size=3),
        "claim": opt(claims),
    },
)
equipment_items = st.fixed_dictionaries(
    {"date": dates, "code": st.sampled_from(["E0603", "E0604", "E0602", "A4281"]) | codes},
    optional={
        "modifier": opt(st.sampled_from(["NU", "RR"])),
        "rental_days": opt(st.integers(0, MAX_RENTAL_DAYS)),
        "prior_authorization": unknowns,
        "diagnoses": st.lists(codes, max_size=2),
        "claim": opt(claims),
    },
)
calls = st.fixed_dictionaries(
    {"started": date_times},
    optional={
        "minutes": opt(st.integers(0, MAX_MINUTES)),
        "rep_name": opt(texts),
        "reference": opt(texts),
        "summary": opt(long_texts),
        "outcome": opt(long_texts),
        "follow_up": opt(dates),
    },
)
documents = st.fixed_dictionaries(
    {"file": st.sampled_from(["documents/case-1/d1.pdf", "eob.png", "a b/ü.jpeg"])},
    optional={
        "kind": choice(DOCUMENT_KINDS),
        "title": opt(texts),
        "added": opt(date_times),
    },
)
letter_records = st.fixed_dictionaries(
    {"kind": choice(letters.KINDS)},
    optional={
        "created": opt(date_times),
        "sent": opt(dates),
        "method": opt(choice(LETTER_METHODS)),
        "to": opt(texts),
    },
)


@st.composite
def extreme_cases(draw) -> dict:
    """A case dict the model accepts, with values at and near every bound."""
    case = {
        "format": "lactation-case/1",
        "member": draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "name": opt(names),
                    "address": opt(long_texts),
                    "email": opt(texts),
                    "state": opt(choice(STATES) | st.sampled_from(["ca", "nm"])),
                    "member_id": opt(texts),
                },
            )
        ),
        "plan": draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "insurer": opt(texts),
                    "policy": opt(choice(POLICIES) | st.just("not-a-shipped-policy")),
                    "type": choice(PLAN_TYPES),
                    "grandfathered": unknowns,
                    "plan_name": opt(texts),
                    "sponsor": opt(choice(PLAN_SPONSORS)),
                    "regulator": opt(st.sampled_from(["dmhc", "cdi"])),
                },
            )
        ),
        "baby": draw(
            st.fixed_dictionaries(
                {},
                optional={
                    "name": opt(texts),
                    "birth_date": opt(dates),
                    "multiples": st.integers(1, MAX_MULTIPLES),
                },
            )
        ),
        "in_network_lactation_provider_available": draw(unknowns),
        "visits": draw(st.lists(visits, max_size=4)),
        "equipment": draw(st.lists(equipment_items, max_size=3)),
        "letters": draw(st.lists(letter_records, max_size=2)),
    }
    for index, visit in enumerate(case["visits"]):
        if draw(st.booleans()):
            visit["id"] = f"v{index}"
    keys = [visit.get("id", str(i)) for i, visit in enumerate(case["visits"])]
    case["calls"] = draw(st.lists(calls, max_size=3))
    case["documents"] = draw(st.lists(documents, max_size=2))
    for item in case["calls"] + case["documents"]:
        item["visit"] = draw(opt(st.sampled_from(keys))) if keys else None
    return case


# --- mutated case files ------------------------------------------------------------------

hostile_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**400, -(10**30), 2**63, -1, 0, 1, 100, 101, 1441, 3661, 13]),
    st.floats(allow_nan=False),
    st.sampled_from([1e308, -0.0, 5e-324, 1_000_000.01]),
    st.text(max_size=12),  # control characters included
    st.sampled_from(
        ["9999-12-31", "0001-01-01", "1899-12-31", "2101-01-01", "2026-02-30", "2026-W01-1",
         "2100-12-31T23:59:59-23:59", "1900-01-01T00:00+23:59", "\ud800", "a\x00b", "\x1b[31m",
         "equipment:0", "v1", "v9", "", " ", "IBCLC", "denied", "NaN"]
    ),
)  # fmt: skip
keys = st.text(storable, max_size=10) | st.text(max_size=4)  # some with control characters
json_values = hostile_scalars | st.recursive(
    hostile_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(keys, inner, max_size=3),
    max_leaves=5,
)


def _places(data: Any, path: tuple = ()) -> list[tuple]:
    """Every path into a JSON value (dict keys and list indexes), the root included."""
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _places(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _places(value, (*path, index))
    return found


def _get(data: Any, path: tuple) -> Any:
    for step in path:
        data = data[step]
    return data


@st.composite
def mutated_case_texts(draw) -> str:
    """The example case file with 1-4 mutations: values replaced, keys dropped, renamed or
    added, values nested deep; written as JSON text (sometimes with a byte-order mark)."""
    data = json.loads(EXAMPLE_TEXT)
    for _ in range(draw(st.integers(1, 4))):
        places = _places(data)
        path = draw(st.sampled_from(places))
        parent = _get(data, path[:-1]) if path else None
        operation = draw(
            st.sampled_from(["replace", "replace", "drop", "rename", "add", "nest", "typo"])
        )
        if not path:
            if operation == "nest":
                data = [data]
            continue
        key = path[-1]
        if operation == "replace":
            parent[key] = draw(json_values)
        elif operation == "drop":
            del parent[key]
        elif operation == "nest":
            value = parent[key]
            for _ in range(draw(st.integers(1, 80))):
                value = draw(st.sampled_from([[value], {"k": value}]))
            parent[key] = value
        elif isinstance(parent, dict) and operation == "rename":
            parent[draw(keys)] = parent.pop(key)
        elif isinstance(parent, dict) and operation == "typo":
            cut = draw(st.integers(0, max(len(str(key)) - 1, 0)))
            parent[str(key)[:cut] + str(key)[cut + 1 :]] = parent.pop(key)
        elif isinstance(parent, dict):
            parent[draw(keys)] = draw(json_values)
        else:
            parent.append(draw(json_values))
    text = json.dumps(data, ensure_ascii=draw(st.booleans()))
    return ("\ufeff" if draw(st.booleans()) else "") + text


# --- running a case through everything ---------------------------------------------------

FILLER = {"date": "2026-09-10", "cost": "25", "mode": "corrected"}


def _filled(missing: list) -> dict[str, str]:
    """Answers to a letter's missing facts, so the letter itself gets rendered."""
    answers = {}
    for fact in missing:
        if fact.choices:
            answers[fact.key] = fact.choices[0][0]
        elif fact.key.endswith("_date") or fact.key.endswith(".sent"):
            answers[fact.key] = FILLER["date"]
        elif fact.key.endswith("member_cost"):
            answers[fact.key] = FILLER["cost"]
        elif fact.key.endswith(".mode"):
            answers[fact.key] = FILLER["mode"]
        else:
            answers[fact.key] = "PO Box 1, Santa Fe, NM 87501"
    return answers


def exercise(case: Case, kinds: list[str] | None = None, today: dt.date | None = None) -> int:
    """Run `check` and each letter kind for each visit and pump (and none); return how many
    letters rendered. Only the project's own LetterError (missing facts included) may end a
    letter; any other exception propagates and fails the caller."""
    report = check(case, today=today)
    report.to_dict()
    report.to_text()
    targets: list[str | None] = [None]
    targets += [case.visit_key(i) for i in range(len(case.visits))]
    targets += [f"equipment:{item.id or i}" for i, item in enumerate(case.equipment)]
    rendered = 0
    for kind in kinds or list(letters.KINDS):
        for target in targets:
            try:
                letters.render_letter(kind, case, target, None, today)
            except letters.MissingFactsError as error:
                try:
                    letters.render_letter(kind, case, target, _filled(error.missing), today)
                except letters.LetterError:
                    continue
            except letters.LetterError:
                continue
            rendered += 1
    return rendered
