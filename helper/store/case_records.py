"""The store's records of a case: its calls (in buckets), letter records and checklist
ticks. A part of `Store` (see `repository.py`), kept apart by job."""

from __future__ import annotations

from typing import Any

from helper.model import Call, LetterRecord
from helper.store.errors import StoreError
from helper.store.tables import (
    BUCKET_SIZE,
    LETTERS,
    TICKS,
    Q,
    _bucket_name,
    _bucket_number,
    _checked,
    _copy_doc,
    _new_id,
    _parse,
    _replace_with,
)


class CaseRecordsMixin:
    """Calls, letter records and ticks; uses the store's `_mutex`, `_db`, `_storage`,
    `_check_writable`, `_case_doc`, `_touch`, `_docs` and `_table_docs`."""

    _mutex: Any
    _db: Any
    _storage: Any

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
