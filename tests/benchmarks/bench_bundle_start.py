"""Start-up of the standalone app against the venv install, same machine, same run.

Usage: python tests/benchmarks/bench_bundle_start.py PROGRAM
  PROGRAM: the bundled `lactation-helper` (tools/build_app.py makes it). The venv one is
  the `lactation-helper` beside this Python. Without PROGRAM it prints "skipped".

Measures `--version` (best and median of 5) and the GUI from launch to its main window
mapped on an X server (median of 3, fresh data folder each time). The window is seen from
outside (Xvfb + xwininfo), so both programs are timed the same way; without Xvfb and
xwininfo the GUI part is skipped.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TITLE = "Lactation Coverage Helper"
DISPLAY = ""  # set by start_xvfb: the display Xvfb picked (a fixed one may be taken)


def version_times(program: Path, env: dict[str, str], runs: int = 5) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([str(program), "--version"], env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return times


def start_xvfb() -> subprocess.Popen:
    """Xvfb on a free display; sets DISPLAY to it."""
    global DISPLAY
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise RuntimeError("Xvfb did not start")
    DISPLAY = f":{number}"
    return server


def window_mapped() -> bool:
    """The main window (titled TITLE, with a WM_CLASS: not Qt's 1x1 leader) is viewable."""
    tree = subprocess.run(
        ["xwininfo", "-display", DISPLAY, "-root", "-tree"], capture_output=True, text=True
    ).stdout
    for line in tree.splitlines():
        if f'"{TITLE}": ("' in line:
            window = line.split()[0]
            info = subprocess.run(
                ["xwininfo", "-display", DISPLAY, "-id", window], capture_output=True, text=True
            ).stdout
            return "IsViewable" in info
    return False


def window_time(program: Path, env: dict[str, str], timeout: float = 60.0) -> float:
    with tempfile.TemporaryDirectory() as data:
        run_env = dict(env, LACTATION_HELPER_HOME=data, DISPLAY=DISPLAY, QT_QPA_PLATFORM="xcb")
        start = time.perf_counter()
        process = subprocess.Popen(
            [str(program)], env=run_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while time.perf_counter() - start < timeout:
                if window_mapped():
                    return time.perf_counter() - start
                if process.poll() is not None:
                    raise RuntimeError(f"{program} exited with {process.returncode}")
                time.sleep(0.01)
            raise RuntimeError(f"no window from {program} in {timeout:.0f} s")
        finally:
            process.terminate()
            process.wait(timeout=10)


def describe(name: str, times: list[float]) -> str:
    ms = [t * 1000 for t in times]
    return f"{name:7} best {min(ms):6.0f} ms  median {statistics.median(ms):6.0f} ms"


def main() -> int:
    if len(sys.argv) < 2:
        print("skipped: pass the bundled program (tools/build_app.py makes it)")
        return 0
    programs = {
        "bundle": Path(sys.argv[1]).resolve(),
        "venv": Path(sys.executable).parent / "lactation-helper",
    }
    env = {"PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp"), "LANG": "C.UTF-8"}
    print("--version")
    for name, program in programs.items():
        print(describe(name, version_times(program, env)))
    if not (shutil.which("Xvfb") and shutil.which("xwininfo")):
        print("GUI: skipped (needs Xvfb and xwininfo)")
        return 0
    server = start_xvfb()
    try:
        print("GUI launch to main window mapped (fresh data folder)")
        for name, program in programs.items():
            window_time(program, env)  # warm the disk cache for both alike
            print(describe(name, [window_time(program, env) for _ in range(3)]))
    finally:
        server.terminate()
        server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
