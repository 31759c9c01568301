"""The store: cases, their calls, letters and checklist ticks, settings and drafts.

One TinyDB file, `store.json`, in the user's data folder, written atomically on every
change (see `storage.py`). Tables:

- `meta`: the schema version
- `cases`: {"id", "title", "created", "updated", "data": the case JSON without calls and
  letters, "lists": which of "calls"/"letters" the case JSON had}
- `calls/<case id>/<n>`: the case's calls in order, in buckets of BUCKET_SIZE so adding a
  call re-encodes one small table, not every call ever logged
- `letters`: {"case", "record"}; `ticks`: {"case", "step"}; `settings`: {"key", "value"};
  `drafts`: {"kind", "key", "data"}
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import secrets
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tinydb import Query, TinyDB

from helper.model import Call, Case, LetterRecord, ValidationError
from helper.paths import ensure_private_dir, user_data_dir
from helper.store import backups
from helper.store.atomic import make_private, remove_stale_temp_files
from helper.store.errors import StoreError, StoreNotWritable
from helper.store.lock import WriterLock
from helper.store.migrations import run_migrations
from helper.store.recovery import Recovery, move_aside, read_checked
from helper.store.storage import (
    AtomicJSONStorage,
    Tables,
    UnreadableStore,
    encode,
)

STORE_NAME = "store.json"
BUCKET_SIZE = 500
LISTS = ("calls", "letters")

CASES, LETTERS, TICKS, SETTINGS, DRAFTS = "cases", "letters", "ticks", "settings", "drafts"
Q = Query()


@dataclasses.dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    id: str
    title: str
    member_name: str | None
    baby_name: str | None
    updated: dt.datetime
    created: dt.datetime


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _copy_doc(doc: dict) -> dict:
    """A copy that shares nothing mutable with the store's memory (cheap for flat docs)."""
    return {k: copy.deepcopy(v) if isinstance(v, dict | list) else v for k, v in doc.items()}


def _json_value(value: Any, what: str) -> Any:
    try:
        encode(value)
    except (TypeError, ValueError) as error:
        raise StoreError(f"{what} cannot be saved: {error}") from None
    return copy.deepcopy(value)


def _new_id(prefix: str, taken: set[str]) -> str:
    while True:
        candidate = prefix + secrets.token_hex(4)
        if candidate not in taken:
            return candidate


class Store:
    """The open store. Use `Store.open(...)`; close it (or use `with`) to free the lock."""

    def __init__(
        self,
        home: Path,
        storage: AtomicJSONStorage,
        lock: WriterLock | None,
        recovery: Recovery | None,
    ):
        self.home = home
        self.path = home / STORE_NAME
        self.read_only = lock is None
        self.recovery = recovery
        # Set by the app when it asked to write but the folder could not be written.
        self.not_writable: StoreNotWritable | None = None
        self._storage = storage
        self._lock = lock
        self._mutex = threading.RLock()
        self._closed = False
        self._db = self._new_db()

    # Opening and closing ---------------------------------------------------------------
    @classmethod
    def open(cls, home: Path | None = None, read_only: bool = False, wait: float = 0) -> Store:
        """Open the store in `home` (default: the user's data folder).

        Takes the single-writer lock (StoreLocked if another copy still holds it after
        `wait` seconds), keeps a rolling backup, migrates an older store, and moves an
        unreadable one aside (see `recovery`). A folder or disk that cannot be written
        raises StoreNotWritable. `read_only=True` takes no lock and writes nothing.
        """
        home = Path(home) if home is not None else user_data_dir()
        if read_only:
            return cls._open_read_only(home)
        try:
            ensure_private_dir(home)
            lock = WriterLock(home)
            lock.acquire(wait)
        except OSError as error:
            raise StoreNotWritable(home, error) from error
        try:
            return cls._open_for_writing(home, lock)
        except BaseException as error:
            lock.release()
            cause = error if isinstance(error, OSError) else error.__cause__
            if isinstance(error, OSError | StoreError) and isinstance(cause, OSError):
                raise StoreNotWritable(home, cause) from error
            raise

    @classmethod
    def _open_for_writing(cls, home: Path, lock: WriterLock) -> Store:
        path = home / STORE_NAME
        remove_stale_temp_files(home, STORE_NAME)
        backups.remove_stale_temp_files(home)
        tables: Tables = {}
        pieces: dict[str, str] = {}
        recovery = None
        if path.exists():
            try:
                tables, pieces, raw = read_checked(path)
            except UnreadableStore as problem:
                recovery = move_aside(home, path, str(problem))
                tables, pieces = {}, {}
            else:
                make_private(path)
                backups.make_backup(home, raw)
        storage = AtomicJSONStorage(path, tables, pieces)
        run_migrations(tables, storage.replace_all)
        if not path.exists():
            storage.flush()
        return cls(home, storage, lock, recovery)

    @classmethod
    def _open_read_only(cls, home: Path) -> Store:
        path = home / STORE_NAME
        tables: Tables = {}
        pieces: dict[str, str] = {}
        if path.exists():
            try:
                tables, pieces, _ = read_checked(path)
            except UnreadableStore as problem:
                raise StoreError(
                    f"The saved data at {path} cannot be read ({problem}). "
                    "Open the app to recover it from a backup."
                ) from None
        tables = run_migrations(tables, lambda _: None)
        return cls(home, AtomicJSONStorage(path, tables, pieces, read_only=True), None, None)

    def close(self) -> None:
        with self._mutex:
            self._closed = True
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def on_warning(self, callback: Callable[[str], None] | None) -> None:
        """Who hears of a save that worked but not quite (the disk did not confirm it);
        by default a RuntimeWarning."""
        self._storage.on_warning = callback

    def _new_db(self) -> TinyDB:
        storage = self._storage
        return TinyDB(storage=lambda: storage)

    def _check_writable(self) -> None:
        if self._closed:
            raise StoreError("The store is closed.")
        if self.read_only:
            raise StoreError("The store was opened read-only; nothing can be saved.")

    # Backups ---------------------------------------------------------------------------
    def list_backups(self) -> list[Path]:
        """Backups of the store, newest first."""
        return backups.list_backups(self.home)

    def backup_now(self) -> Path | None:
        """Copy the store into the backups now; None when the newest backup already matches."""
        with self._mutex:
            if not self.path.exists():
                return None
            return backups.make_backup(self.home, self.path.read_bytes())

    def restore_backup(self, path: Path) -> None:
        """Replace the store's content with a backup (atomically); the current content is
        backed up first, so a restore can itself be undone."""
        with self._mutex:
            self._check_writable()
            try:
                tables, _, _ = read_checked(Path(path))
            except (OSError, UnreadableStore) as problem:
                raise StoreError(f"The backup {path} cannot be read ({problem}).") from None
            if self.path.exists():
                backups.make_backup(self.home, self.path.read_bytes())
            tables = run_migrations(tables, lambda _: None)
            self._storage.replace_all(tables)
            self._db = self._new_db()
            self.recovery = None

    # Cases -----------------------------------------------------------------------------
    def list_cases(self) -> list[CaseSummary]:
        """Every case, in the order they were added."""
        with self._mutex:
            return [_summary(doc) for doc in self._table_docs(CASES)]

    def add_case(self, case: Case, title: str | None = None) -> str:
        """Store a new case (with its calls and letters); returns its id."""
        with self._mutex:
            self._check_writable()
            data = _case_data(case)
            calls = [self._checked_call(call) for call in case.calls]
            letters = [self._checked_letter(record) for record in case.letters]
            taken = {doc["id"] for doc in self._table_docs(CASES)}
            case_id = _new_id("", taken)
            now = _now()
            doc = {
                "id": case_id,
                "title": title or _default_title(case),
                "created": now,
                "updated": now,
                "data": data,
                "lists": [n for n in LISTS if n not in case.absent or getattr(case, n)],
            }
            _fill_ids(calls, "c-")
            _fill_ids(letters, "l-")
            with self._storage.batch():
                self._db.table(CASES).insert(doc)
                for start in range(0, len(calls), BUCKET_SIZE):
                    bucket = _bucket_name(case_id, start // BUCKET_SIZE)
                    self._db.table(bucket).insert_multiple(calls[start : start + BUCKET_SIZE])
                if letters:
                    self._db.table(LETTERS).insert_multiple(
                        {"case": case_id, "record": record} for record in letters
                    )
            return case_id

    def get_case(self, case_id: str) -> Case:
        """The case with its calls and letters; KeyError if there is no such case."""
        with self._mutex:
            _, doc = self._case_doc(case_id)
            data = copy.deepcopy(doc["data"])
            lists = doc.get("lists", [])
            calls = self._call_docs(case_id)
            letters = self._letter_docs(case_id)
            if calls or "calls" in lists:
                data["calls"] = calls
            if letters or "letters" in lists:
                data["letters"] = letters
            return Case.from_dict(data)

    def save_case(self, case_id: str, case: Case) -> None:
        """Store everything in `case` except calls and letters (they have their own API)."""
        with self._mutex:
            self._check_writable()
            doc_id, _ = self._case_doc(case_id)
            data = _case_data(case)
            self._db.table(CASES).update({"data": data, "updated": _now()}, doc_ids=[doc_id])

    def rename_case(self, case_id: str, title: str) -> None:
        with self._mutex:
            self._check_writable()
            doc_id, _ = self._case_doc(case_id)
            self._db.table(CASES).update({"title": title, "updated": _now()}, doc_ids=[doc_id])

    def delete_case(self, case_id: str) -> None:
        """Remove a case with its calls, letters and checklist ticks."""
        with self._mutex:
            self._check_writable()
            doc_id, _ = self._case_doc(case_id)
            with self._storage.batch():
                self._db.table(CASES).remove(doc_ids=[doc_id])
                for bucket in self._buckets(case_id):
                    self._db.drop_table(bucket)
                self._db.table(LETTERS).remove(Q.case == case_id)
                self._db.table(TICKS).remove(Q.case == case_id)

    # Calls -----------------------------------------------------------------------------
    def list_calls(self, case_id: str) -> list[Call]:
        with self._mutex:
            self._case_doc(case_id)
            return [_parse(Call, doc, "call") for doc in self._call_docs(case_id)]

    def add_call(self, case_id: str, call: Call) -> str:
        """Log a call; returns its id (a new one when `call.id` is None, set on `call` too)."""
        with self._mutex:
            self._check_writable()
            case_doc_id, _ = self._case_doc(case_id)
            buckets = self._buckets(case_id)
            taken = {doc.get("id") for b in buckets for doc in self._storage.data[b].values()}
            if call.id is None:
                call.id = _new_id("c-", taken)
            elif call.id in taken:
                raise StoreError(f'This case already has a call with id "{call.id}".')
            doc = self._checked_call(call)
            if buckets and len(self._storage.data[buckets[-1]]) < BUCKET_SIZE:
                target = buckets[-1]
            else:
                target = _bucket_name(case_id, _bucket_number(buckets[-1]) + 1 if buckets else 0)
            with self._storage.batch():
                self._db.table(target).insert(doc)
                self._touch(case_doc_id)
            return call.id

    def update_call(self, case_id: str, call: Call) -> None:
        """Replace the stored call that has `call.id`; KeyError if there is none."""
        with self._mutex:
            self._check_writable()
            case_doc_id, _ = self._case_doc(case_id)
            bucket, doc_id = self._find_call(case_id, call.id)
            doc = self._checked_call(call)
            with self._storage.batch():
                table = self._db.table(bucket)
                table.update(_replace_with(doc), doc_ids=[doc_id])
                self._touch(case_doc_id)

    def delete_call(self, case_id: str, call_id: str) -> None:
        with self._mutex:
            self._check_writable()
            case_doc_id, _ = self._case_doc(case_id)
            bucket, doc_id = self._find_call(case_id, call_id)
            with self._storage.batch():
                self._db.table(bucket).remove(doc_ids=[doc_id])
                self._touch(case_doc_id)

    # Letters ---------------------------------------------------------------------------
    def list_letters(self, case_id: str) -> list[LetterRecord]:
        with self._mutex:
            self._case_doc(case_id)
            return [_parse(LetterRecord, d, "letter") for d in self._letter_docs(case_id)]

    def add_letter_record(self, case_id: str, record: LetterRecord) -> str:
        """Record a letter; returns its id (a new one when `record.id` is None)."""
        with self._mutex:
            self._check_writable()
            case_doc_id, _ = self._case_doc(case_id)
            taken = {doc.get("id") for doc in self._letter_docs(case_id)}
            if record.id is None:
                record.id = _new_id("l-", taken)
            elif record.id in taken:
                raise StoreError(f'This case already has a letter with id "{record.id}".')
            doc = self._checked_letter(record)
            with self._storage.batch():
                self._db.table(LETTERS).insert({"case": case_id, "record": doc})
                self._touch(case_doc_id)
            return record.id

    def update_letter_record(self, case_id: str, record: LetterRecord) -> None:
        """Replace the stored letter record that has `record.id`; KeyError if there is none."""
        with self._mutex:
            self._check_writable()
            case_doc_id, _ = self._case_doc(case_id)
            doc = self._checked_letter(record)
            matches = [
                doc_id
                for doc_id, stored in self._docs(LETTERS)
                if stored.get("case") == case_id and stored["record"].get("id") == record.id
            ]
            if not matches:
                raise KeyError(record.id)
            with self._storage.batch():
                self._db.table(LETTERS).update({"record": doc}, doc_ids=matches[:1])
                self._touch(case_doc_id)

    # Checklist ticks -------------------------------------------------------------------
    def checklist_ticks(self, case_id: str) -> set[str]:
        with self._mutex:
            docs = self._table_docs(TICKS)
            return {d["step"] for d in docs if d.get("case") == case_id and "step" in d}

    def set_tick(self, case_id: str, step_id: str, done: bool) -> None:
        with self._mutex:
            self._check_writable()
            case_doc_id, _ = self._case_doc(case_id)
            if (step_id in self.checklist_ticks(case_id)) == done:
                return
            with self._storage.batch():
                table = self._db.table(TICKS)
                if done:
                    table.insert({"case": case_id, "step": step_id})
                else:
                    table.remove((Q.case == case_id) & (Q.step == step_id))
                self._touch(case_doc_id)

    # Settings --------------------------------------------------------------------------
    def get_setting(self, key: str, default: Any = None) -> Any:
        with self._mutex:
            for doc in self._table_docs(SETTINGS):
                if doc.get("key") == key:
                    return copy.deepcopy(doc.get("value"))
            return default

    def set_setting(self, key: str, value: Any) -> None:
        with self._mutex:
            self._check_writable()
            value = _json_value(value, f'The setting "{key}"')
            if self.get_setting(key, _MISSING) == value:
                return
            self._db.table(SETTINGS).upsert({"key": key, "value": value}, Q.key == key)

    # Drafts ----------------------------------------------------------------------------
    def save_draft(self, kind: str, key: str, data: dict) -> None:
        """Keep unsaved input (a half-written call, a letter being edited) across restarts."""
        with self._mutex:
            self._check_writable()
            data = _json_value(data, "The draft")
            self._db.table(DRAFTS).upsert(
                {"kind": kind, "key": key, "data": data}, (Q.kind == kind) & (Q.key == key)
            )

    def get_draft(self, kind: str, key: str) -> dict | None:
        with self._mutex:
            for doc in self._table_docs(DRAFTS):
                if doc.get("kind") == kind and doc.get("key") == key:
                    return copy.deepcopy(doc.get("data"))
            return None

    def clear_draft(self, kind: str, key: str) -> None:
        with self._mutex:
            self._check_writable()
            if self.get_draft(kind, key) is not None:
                self._db.table(DRAFTS).remove((Q.kind == kind) & (Q.key == key))

    def list_drafts(self, kind: str) -> list[tuple[str, dict]]:
        with self._mutex:
            return [
                (doc.get("key"), copy.deepcopy(doc.get("data")))
                for doc in self._table_docs(DRAFTS)
                if doc.get("kind") == kind
            ]

    # Internals -------------------------------------------------------------------------
    def _docs(self, table: str) -> Iterator[tuple[int, dict]]:
        return ((int(i), d) for i, d in self._storage.data.get(table, {}).items())

    def _table_docs(self, table: str) -> list[dict]:
        return list(self._storage.data.get(table, {}).values())

    def _case_doc(self, case_id: str) -> tuple[int, dict]:
        for doc_id, doc in self._docs(CASES):
            if doc.get("id") == case_id:
                return doc_id, doc
        raise KeyError(case_id)

    def _touch(self, case_doc_id: int) -> None:
        self._db.table(CASES).update({"updated": _now()}, doc_ids=[case_doc_id])

    def _buckets(self, case_id: str) -> list[str]:
        prefix = f"calls/{case_id}/"
        return sorted((n for n in self._storage.data if n.startswith(prefix)), key=_bucket_number)

    def _call_docs(self, case_id: str) -> list[dict]:
        data = self._storage.data
        return [_copy_doc(doc) for b in self._buckets(case_id) for doc in data[b].values()]

    def _find_call(self, case_id: str, call_id: str | None) -> tuple[str, int]:
        for bucket in self._buckets(case_id):
            for doc_id, doc in self._docs(bucket):
                if doc.get("id") == call_id:
                    return bucket, doc_id
        raise KeyError(call_id)

    def _letter_docs(self, case_id: str) -> list[dict]:
        return [
            _copy_doc(doc["record"])
            for doc in self._table_docs(LETTERS)
            if doc.get("case") == case_id
        ]

    @staticmethod
    def _checked_call(call: Call) -> dict:
        return _checked(Call, call, "call")

    @staticmethod
    def _checked_letter(record: LetterRecord) -> dict:
        return _checked(LetterRecord, record, "letter")


_MISSING = object()


def _parse(record_class: type, data: dict, path: str) -> Any:
    errors: list[str] = []
    record = record_class.parse(data, path, errors)
    if errors:
        raise ValidationError(errors)
    return record


def _checked(record_class: type, record: Any, path: str) -> dict:
    """The record's JSON, checked so that what is stored can always be read back."""
    doc = _copy_doc(record.to_dict())
    _json_value(doc, f"The {path}")
    _parse(record_class, doc, path)
    return doc


def _case_data(case: Case) -> dict:
    """The case JSON without calls and letters, checked like an imported case."""
    data = case.to_dict()
    for name in LISTS:
        data.pop(name, None)
    data = _json_value(data, "The case")
    Case.from_dict(data)
    return data


def _fill_ids(docs: list[dict], prefix: str) -> None:
    taken = {doc.get("id") for doc in docs}
    for doc in docs:
        if doc.get("id") is None:
            doc["id"] = _new_id(prefix, taken)
            taken.add(doc["id"])


def _replace_with(new: dict):
    def replace(doc: dict) -> None:
        doc.clear()
        doc.update(new)

    return replace


def _bucket_name(case_id: str, number: int) -> str:
    return f"calls/{case_id}/{number}"


def _bucket_number(name: str) -> int:
    return int(name.rsplit("/", 1)[1])


def _default_title(case: Case) -> str:
    parts = [p for p in (case.member.name, case.baby.name) if p]
    return " and ".join(parts) if parts else "New case"


def _summary(doc: dict) -> CaseSummary:
    data = doc.get("data", {})
    member = data.get("member") if isinstance(data.get("member"), dict) else {}
    baby = data.get("baby") if isinstance(data.get("baby"), dict) else {}
    return CaseSummary(
        id=doc["id"],
        title=doc.get("title") or _default_title(Case()),
        member_name=member.get("name"),
        baby_name=baby.get("name"),
        updated=_when(doc.get("updated")),
        created=_when(doc.get("created")),
    )


def _when(text: Any) -> dt.datetime:
    try:
        return dt.datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return dt.datetime.fromtimestamp(0).astimezone()
