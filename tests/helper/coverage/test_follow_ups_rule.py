"""Follow-ups: the one-pass rule gives the same answer as comparing every pair of calls."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from helper.call_log import follow_ups
from helper.model import Call

TODAY = dt.date(2026, 9, 20)
DEPARTMENTS = st.sampled_from([None, "", "  ", "Member services", "member services ", "Appeals"])


def open_by_pairs(calls: list[Call]) -> set[int]:
    """The rule as stated: a follow-up is done once a later call on the same line exists."""

    def dept(call: Call) -> str:
        return (call.department or "").strip().casefold()

    def same_line(a: Call, b: Call) -> bool:
        return not dept(a) or not dept(b) or dept(a) == dept(b)

    dated = [c for c in calls if c.started is not None]
    return {
        id(call)
        for call in dated
        if call.follow_up is not None
        and not any(o.started > call.started and same_line(call, o) for o in dated)
    }


calls_strategy = st.lists(
    st.builds(
        Call,
        started=st.one_of(
            st.none(),
            st.integers(0, 30).map(lambda h: dt.datetime(2026, 9, 1) + dt.timedelta(hours=h)),
        ),
        department=DEPARTMENTS,
        follow_up=st.one_of(st.none(), st.integers(0, 40).map(lambda d: TODAY + dt.timedelta(d))),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(calls_strategy)
def test_one_pass_matches_every_pair(calls):
    result = follow_ups(calls, TODAY)
    assert {id(f.call) for f in result} == open_by_pairs(calls)
    assert [(f.due, f.call.started) for f in result] == sorted(
        (f.due, f.call.started) for f in result
    )


def test_ten_thousand_calls_answer_each_other():
    base = dt.datetime(2026, 1, 1, 9)
    calls = [
        Call(
            started=base + dt.timedelta(hours=i),
            department="Member services" if i % 2 else "Appeals",
            follow_up=TODAY,
        )
        for i in range(10_000)
    ]
    # Only the last call of each department is still waiting for an answer.
    assert [f.call.started for f in follow_ups(calls, TODAY)] == [
        base + dt.timedelta(hours=9_998),
        base + dt.timedelta(hours=9_999),
    ]
