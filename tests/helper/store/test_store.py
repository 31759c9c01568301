"""The store on real TinyDB files: cases, calls, letters, ticks, settings, drafts, permissions."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
import stat

import pytest

from helper.model import Call, Case, LetterRecord, ValidationError
from helper.store import STORE_NAME, Store, StoreError
from helper.store.repository import BUCKET_SIZE


def second_case(example: dict) -> Case:
    data = copy.deepcopy(example)
    data["member"]["name"] = "Bea Lee"
    data["baby"] = {"name": "Mia", "birth_date": "2027-01-05"}
    data.pop("calls")
    data.pop("letters")
    return Case.from_dict(data)


def reopen(store: Store) -> Store:
    store.close()
    return Store.open(store.home)


def test_open_without_home_uses_the_user_data_folder(home):
    with Store.open() as store:
        assert store.home == home
    assert (home / STORE_NAME).is_file()


def test_a_case_comes_back_whole_after_reopening(store, example_case_dict):
    case_id = store.add_case(Case.from_dict(example_case_dict))
    with reopen(store) as store:
        assert store.get_case(case_id).to_dict() == example_case_dict


def test_several_cases_are_kept_apart(store, example_case_dict):
    first = store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
    second = store.add_case(second_case(example_case_dict))
    summaries = store.list_cases()
    assert [s.id for s in summaries] == [first, second]
    assert [s.title for s in summaries] == ["Ana and Leo", "Bea Lee and Mia"]
    assert [(s.member_name, s.baby_name) for s in summaries] == [
        ("Ana Ruiz", "Leo"),
        ("Bea Lee", "Mia"),
    ]
    assert all(s.updated.tzinfo is not None for s in summaries)
    assert store.list_calls(second) == []
    assert [c.id for c in store.list_calls(first)] == ["c1"]
    assert store.get_case(second).baby.birth_date == dt.date(2027, 1, 5)


def test_unknown_case_ids_raise_key_error(store):
    for action in (
        lambda: store.get_case("nope"),
        lambda: store.save_case("nope", Case()),
        lambda: store.delete_case("nope"),
        lambda: store.list_calls("nope"),
        lambda: store.add_call("nope", Call(started=dt.datetime(2026, 1, 1))),
    ):
        with pytest.raises(KeyError):
            action()


def test_save_case_keeps_calls_and_letters(store, example_case_dict):
    case_id = store.add_case(Case.from_dict(example_case_dict))
    case = store.get_case(case_id)
    case.baby.name = "Leon"
    case.calls = []
    case.letters = []
    store.save_case(case_id, case)
    with reopen(store) as store:
        again = store.get_case(case_id)
        assert again.baby.name == "Leon"
        assert [c.id for c in again.calls] == ["c1"]
        assert [r.id for r in again.letters] == ["l1"]
        assert store.list_cases()[0].updated >= store.list_cases()[0].created


def test_save_case_refuses_an_invalid_case_and_keeps_the_old_one(store, example_case_dict):
    case_id = store.add_case(Case.from_dict(example_case_dict))
    case = store.get_case(case_id)
    case.visits[0].lines[0].units = 0
    with pytest.raises(ValidationError) as caught:
        store.save_case(case_id, case)
    assert caught.value.errors[0].startswith("visits[0].lines[0].units")
    assert store.get_case(case_id).to_dict() == example_case_dict


def test_unknown_fields_survive_the_store(store, example_case_dict):
    example_case_dict["x_consultant_notes"] = {"seen": ["2026-08-20"]}
    example_case_dict["calls"][0]["x_recording"] = "call-1.m4a"
    example_case_dict["letters"][0]["x_tracking"] = "9400 1000"
    case_id = store.add_case(Case.from_dict(example_case_dict))
    with reopen(store) as store:
        assert store.get_case(case_id).to_dict() == example_case_dict


def test_a_case_without_calls_key_exports_without_it(store, example_case_dict):
    del example_case_dict["calls"]
    case_id = store.add_case(Case.from_dict(example_case_dict))
    assert store.get_case(case_id).to_dict() == example_case_dict
    store.add_call(case_id, Call(started=dt.datetime(2026, 9, 20, 9, 0)))
    assert len(store.get_case(case_id).to_dict()["calls"]) == 1


def test_delete_case_removes_its_calls_letters_and_ticks(store, example_case_dict):
    gone = store.add_case(Case.from_dict(example_case_dict))
    kept = store.add_case(Case.from_dict(example_case_dict))
    store.set_tick(gone, "call-insurer", True)
    store.set_tick(kept, "call-insurer", True)
    store.delete_case(gone)
    with reopen(store) as store:
        assert [s.id for s in store.list_cases()] == [kept]
        assert store.checklist_ticks(kept) == {"call-insurer"}
        assert store.checklist_ticks(gone) == set()
        raw = json.loads((store.home / STORE_NAME).read_text())
        assert not [name for name in raw if gone in name]
        assert all(doc["case"] == kept for doc in raw["letters"].values())


def test_calls_add_update_delete(store, example_case_dict):
    case_id = store.add_case(Case.from_dict(example_case_dict))
    call = Call(started=dt.datetime(2026, 9, 20, 14, 30), rep_name="Lou", minutes=12)
    new_id = store.add_call(case_id, call)
    assert new_id == call.id and new_id.startswith("c-")
    call.outcome = "Promised a call back."
    store.update_call(case_id, call)
    with reopen(store) as store:
        calls = store.list_calls(case_id)
        assert [c.id for c in calls] == ["c1", new_id]
        assert calls[1].outcome == "Promised a call back."
        assert calls[1].started == dt.datetime(2026, 9, 20, 14, 30)
        store.delete_call(case_id, "c1")
        assert [c.id for c in store.list_calls(case_id)] == [new_id]
        with pytest.raises(KeyError):
            store.delete_call(case_id, "c1")
        with pytest.raises(KeyError):
            store.update_call(case_id, Call(id="zzz", started=dt.datetime(2026, 1, 1)))
        with pytest.raises(StoreError, match="already has a call"):
            store.add_call(case_id, Call(id=new_id, started=dt.datetime(2026, 1, 1)))


def test_an_invalid_call_is_refused(store, example_case_dict):
    case_id = store.add_case(Case.from_dict(example_case_dict))
    with pytest.raises(ValidationError) as caught:
        store.add_call(case_id, Call(started=None))
    assert caught.value.errors == [
        "call.started: must be a date and time as YYYY-MM-DDTHH:MM, got None"
    ]
    assert [c.id for c in store.list_calls(case_id)] == ["c1"]


def test_many_calls_keep_their_order_across_buckets(store):
    case_id = store.add_case(Case())
    start = dt.datetime(2026, 1, 1, 9, 0)
    count = BUCKET_SIZE + 3
    case = store.get_case(case_id)
    case.calls = [Call(id=f"c{i}", started=start + dt.timedelta(hours=i)) for i in range(count)]
    bulk_id = store.add_case(case)
    store.add_call(bulk_id, Call(id="last", started=start))
    store.delete_call(bulk_id, "c3")
    ids = [c.id for c in store.list_calls(bulk_id)]
    assert ids == [f"c{i}" for i in range(count) if i != 3] + ["last"]
    raw = json.loads((store.home / STORE_NAME).read_text())
    assert sorted(n for n in raw if n.startswith(f"calls/{bulk_id}/")) == [
        f"calls/{bulk_id}/0",
        f"calls/{bulk_id}/1",
    ]


def test_letters(store, example_case_dict):
    case_id = store.add_case(Case.from_dict(example_case_dict))
    record = LetterRecord(kind="gap_exception", created=dt.datetime(2026, 9, 14, 8, 0))
    letter_id = store.add_letter_record(case_id, record)
    record.sent = dt.date(2026, 9, 15)
    record.method = "print"
    store.update_letter_record(case_id, record)
    with reopen(store) as store:
        letters = store.get_case(case_id).letters
        assert [r.id for r in letters] == ["l1", letter_id]
        assert letters[1].sent == dt.date(2026, 9, 15)
        assert [r.kind for r in store.list_letters(case_id)] == ["aca_appeal", "gap_exception"]


def test_checklist_ticks(store, example_case_dict):
    case_id = store.add_case(Case.from_dict(example_case_dict))
    store.set_tick(case_id, "find-ibclc", True)
    store.set_tick(case_id, "call-insurer", True)
    store.set_tick(case_id, "call-insurer", True)
    store.set_tick(case_id, "find-ibclc", False)
    with reopen(store) as store:
        assert store.checklist_ticks(case_id) == {"call-insurer"}


def test_settings_hold_json_values(store):
    assert store.get_setting("window", "none") == "none"
    store.set_setting("window", {"x": 10, "size": [800, 600]})
    store.set_setting("last_case", "abc")
    store.set_setting("last_case", "def")
    with pytest.raises(StoreError, match="cannot be saved"):
        store.set_setting("bad", {1, 2})
    with reopen(store) as store:
        assert store.get_setting("window") == {"x": 10, "size": [800, 600]}
        assert store.get_setting("last_case") == "def"
        assert store.get_setting("bad") is None
        value = store.get_setting("window")
        value["x"] = 99
        assert store.get_setting("window")["x"] == 10


def test_drafts(store):
    store.save_draft("call", "case-1", {"rep_name": "Kim"})
    store.save_draft("call", "case-1", {"rep_name": "Kim", "summary": "half typed"})
    store.save_draft("call", "case-2", {"rep_name": "Lou"})
    store.save_draft("letter", "case-1", {"body": "Dear"})
    with reopen(store) as store:
        assert store.get_draft("call", "case-1") == {"rep_name": "Kim", "summary": "half typed"}
        assert store.list_drafts("call") == [
            ("case-1", {"rep_name": "Kim", "summary": "half typed"}),
            ("case-2", {"rep_name": "Lou"}),
        ]
        store.clear_draft("call", "case-1")
        store.clear_draft("call", "never-saved")
        assert store.get_draft("call", "case-1") is None
        assert store.list_drafts("letter") == [("case-1", {"body": "Dear"})]


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_files_and_folders_are_private(home, example_case_dict):
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    for _ in range(2):  # the second open makes a backup
        with Store.open(home) as store:
            store.add_case(Case.from_dict(example_case_dict))
    (home / STORE_NAME).write_text("{broken")
    with Store.open(home) as store:
        assert store.recovery is not None
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
    assert stat.S_IMODE((home / "backups").stat().st_mode) == 0o700
    files = [p for p in home.rglob("*") if p.is_file()]
    names = {p.name for p in files}
    assert {"store.json", "store.lock"} <= names
    assert any(n.startswith("store.corrupt-") for n in names)
    assert any(p.parent.name == "backups" for p in files)
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in files} == {
        p.name: "0o600" for p in files
    }


def test_read_only_store_reads_and_refuses_writes(home, example_case_dict):
    with Store.open(home) as store:
        case_id = store.add_case(Case.from_dict(example_case_dict))
    before = (home / STORE_NAME).read_bytes()
    with Store.open(home, read_only=True) as reader:
        assert reader.get_case(case_id).to_dict() == example_case_dict
        with pytest.raises(StoreError, match="read-only"):
            reader.set_setting("x", 1)
        with pytest.raises(StoreError, match="read-only"):
            reader.add_case(Case())
    assert (home / STORE_NAME).read_bytes() == before


def test_read_only_open_of_a_missing_store_creates_nothing(tmp_path):
    home = tmp_path / "nothing-here"
    with Store.open(home, read_only=True) as reader:
        assert reader.list_cases() == []
    assert not home.exists()


def test_a_closed_store_refuses_writes(home):
    store = Store.open(home)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.set_setting("x", 1)


def test_a_failed_write_leaves_memory_equal_to_disk(store, example_case_dict, monkeypatch):
    case_id = store.add_case(Case.from_dict(example_case_dict))

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("helper.store.storage.write_private", disk_full)
    with pytest.raises(StoreError, match="No space left on device"):
        store.add_call(case_id, Call(started=dt.datetime(2026, 9, 30, 9, 0)))
    monkeypatch.undo()
    assert [c.id for c in store.list_calls(case_id)] == ["c1"]
    store.set_tick(case_id, "after", True)
    with reopen(store) as again:
        assert [c.id for c in again.list_calls(case_id)] == ["c1"]
        assert again.checklist_ticks(case_id) == {"after"}
