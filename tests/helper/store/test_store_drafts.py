"""Drafts belong to their case: listed per case, newest first, and deleted with it."""

from helper.model import Case
from helper.store.drafts import CALL_DRAFTS, call_draft_key


def test_call_drafts_of_one_case_newest_first(store):
    a, b = store.add_case(Case()), store.add_case(Case())
    store.save_call_draft(a, None, {"case_id": a, "saved_at": "2026-09-01T10:00:00"})
    store.save_call_draft(b, "c1", {"case_id": b, "saved_at": "2026-09-03T10:00:00"})
    store.save_call_draft(a, "c2", {"case_id": a, "saved_at": "2026-09-02T10:00:00"})
    store.save_draft(CALL_DRAFTS, "junk", "not a dict")  # type: ignore[arg-type]
    keys = [key for key, _ in store.case_drafts(CALL_DRAFTS, a)]
    assert keys == [call_draft_key(a, "c2"), call_draft_key(a, None)]


def test_drafts_go_with_their_case(store):
    a, b = store.add_case(Case()), store.add_case(Case())
    store.save_call_draft(a, None, {"case_id": a})
    store.save_letter_draft(a, {"kind": "aca_appeal"})
    store.save_letter_draft(b, {"kind": "plan_appeal"})
    store.delete_case(a)
    assert store.call_draft(a, None) is None and store.letter_draft(a) is None
    assert store.letter_draft(b) == {"kind": "plan_appeal"}


def test_drafts_saved_before_they_named_their_case_go_too(store):
    a = store.add_case(Case())
    store._db.table("drafts").insert({"kind": "letters", "key": a, "data": {}})
    store._db.table("drafts").insert({"kind": "call", "key": f"new-{a}", "data": {"case_id": a}})
    store.delete_case(a)
    assert store.list_drafts("letters") == [] and store.list_drafts("call") == []
