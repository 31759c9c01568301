"""The app's real Qt paths keep Python's `None` alive.

PySide6 6.12.0 on Python 3.11 takes one reference away from `None` each time a Qt method
that returns nothing is called; when the count reaches zero the process aborts
(`Fatal Python error: none_dealloc`). pyproject.toml keeps that pair from being installed;
this test catches it, or the next such bug, while the app does what a user does.

The count of `None` as a whole is no witness: healthy PySide6 builds keep extra references
to it here and there (the count grows by thousands in the run below), which hides the loss.
So a profile hook watches each Qt setter the app calls (`setText`, `setWordWrap`...: Qt
setters return nothing). A correct binding hands back a new reference to `None`, so the
count is one higher when the call returns than when it began; the broken one hands back
`None` without adding the reference, and the interpreter then drops one it does not own.
"""

from __future__ import annotations

import collections
import copy
import datetime as dt
import sys

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication

from helper.model import Case
from helper.store import Store
from ui.app import create_main_window

pytestmark = pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="None is immortal on Python 3.12+ (PEP 683): its count cannot drop there",
)

BIG_CASE_VISITS = 1000
# Setters that return a value (bool) and so hand back no reference to None.
VALUE_SETTERS = {"setProperty", "setData", "setItemData", "setHeaderData"}


class QtSetterWatch:
    """A profile hook: for each Qt setter called from Python with no Python code running
    inside it, did the call hand back a reference to None?"""

    def __init__(self) -> None:
        self.calls: collections.Counter[str] = collections.Counter()
        self.without_reference: collections.Counter[str] = collections.Counter()
        # per C call in progress: (setter name or None, None's count at the call)
        self._stack: list[tuple[str | None, int]] = []

    def __enter__(self) -> QtSetterWatch:
        sys.setprofile(self._event)
        return self

    def __exit__(self, *exc: object) -> None:
        sys.setprofile(None)

    def _event(self, frame, event: str, arg) -> None:
        if event == "c_call":
            name = getattr(arg, "__name__", "")
            owner = getattr(arg, "__self__", None)
            watched = (
                name.startswith("set")
                and name not in VALUE_SETTERS
                and isinstance(owner, shiboken6.Shiboken.Object)
            )
            label = f"{type(owner).__name__}.{name}" if watched else None
            self._stack.append((label, sys.getrefcount(None)))
        elif event in ("c_return", "c_exception"):
            if self._stack:
                label, before = self._stack.pop()
                if label is not None and event == "c_return":
                    self.calls[label] += 1
                    if sys.getrefcount(None) <= before:
                        self.without_reference[label] += 1
        elif event == "call" and self._stack:
            # Python code runs inside the C call (a slot, an overridden method): its own
            # references to None would blur the count, so the outer call is not judged.
            self._stack = [(None, before) for _, before in self._stack]

    def missing(self) -> int:
        return sum(self.without_reference.values())

    def worst(self, n: int = 6) -> str:
        return ", ".join(
            f"{name} {missing}/{self.calls[name]}"
            for name, missing in self.without_reference.most_common(n)
        )


def big_case(example: dict) -> dict:
    """The example case with BIG_CASE_VISITS in-network visits and no claims.

    (Out-of-network or denied visits give a finding each, and 1,000 findings take the Home
    and Coverage pages 5 to 45 seconds to show: too slow for this test.)
    """
    data = copy.deepcopy(example)
    visit = data["visits"][0]
    visit.pop("claim", None)
    visit["provider"]["network"] = "in"
    start = dt.date(2026, 8, 2)
    data["visits"] = []
    for n in range(BIG_CASE_VISITS):
        one = copy.deepcopy(visit)
        one["id"] = f"v{n + 1}"
        one["date"] = (start + dt.timedelta(days=n % 300)).isoformat()
        data["visits"].append(one)
    return data


def test_using_the_app_keeps_none_alive(qtbot, home, example_case_dict):
    with Store.open(home) as store:
        small = store.add_case(Case.from_dict(example_case_dict), title="Ana and Leo")
        other = store.add_case(Case.from_dict(example_case_dict), title="Second family")
        big = store.add_case(Case.from_dict(big_case(example_case_dict)), title="Big case")
        store.set_setting("last_case", small)

    with QtSetterWatch() as watch:
        window = create_main_window(home)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        for case_id in (small, other, big, small):
            window.case_switcher.setCurrentIndex(window.case_switcher.findData(case_id))
            for row in range(window.nav.count()):
                window.nav.setCurrentRow(row)
                QApplication.processEvents()
        window.close()

    assert window.pages, "no page was built"
    judged = sum(watch.calls.values())
    assert judged > 1000, f"only {judged} Qt setter calls were seen: too few to judge"
    assert watch.missing() == 0, (
        f"{watch.missing()} of {judged} Qt setter calls took a reference away from None "
        f"({watch.worst()}): this PySide6 build does that on this Python, and the app will "
        "crash (Fatal Python error: none_dealloc)"
    )
