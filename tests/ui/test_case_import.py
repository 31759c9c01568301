"""File > Import case over a real store: mistakes are refused with their fields listed,
unknown fields are imported and named, hostile files are refused without a crash."""

from __future__ import annotations

import json

import pytest

from helper.model import Case
from helper.store import STORE_NAME, Store
from ui import ask
from ui.app import create_main_window


@pytest.fixture
def window(qtbot, home, example_case_dict):
    with Store.open(home) as store:
        store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
    win = create_main_window(home)
    qtbot.addWidget(win)
    return win


@pytest.fixture
def answers(monkeypatch):
    """What the import said: (kind, title, text) for each message box."""
    said: list[tuple[str, str, str]] = []
    monkeypatch.setattr(ask, "warn", lambda _p, title, text: said.append(("warn", title, text)))
    monkeypatch.setattr(ask, "inform", lambda _p, title, text: said.append(("inform", title, text)))
    return said


def choose(monkeypatch, path) -> None:
    monkeypatch.setattr(ask, "open_file", lambda *a, **k: str(path))


def test_a_misspelt_field_is_refused_with_a_suggestion(
    window, home, tmp_path, monkeypatch, answers, example_case_dict
):
    example_case_dict["vists"] = example_case_dict.pop("visits")
    example_case_dict["calls"][0].pop("visit")
    source = tmp_path / "typo.json"
    source.write_text(json.dumps(example_case_dict), encoding="utf-8")
    choose(monkeypatch, source)
    before = (home / STORE_NAME).read_bytes()

    assert window.import_case() is None

    [(kind, title, text)] = answers
    assert kind == "warn" and "Could not import" in title
    assert 'vists: unknown field; did you mean "visits"?' in text
    assert "Nothing was changed" in text
    assert (home / STORE_NAME).read_bytes() == before


def test_unknown_fields_are_imported_and_named(
    window, tmp_path, monkeypatch, answers, example_case_dict
):
    example_case_dict["visits"][0]["lactation_notes"] = "left side"
    source = tmp_path / "extra.json"
    source.write_text(json.dumps(example_case_dict), encoding="utf-8")
    choose(monkeypatch, source)

    case_id = window.import_case()

    assert case_id is not None and window.context.case_id == case_id
    [(kind, _title, text)] = answers
    assert kind == "inform"
    assert "visits[0].lactation_notes: unknown field, kept as it is" in text
    assert window.context.case().visits[0].extra == {"lactation_notes": "left side"}


def test_a_clean_file_imports_without_a_message(
    window, tmp_path, monkeypatch, answers, example_case_dict
):
    source = tmp_path / "clean.json"
    source.write_bytes(b"\xef\xbb\xbf" + json.dumps(example_case_dict).encode())  # Notepad
    choose(monkeypatch, source)
    assert window.import_case() is not None
    assert answers == []
    assert len(window.context.store.list_cases()) == 2


@pytest.mark.parametrize(
    "content, expected",
    [
        ("[" * 100_000 + "]" * 100_000, "nests lists or objects more than 64 levels deep"),
        ('{"format": "lactation-case/1", "baby": {"multiples": ' + "9" * 5000 + "}}", "digits"),
        ('{"format": "lactation-case/1", "member": {"name": "\\ud800"}}', "member.name"),
    ],
)
def test_hostile_files_are_refused_without_a_crash(
    window, home, tmp_path, monkeypatch, answers, content, expected
):
    source = tmp_path / "hostile.json"
    source.write_text(content, encoding="utf-8")
    choose(monkeypatch, source)
    before = (home / STORE_NAME).read_bytes()
    assert window.import_case() is None
    [(kind, _title, text)] = answers
    assert kind == "warn" and expected in text
    assert (home / STORE_NAME).read_bytes() == before


def test_a_file_too_big_to_be_a_case_is_not_read(window, tmp_path, monkeypatch, answers):
    source = tmp_path / "big.json"
    with open(source, "wb") as stream:
        stream.truncate(20 * 1024 * 1024 + 1)
    choose(monkeypatch, source)
    assert window.import_case() is None
    [(kind, _title, text)] = answers
    assert kind == "warn" and "larger than 20 MB" in text


def test_many_problems_are_listed_up_to_twenty(
    window, tmp_path, monkeypatch, answers, example_case_dict
):
    example_case_dict["visits"] = [{"date": f"2026-02-{day}"} for day in range(30, 60)]
    example_case_dict["calls"][0].pop("visit")
    source = tmp_path / "many.json"
    source.write_text(json.dumps(example_case_dict), encoding="utf-8")
    choose(monkeypatch, source)
    assert window.import_case() is None
    [(_kind, _title, text)] = answers
    lines = text.split("\n\n", 1)[1].splitlines()
    assert lines[0] == 'visits[0].date: must be a real date as YYYY-MM-DD, got "2026-02-30"'
    assert len(lines) == 21 and lines[-1] == "… and 10 more."


def test_a_spanish_user_reads_the_problems_in_spanish(
    qtbot, home, tmp_path, monkeypatch, answers, example_case_dict
):
    from ui import i18n

    with Store.open(home) as store:
        store.set_setting(i18n.SETTING, "es")
    try:
        win = create_main_window(home)
        qtbot.addWidget(win)
        example_case_dict["visits"][0]["date"] = "2026-02-30"
        source = tmp_path / "fecha.json"
        source.write_text(json.dumps(example_case_dict), encoding="utf-8")
        choose(monkeypatch, source)
        assert win.import_case() is None
    finally:
        i18n.install("en")
    [(_kind, _title, text)] = answers
    assert "visits[0].date: escriba una fecha real como AAAA-MM-DD" in text, text
    assert "must be a real date" not in text
