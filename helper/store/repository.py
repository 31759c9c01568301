"""The store: cases, their calls, letters and checklist ticks, settings and drafts.

One TinyDB file, `store.json`, in the user's data folder, written atomically on every
change (see `storage.py`). Tables:

- `meta`: the schema version
- `cases`: {"id", "title", "created", "updated", "data": the case JSON without calls and
  letters, "lists": which of "calls"/"letters" the case JSON had}
- `calls/<case id>/<n>`: the case's calls in order, in buckets of BUCKET_SIZE so adding a
  call re-encodes one small table, not every call ever logged
- `letters`: {"case", "record"}; `ticks`: {"case", "step"}; `settings`: {"key", "value"};
  `drafts`: {"kind", "key", "case", "data"}

Writes go through TinyDB (insert, update, upsert, remove, drop_table) onto the atomic
storage. Reads do not: they take the documents straight from the storage's tables in
memory (`_docs`, `_table_docs`), because TinyDB re-reads the storage and rebuilds a
Document for every row on each query. tests/benchmarks/bench_foundation.py (e) measures
it on a store of 10,000 calls: 0.1-0.2 ms to read them all from the tables, 20-70 ms
through `table.all()` (2026-11-30, this machine), and the Calls page, the letters and
the checker read the calls of a case on every refresh; (c) and (d) are the budgets for
opening such a store and adding a call. Reads return copies (`_copy_doc`), so nothing
outside the store can change its memory.

`Store` is put together from parts, one module each: this one (opening, backups, cases,
settings), `case_records.py` (calls, letter records, ticks), `drafts.py`; the tables and
their document helpers are in `tables.py`.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from helper.files import make_private, remove_stale_temp_files
from helper.model import Case
from helper.paths import ensure_private_dir, user_data_dir
from helper.store import backups
from helper.store.case_records import CaseRecordsMixin
from helper.store.drafts import DraftsMixin
from helper.store.errors import StoreError, StoreNotWritable
from helper.store.lock import WriterLock
from helper.store.migrations import run_migrations
from helper.store.recovery import Recovery, move_aside, read_checked
from helper.store.storage import AtomicJSONStorage, Tables, UnreadableStore
from helper.store.tables import (  # noqa: F401 (BUCKET_SIZE: part of the store's API)
    BUCKET_SIZE,
    CASES,
    LETTERS,
    LISTS,
    SETTINGS,
    TICKS,
    Q,
    _bucket_name,
    _checked,
    _json_value,
    _new_id,
    _now,
)

STORE_NAME = "store.json"


@dataclasses.dataclass(frozen=True)
class CaseSummary:
    """One line of the case list."""

    id: str
    title: str
    member_name: str | None
    baby_name: str | None
    updated: dt.datetime
    created: dt.datetime


class Store(CaseRecordsMixin, DraftsMixin):
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
        """Remove a case with its calls, letters, checklist ticks and drafts."""
        with self._mutex:
            self._check_writable()
            doc_id, _ = self._case_doc(case_id)
            with self._storage.batch():
                self._db.table(CASES).remove(doc_ids=[doc_id])
                for bucket in self._buckets(case_id):
                    self._db.drop_table(bucket)
                self._db.table(LETTERS).remove(Q.case == case_id)
                self._db.table(TICKS).remove(Q.case == case_id)
                self._drop_case_drafts(case_id)

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


_MISSING = object()


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
