"""Drafts: what the user typed and has not saved yet (a half-written call, a letter
being made), kept across restarts. Each draft belongs to a case and is deleted with it.
A part of `Store` (see `repository.py`).

`kind` says whose draft it is: `CALL_DRAFTS` (the call editor: one per call being edited,
key `call_draft_key(case, call)`) and `LETTER_DRAFTS` (the Letters page: one per case, key
the case id).
"""

from __future__ import annotations

import copy
from typing import Any

from helper.store.tables import DRAFTS, Q, _json_value

CALL_DRAFTS = "call"
LETTER_DRAFTS = "letters"


def call_draft_key(case_id: str, call_id: str | None) -> str:
    """Where a call's draft lives: "<case id>/<call id>", or "new-<case id>" for a new call.

    Call ids are unique only inside a case ("c1" may exist in two cases), hence the prefix.
    """
    return f"{case_id}/{call_id}" if call_id else f"new-{case_id}"


def is_restored_draft(draft: dict) -> bool:
    """A call draft the editor saved (it has "saved_at"), not a prefill made by another page."""
    return bool(draft.get("saved_at"))


class DraftsMixin:
    """Drafts by kind and key, each with its case; uses the store's `_mutex`, `_db`,
    `_check_writable`, `_docs` and `_table_docs`."""

    _mutex: Any
    _db: Any

    # Drafts ----------------------------------------------------------------------------
    def save_draft(self, kind: str, key: str, data: dict, case_id: str | None = None) -> None:
        """Keep unsaved input (a half-written call, a letter being edited) across restarts;
        `case_id` (else the draft's own "case_id", else `key`) is the case it belongs to."""
        with self._mutex:
            self._check_writable()
            data = _json_value(data, "The draft")
            case = case_id or _case_of(kind, key, data)
            self._db.table(DRAFTS).upsert(
                {"kind": kind, "key": key, "case": case, "data": data},
                (Q.kind == kind) & (Q.key == key),
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

    def case_drafts(self, kind: str, case_id: str) -> list[tuple[str, dict]]:
        """The drafts of one kind that belong to the case, newest first (by "saved_at")."""
        with self._mutex:
            mine = [
                (doc.get("key"), copy.deepcopy(doc.get("data")))
                for doc in self._table_docs(DRAFTS)
                if doc.get("kind") == kind and _belongs_to(doc, case_id)
            ]
        mine.sort(key=lambda item: str(_saved_at(item[1])), reverse=True)
        return mine

    # Typed: the call editor's and the Letters page's drafts --------------------------------
    def save_call_draft(self, case_id: str, call_id: str | None, data: dict) -> None:
        self.save_draft(CALL_DRAFTS, call_draft_key(case_id, call_id), data, case_id)

    def call_draft(self, case_id: str, call_id: str | None) -> dict | None:
        return self.get_draft(CALL_DRAFTS, call_draft_key(case_id, call_id))

    def clear_call_draft(self, case_id: str, call_id: str | None) -> None:
        self.clear_draft(CALL_DRAFTS, call_draft_key(case_id, call_id))

    def save_letter_draft(self, case_id: str, data: dict) -> None:
        self.save_draft(LETTER_DRAFTS, case_id, data, case_id)

    def letter_draft(self, case_id: str) -> dict | None:
        return self.get_draft(LETTER_DRAFTS, case_id)

    def _drop_case_drafts(self, case_id: str) -> None:
        """Remove every draft of the case (inside the caller's write)."""
        ids = [doc_id for doc_id, doc in self._docs(DRAFTS) if _belongs_to(doc, case_id)]
        if ids:
            self._db.table(DRAFTS).remove(doc_ids=ids)


def _case_of(kind: str, key: str, data: Any) -> str | None:
    """The case a draft saved without one belongs to: its "case_id", or the key of a
    letters draft."""
    if isinstance(data, dict) and isinstance(data.get("case_id"), str):
        return data["case_id"]
    return key if kind == LETTER_DRAFTS else None


def _belongs_to(doc: dict, case_id: str) -> bool:
    """Drafts saved before they named their case are matched as they were then."""
    case = doc.get("case") or _case_of(doc.get("kind", ""), doc.get("key", ""), doc.get("data"))
    return case == case_id


def _saved_at(data: Any) -> str:
    return str(data.get("saved_at") or "") if isinstance(data, dict) else ""
