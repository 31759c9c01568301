"""Case actions shared by the File menu and the command line."""

import json

import pytest

from helper import case_actions
from helper.model import ValidationError


def test_import_then_export_gives_the_same_case(store, case_file, tmp_path):
    imported = case_actions.import_case(store, case_file, title="Kim")
    assert imported.warnings == []
    written = case_actions.export_case(store, imported.case_id, tmp_path / "out")
    assert written.name == "out.json"
    assert json.loads(written.read_text()) == json.loads(store.get_case(imported.case_id).to_json())


def test_a_bad_file_changes_nothing(store, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "nope"}')
    with pytest.raises(ValidationError):
        case_actions.import_case(store, bad)
    assert store.list_cases() == []


def test_delete_keeps_a_backup_and_drops_the_case_drafts(store, case_file):
    case_id = case_actions.import_case(store, case_file).case_id
    store.save_draft("letters", case_id, {"kind": "aca_appeal"})
    case_actions.delete_case(store, case_id)
    assert store.list_cases() == [] and store.list_backups()
    assert store.get_draft("letters", case_id) is None


def test_suggested_file_name_is_safe():
    assert case_actions.suggested_file_name("Kim / Lee?") == "Kim _ Lee_.json"
    assert case_actions.suggested_file_name("///") == "___.json"
    assert case_actions.suggested_file_name("  ") == "case.json"
