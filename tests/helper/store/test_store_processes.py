"""Real processes: a writer killed mid-write, and the single-writer lock between two copies."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from helper.model import Call, Case
from helper.store import Store, StoreLocked

ROOT = Path(__file__).resolve().parents[3]

pytestmark = pytest.mark.skipif(os.name != "posix", reason="uses SIGKILL")


def start_child(code: str, home: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LACTATION_HELPER_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code)],
        env=env,
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for_line(child: subprocess.Popen, expected: str) -> None:
    line = child.stdout.readline().strip()
    if line != expected:
        child.kill()
        raise AssertionError(f"child said {line!r}; stderr: {child.stderr.read()}")


WRITER = """
    import datetime as dt, sys
    from helper.model import Call
    from helper.store import Store
    store = Store.open()
    case_id = store.list_cases()[0].id
    i = len(store.list_calls(case_id))
    print("ready", flush=True)
    while True:
        store.add_call(case_id, Call(started=dt.datetime(2026, 9, 1, 9, 0), summary=str(i)))
        store.set_setting("payload", {"i": i, "data": "x" * (i % 40) * 1000})
        i += 1
"""


@pytest.mark.parametrize("delay", [0.0, 0.03, 0.07, 0.13, 0.21])
def test_a_writer_killed_mid_write_leaves_old_or_new_content(home, delay):
    with Store.open(home) as store:
        case = Case()
        start = dt.datetime(2026, 8, 1, 9, 0)
        case.calls = [Call(started=start, summary=str(i)) for i in range(2000)]
        case_id = store.add_case(case)
    child = start_child(WRITER, home)
    wait_for_line(child, "ready")
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stdout.close()
    child.stderr.close()

    with Store.open(home) as store:
        assert store.recovery is None
        summaries = [call.summary for call in store.list_calls(case_id)]
        assert summaries == [str(i) for i in range(len(summaries))]
        payload = store.get_setting("payload")
        if payload is None:  # killed before the first setting was saved
            assert len(summaries) in (2000, 2001)
        else:
            assert payload["data"] == "x" * (payload["i"] % 40) * 1000
            assert payload["i"] in (len(summaries) - 1, len(summaries) - 2)
    assert not list(home.glob(".store.json.*.tmp"))


HOLDER = """
    import sys
    from helper.store import Store
    store = Store.open()
    store.set_setting("holder", "child")
    print("locked", flush=True)
    sys.stdin.readline()
    store.close()
    print("released", flush=True)
"""


def test_a_second_copy_is_refused_while_the_first_runs(home):
    child = start_child(HOLDER, home)
    try:
        wait_for_line(child, "locked")
        with pytest.raises(StoreLocked) as caught:
            Store.open(home)
        assert caught.value.pid == child.pid
        assert str(caught.value) == (
            "Lactation Coverage Helper is already open in another window "
            f"(process {child.pid}). Close it first."
        )
        with Store.open(home, read_only=True) as reader:
            assert reader.get_setting("holder") == "child"
        child.stdin.write("\n")
        child.stdin.flush()
        wait_for_line(child, "released")
        with Store.open(home) as store:
            assert store.get_setting("holder") == "child"
    finally:
        child.kill()
        child.communicate(timeout=30)


def test_a_dead_copy_does_not_block(home):
    child = start_child(HOLDER, home)
    wait_for_line(child, "locked")
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    with Store.open(home) as store:
        assert store.get_setting("holder") == "child"


def test_a_second_open_in_the_same_process_is_refused_too(home):
    with Store.open(home), pytest.raises(StoreLocked, match=f"process {os.getpid()}"):
        Store.open(home)
    Store.open(home).close()
