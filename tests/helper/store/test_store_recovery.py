"""An unreadable store is kept aside, backups roll, restores work, versions migrate."""

from __future__ import annotations

import json

import pytest

from helper.model import Case
from helper.store import SCHEMA_VERSION, STORE_NAME, Store, StoreError, StoreLocked, migrations
from helper.store.backups import KEEP


def make_store(home, example: dict) -> str:
    with Store.open(home) as store:
        return store.add_case(Case.from_dict(example))


def corrupt_files(home):
    return sorted(home.glob("store.corrupt-*.json"))


@pytest.mark.parametrize(
    "damage",
    [
        b'{"cases": {"1": {"id": "a"',  # cut short mid-write by another program
        b"[1, 2, 3]",  # JSON, but not an object
        b'{"cases": []}',  # wrong shape: a table that is not an object
        b'{"cases": {"1": {"id": 5, "data": {}}}}',  # a damaged case record
        b'{"letters": {"1": {"case": "a", "record": "?"}}}',  # a damaged letter record
        b'{"meta": {"1": {"schema": 1}}} trailing',
        b"",  # empty
        b"\xff\xfe\x00garbage",  # not UTF-8
    ],
)
def test_an_unreadable_store_is_moved_aside_not_overwritten(home, example_case_dict, damage):
    case_id = make_store(home, example_case_dict)
    with Store.open(home) as store:  # a second open backs up the good store
        store.set_setting("seen", True)
    (home / STORE_NAME).write_bytes(damage)

    with Store.open(home) as store:
        notice = store.recovery
        assert notice is not None
        assert notice.moved_to == corrupt_files(home)[0]
        assert notice.moved_to.read_bytes() == damage
        assert notice.newest_backup == store.list_backups()[0]
        assert str(notice.moved_to) in notice.message()
        assert str(notice.newest_backup) in notice.message()
        assert store.list_cases() == []

        store.restore_backup(notice.newest_backup)
        assert store.recovery is None
        assert store.get_case(case_id).to_dict() == example_case_dict
        assert store.get_setting("seen") is None  # the newest backup predates that setting

    with Store.open(home) as store:
        assert store.recovery is None
        assert [s.id for s in store.list_cases()] == [case_id]
    assert corrupt_files(home)[0].read_bytes() == damage


def test_without_backups_none_is_offered(home):
    home.mkdir()
    (home / STORE_NAME).write_text("not json")
    with Store.open(home) as store:
        assert store.recovery.newest_backup is None
        assert "newest backup" not in store.recovery.message()


def test_read_only_open_of_an_unreadable_store_changes_nothing(home):
    home.mkdir()
    (home / STORE_NAME).write_text("not json")
    with pytest.raises(StoreError, match="cannot be read"):
        Store.open(home, read_only=True)
    assert sorted(p.name for p in home.iterdir()) == [STORE_NAME]
    assert (home / STORE_NAME).read_text() == "not json"


def test_restoring_keeps_the_current_content_as_a_backup(home, example_case_dict):
    make_store(home, example_case_dict)
    with Store.open(home) as store:
        old_backup = store.list_backups()[0]
        store.set_setting("after", 1)
        store.restore_backup(old_backup)
        assert store.get_setting("after") is None
        newest = store.list_backups()[0]
        assert json.loads(newest.read_text())["settings"]
        store.restore_backup(newest)
        assert store.get_setting("after") == 1


def test_an_unreadable_backup_is_refused_and_the_store_kept(home, example_case_dict, tmp_path):
    case_id = make_store(home, example_case_dict)
    bad = tmp_path / "bad-backup.json"
    bad.write_text("{nope")
    with Store.open(home) as store:
        with pytest.raises(StoreError, match="cannot be read"):
            store.restore_backup(bad)
        assert [s.id for s in store.list_cases()] == [case_id]


def test_backups_roll_and_keep_the_last_ten(home):
    for number in range(KEEP + 4):
        with Store.open(home) as store:
            store.set_setting("opened", number)
    with Store.open(home) as store:
        backups = store.list_backups()
        assert len(backups) == KEEP
        # newest first; each holds the store as it was when opened
        values = [json.loads(b.read_text())["settings"]["1"]["value"] for b in backups]
        assert values == list(range(KEEP + 3, 3, -1))


def test_opening_an_unchanged_store_makes_no_duplicate_backup(home, example_case_dict):
    make_store(home, example_case_dict)
    for _ in range(3):
        Store.open(home).close()
    with Store.open(home, read_only=True) as reader:
        assert len(reader.list_backups()) == 1


def test_a_store_from_a_newer_app_is_refused_untouched(home):
    home.mkdir()
    newer = {"meta": {"1": {"schema": SCHEMA_VERSION + 1}}, "cases": ["a new shape"]}
    raw = json.dumps(newer).encode()
    (home / STORE_NAME).write_bytes(raw)
    for read_only in (False, False, True):
        with pytest.raises(StoreError, match="newer version") as caught:
            Store.open(home, read_only=read_only)
        assert not isinstance(caught.value, StoreLocked)  # the lock was released
    assert (home / STORE_NAME).read_bytes() == raw
    assert corrupt_files(home) == []
    assert not (home / "backups").exists()


def test_an_unversioned_store_is_migrated(home, example_case_dict):
    case_id = make_store(home, example_case_dict)
    tables = json.loads((home / STORE_NAME).read_text())
    del tables["meta"]
    (home / STORE_NAME).write_text(json.dumps(tables, indent=2))
    with Store.open(home) as store:
        assert store.get_case(case_id).to_dict() == example_case_dict
    tables = json.loads((home / STORE_NAME).read_text())
    assert migrations.stored_version(tables) == SCHEMA_VERSION


def _rename_setting(tables):
    for doc in tables.get("settings", {}).values():
        if doc["key"] == "window":
            doc["key"] = "window_geometry"
    return tables


def test_the_ladder_applies_each_newer_step_and_records_it(home, monkeypatch):
    with Store.open(home) as store:
        store.set_setting("window", [1, 2])
    before = (home / STORE_NAME).read_bytes()
    monkeypatch.setattr(
        migrations, "MIGRATIONS", [*migrations.MIGRATIONS, (SCHEMA_VERSION + 1, _rename_setting)]
    )
    monkeypatch.setattr("helper.store.recovery.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(home) as store:
        assert store.get_setting("window_geometry") == [1, 2]
        assert store.get_setting("window") is None
        assert store.list_backups()[0].read_bytes() == before  # kept from before the step
    tables = json.loads((home / STORE_NAME).read_text())
    assert migrations.stored_version(tables) == SCHEMA_VERSION + 1


def test_a_failing_step_leaves_the_store_at_the_last_good_version(home, monkeypatch):
    with Store.open(home) as store:
        store.set_setting("window", [1, 2])

    def broken(tables):
        raise RuntimeError("bug in a migration")

    steps = [
        *migrations.MIGRATIONS,
        (SCHEMA_VERSION + 1, _rename_setting),
        (SCHEMA_VERSION + 2, broken),
    ]
    monkeypatch.setattr(migrations, "MIGRATIONS", steps)
    monkeypatch.setattr("helper.store.recovery.SCHEMA_VERSION", SCHEMA_VERSION + 2)
    with pytest.raises(RuntimeError):
        Store.open(home)
    tables = json.loads((home / STORE_NAME).read_text())
    assert migrations.stored_version(tables) == SCHEMA_VERSION + 1
    assert tables["settings"]["1"]["key"] == "window_geometry"
    monkeypatch.setattr(migrations, "MIGRATIONS", steps[:-1])
    monkeypatch.setattr("helper.store.recovery.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Store.open(home) as store:  # the failed open let go of the lock
        assert store.get_setting("window_geometry") == [1, 2]


def test_temp_files_left_by_a_crash_are_cleaned_up(home, example_case_dict):
    make_store(home, example_case_dict)
    leftover = home / f".{STORE_NAME}.12345.abcd.tmp"
    leftover.write_text('{"half": ')
    with Store.open(home) as store:
        assert len(store.list_cases()) == 1
    assert not leftover.exists()


def test_backup_now_adds_a_backup_once_per_change(home, example_case_dict):
    with Store.open(home) as store:
        assert store.backup_now() is not None
        assert store.backup_now() is None
        store.add_case(Case.from_dict(example_case_dict))
        made = store.backup_now()
        assert made == store.list_backups()[0]
        assert made.read_bytes() == (home / STORE_NAME).read_bytes()


def test_a_case_saved_with_text_the_format_now_refuses_still_opens(home, example_case_dict):
    """Version 1 kept a blank member name and a Windows line end; version 2 refuses both in
    case files, so the store's step 2 makes the stored text valid instead of locking the
    parent out of her own case."""
    with Store.open(home) as store:
        case_id = store.add_case(Case.from_dict(example_case_dict))
    tables = json.loads((home / STORE_NAME).read_text())
    tables["meta"] = {"1": {"schema": 1}}
    doc = next(iter(tables["cases"].values()))
    doc["data"]["member"]["name"] = "   "
    doc["data"]["member"]["address"] = "12 Elm St\r\nSanta Fe, NM\x07"
    (home / STORE_NAME).write_text(json.dumps(tables))
    with Store.open(home) as store:
        case = store.get_case(case_id)
    assert case.member.name is None
    assert case.member.address == "12 Elm St\nSanta Fe, NM"
