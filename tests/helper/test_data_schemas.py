"""Every knowledge file in data/ is checked against its JSON Schema in data/schemas/.

`data/policies/x.json` is checked against `data/schemas/policy.schema.json`;
`data/NAME.json` against `data/schemas/NAME.schema.json`;
`data/i18n/<lang>/NAME.json` (translation overlays) against `data/schemas/i18n_NAME.schema.json`.
"""

from __future__ import annotations

import json

import jsonschema
import pytest

from helper.resources import data_dir

DATA = data_dir()
SCHEMAS = DATA / "schemas"


def _schema_for(path):
    if path.parent.name == "policies":
        return SCHEMAS / "policy.schema.json"
    if path.parent.parent.name == "i18n":
        return SCHEMAS / f"i18n_{path.stem}.schema.json"
    return SCHEMAS / f"{path.stem}.schema.json"


DATA_FILES = sorted(p for p in DATA.rglob("*.json") if SCHEMAS not in p.parents)


@pytest.mark.parametrize("path", DATA_FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_data_file_matches_its_schema(path):
    schema_path = _schema_for(path)
    assert schema_path.exists(), f"{path.name} has no schema at {schema_path.name}"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, cls=jsonschema.Draft202012Validator)
