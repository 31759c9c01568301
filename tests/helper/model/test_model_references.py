"""How visit and pump keys move when one is deleted."""

from __future__ import annotations

from helper.model import Call
from helper.model.references import moves, relink


def test_keys_by_position_follow_their_item_and_the_deleted_one_goes():
    moved = moves(["v1", "1", "2"], 0, ["0", "1"])
    assert moved == {"1": "0", "2": "1", "v1": None}
    moved = moves(["0", "1", "2"], 0, ["0", "1"])
    assert moved == {"1": "0", "2": "1", "0": None}  # the deleted key wins over its reuse


def test_relink_changes_only_what_moved():
    calls = [Call(visit="v1"), Call(visit="2"), Call(visit=None), Call(visit="equipment:0")]
    changed = relink(calls, moves(["v1", "1", "2"], 0, ["0", "1"]))
    assert [c.visit for c in calls] == [None, "1", None, "equipment:0"]
    assert changed == [calls[0], calls[1]]
