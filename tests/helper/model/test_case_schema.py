"""The JSON Schema for case files (data/schemas/case.schema.json, shipped in the wheel as
helper/_data/schemas) and the model agree: every example (docs/case-format.md) and every
case-file fixture validates for both with no unknown field, every case
the model accepts validates, and the schema rejects what the model rejects on a set of bad
files. (What a schema cannot say, the model also checks: see the schema's description.)"""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings

from helper.model import Case, ValidationError
from helper.model.intake import load_case_text
from helper.resources import data_dir
from tests.helper.case_fuzz_support import extreme_cases, mutated_case_texts

ROOT = Path(__file__).resolve().parents[3]
SCHEMA = json.loads((data_dir() / "schemas" / "case.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def schema_errors(data) -> list[str]:
    return [f"{error.json_path}: {error.message}" for error in VALIDATOR.iter_errors(data)]


def doc_cases() -> list[dict]:
    """Every case example in docs/case-format.md (the ```json blocks of a whole case)."""
    text = (ROOT / "docs" / "case-format.md").read_text(encoding="utf-8")
    blocks = [json.loads(b) for b in re.findall(r"```json\n(.*?)```", text, flags=re.S)]
    return [b for b in blocks if isinstance(b, dict) and b.get("format") == "lactation-case/1"]


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_the_schema_ships_with_the_other_data_schemas():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"data" = "helper/_data"' in pyproject
    assert (ROOT / "data" / "schemas" / "case.schema.json").is_file()


def fixture_cases() -> list[tuple[str, dict]]:
    """Every case file among the test fixtures (an advice case holds its case under "case")."""
    found = []
    for path in sorted((ROOT / "tests" / "fixtures").rglob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        case = data.get("case", data) if isinstance(data, dict) else None
        if isinstance(case, dict) and case.get("format") == "lactation-case/1":
            found.append((path.stem, case))
    return found


EXAMPLES = [
    *fixture_cases(),
    *[(f"docs_{i}", case) for i, case in enumerate(doc_cases())],
]


def test_the_fixtures_hold_case_files():
    assert len(fixture_cases()) >= 2


def test_the_docs_hold_examples():
    assert len(doc_cases()) >= 2


@pytest.mark.parametrize("case", [c for _, c in EXAMPLES], ids=[n for n, _ in EXAMPLES])
def test_every_example_is_valid_for_both(case):
    assert schema_errors(case) == []
    Case.from_dict(case)
    assert load_case_text(json.dumps(case)).warnings == []  # every field is a known one


@settings(max_examples=100, deadline=None, database=None)
@given(extreme_cases())
def test_every_case_the_model_accepts_validates(data):
    Case.from_dict(data)
    assert schema_errors(json.loads(Case.from_dict(data).to_json())) == []
    assert schema_errors(data) == []


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_case_texts())
def test_a_mutated_file_the_model_accepts_the_schema_accepts(text):
    try:
        load_case_text(text)
    except ValidationError:
        return
    assert schema_errors(json.loads(text.removeprefix("\ufeff"))) == []


def _set(path: str, value):
    def change(case: dict) -> None:
        *parents, last = path.split(".")
        target = case
        for step in parents:
            target = target[int(step)] if step.isdigit() else target[step]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


def _drop(path: str):
    def change(case: dict) -> None:
        *parents, last = path.split(".")
        target = case
        for step in parents:
            target = target[int(step)] if step.isdigit() else target[step]
        del target[last]

    return change


BAD = {
    "other format": _set("format", "lactation-case/2"),
    "no format": _drop("format"),
    "member is a list": _set("member", []),
    "blank member name": _set("member.name", "  "),
    "empty member name": _set("member.name", ""),
    "name with a control character": _set("member.name", "Ana\x07"),
    "name with a lone surrogate": _set("member.name", "Ana \ud83c"),
    "unknown field with a control character": _set("x_note", "a\x00b"),
    "field name with a control character": _set("x_\x01", 1),
    "state not a state": _set("member.state", "Nowhere"),
    "plan type unknown word": _set("plan.type", "ppo"),
    "plan type null": _set("plan.type", None),
    "grandfathered as text": _set("plan.grandfathered", "no"),
    "multiples 0": _set("baby.multiples", 0),
    "multiples 13": _set("baby.multiples", 13),
    "birth date in 1899": _set("baby.birth_date", "1899-12-31"),
    "birth date in 9999": _set("baby.birth_date", "9999-12-31"),
    "birth date not a date": _set("baby.birth_date", "August 1"),
    "week date": _set("baby.birth_date", "2026-W31-6"),
    "visits an object": _set("visits", {}),
    "visit without a date": _drop("visits.0.date"),
    "visit minutes 1441": _set("visits.0.minutes", 1441),
    "visit minutes negative": _set("visits.0.minutes", -1),
    "setting unknown": _set("visits.0.setting", "car"),
    "provider null": _set("visits.0.provider", None),
    "credential unknown": _set("visits.0.provider.credential", "doula"),
    "network null": _set("visits.0.provider.network", None),
    "line without a code": _drop("visits.0.lines.0.code"),
    "blank code": _set("visits.0.lines.0.code", " "),
    "units 0": _set("visits.0.lines.0.units", 0),
    "units 101": _set("visits.0.lines.0.units", 101),
    "units as text": _set("visits.0.lines.0.units", "2"),
    "units true": _set("visits.0.lines.0.units", True),
    "blank diagnosis": _set("visits.0.lines.0.diagnoses", [""]),
    "negative charge": _set("visits.0.lines.0.charge", -5),
    "charge over a million": _set("visits.0.lines.0.charge", 1_000_000.5),
    "cost of 10^400": _set("visits.0.claim.member_cost", 10**400),
    "claim status unknown": _set("visits.0.claim.status", "rejected"),
    "denial date 9999-12-31": _set("visits.0.claim.denial_date", "9999-12-31"),
    "pump without a code": _drop("equipment.0.code"),
    "rental of 3661 days": _set("equipment.0.rental_days", 3661),
    "call without a start": _drop("calls.0.started"),
    "call start without a time": _set("calls.0.started", "2026-09-12"),
    "call start in 2101": _set("calls.0.started", "2101-01-01T10:00"),
    "call minutes 1441": _set("calls.0.minutes", 1441),
    "follow-up not a date": _set("calls.0.follow_up", "next week"),
    "letter without a kind": _drop("letters.0.kind"),
    "letter method unknown": _set("letters.0.method", "fax"),
    "letter sent as a time": _set("letters.0.sent", "2026-09-13T09:00"),
    "document without a file": _set("documents", [{"kind": "eob"}]),
    "document kind unknown": _set("documents", [{"kind": "bill", "file": "documents/a.pdf"}]),
    "document at an absolute path": _set("documents", [{"file": "/home/me/taxes.pdf"}]),
    "document on a Windows drive": _set("documents", [{"file": "C:\\Users\\me\\x.pdf"}]),
    "document climbing out": _set("documents", [{"file": "documents/../../x.pdf"}]),
}


@pytest.mark.parametrize("change", list(BAD.values()), ids=list(BAD))
def test_a_bad_file_is_rejected_by_both(example_case_dict, change):
    change(example_case_dict)
    with pytest.raises(ValidationError):
        load_case_text(json.dumps(example_case_dict))
    assert schema_errors(example_case_dict), "the schema accepts what the model refuses"


def test_the_readme_points_to_the_projects_own_format_page():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/case-format.md)" in readme and "(data/schemas/case.schema.json)" in readme
    assert "shared/spec" not in readme


def test_the_docs_describe_every_finding_kind():
    from helper.coverage.context import DEFAULT_SEVERITY

    text = (ROOT / "docs" / "case-format.md").read_text(encoding="utf-8")
    table = text.split("### Finding kinds", 1)[1]
    assert [kind for kind in DEFAULT_SEVERITY if f"| `{kind}` |" not in table] == []
