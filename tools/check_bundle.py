"""Build the standalone app in a temporary folder and check that it runs on its own.

Usage: python tools/check_bundle.py [--bundle PROGRAM]   (.ci/run calls it when BUILD_BUNDLE=1)

The bundled program runs with a bare environment (PATH=/usr/bin:/bin, no venv, no
PYTHONPATH, a fresh home and data folder): `--version`, `check` on the example case, a
letter to PDF (fonts and text shaping inside the bundle), the GUI offscreen for a few
seconds with no system fonts (still alive, then stopped), the data folder a pip-installed copy wrote (same
place, same store), and on Linux `install.sh` into the temporary home.
With --bundle, checks that program instead of building one.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_CASE = ROOT / "tests" / "fixtures" / "spec_example.json"
GUI_SECONDS = 5.0


class CheckFailed(Exception):
    pass


def build(tmp: Path) -> Path:
    """Build with tools/build_app.py; returns the bundled program."""
    dist = tmp / "dist"
    command = [sys.executable, str(ROOT / "tools" / "build_app.py"), "--dist", str(dist)]
    subprocess.run(command + ["--work", str(tmp / "work")], check=True)
    names = ("lactation-helper.exe", "lactation-helper")
    programs = [p for p in dist.rglob("lactation-helper*") if p.is_file() and p.name in names]
    if not programs:
        raise CheckFailed(f"no bundled program under {dist}")
    return programs[0]


def bare_env(home: Path, data: Path) -> dict[str, str]:
    """An environment with no trace of the venv or of the developer's Python."""
    env = {
        "PATH": os.pathsep.join(["/usr/bin", "/bin"]) if os.name == "posix" else "",
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LACTATION_HELPER_HOME": str(data),
        "QT_QPA_PLATFORM": "offscreen",
        "SOURCE_DATE_EPOCH": "1800000000",
    }
    for name in ("SYSTEMROOT", "TEMP", "TMP"):  # Windows cannot start a program without them
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def run(program: Path, args: list[str], env: dict[str, str], cwd: Path) -> tuple[str, float]:
    start = time.perf_counter()
    result = subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120
    )
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise CheckFailed(
            f"{' '.join(args)} exited with {result.returncode}\n{result.stdout}{result.stderr}"
        )
    return result.stdout, seconds


def check_cli(program: Path, env: dict[str, str], tmp: Path) -> None:
    out, seconds = run(program, ["--version"], env, tmp)
    if not re.fullmatch(r"lactation-helper \d+\.\d+\.\d+\S*\n", out):
        raise CheckFailed(f"--version printed {out!r}")
    print(f"ok  --version: {out.strip()} ({seconds * 1000:.0f} ms)")

    out, seconds = run(program, ["check", str(EXAMPLE_CASE)], env, tmp)
    if "Lactation coverage check" not in out or "Sources:" not in out:
        raise CheckFailed(f"check printed no findings:\n{out}")
    quoted = len(re.findall(r"^   \[\d+\] ", out, flags=re.MULTILINE))
    print(f"ok  check {EXAMPLE_CASE.name}: {quoted} sources ({seconds:.2f} s)")

    fonts = [p.name for p in program.parent.rglob("DejaVuSans*.ttf")]
    if not {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"} <= set(fonts):
        raise CheckFailed(f"the bundle lacks the shipped DejaVu Sans (has {fonts})")

    pdf = tmp / "letter.pdf"
    args = ["letter", "aca_appeal", str(EXAMPLE_CASE), "-o", str(pdf)]
    args += ["--fact", "recipient.address=PO Box 1, Albuquerque, NM 87101"]
    _, seconds = run(program, args, env, tmp)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise CheckFailed("the letter is not a PDF")
    print(
        f"ok  letter aca_appeal -> PDF, {pdf.stat().st_size} bytes ({seconds:.2f} s); fonts inside"
    )


NO_FONTS = '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig/>\n'


def check_gui(program: Path, env: dict[str, str], tmp: Path) -> None:
    """The GUI with a fresh data folder and, on Linux, no system fonts (it must use the
    font it carries): still running after a few seconds, then stopped."""
    if sys.platform.startswith("linux"):
        (tmp / "no-fonts.conf").write_text(NO_FONTS)
        env = dict(env, FONTCONFIG_FILE=str(tmp / "no-fonts.conf"))
    log = tmp / "gui.log"
    with log.open("w") as output:
        process = subprocess.Popen([str(program)], env=env, cwd=tmp, stdout=output, stderr=output)
        try:
            time.sleep(GUI_SECONDS)
            alive = process.poll() is None
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    text = log.read_text(errors="replace")
    if not alive or "Traceback" in text or "no fonts found" in text:
        raise CheckFailed(f"the GUI stopped (exit {process.returncode}):\n{text}")
    data = Path(env["LACTATION_HELPER_HOME"])
    if not data.is_dir() or not any(data.iterdir()):
        raise CheckFailed(f"the GUI made nothing in its data folder {data}:\n{text}")
    print(
        f"ok  GUI offscreen, no system fonts: alive after {GUI_SECONDS:.0f} s, data made, stopped"
    )


def check_shared_data(program: Path, tmp: Path) -> None:
    """The bundle reads the data folder a pip-installed copy wrote (no override set)."""
    installed = Path(sys.executable).parent / Path(program).name
    if not installed.is_file():
        print(f"--  shared data folder: no pip-installed {installed.name} beside {sys.executable}")
        return
    home = tmp / "shared-home"
    home.mkdir()
    env = bare_env(home, tmp)
    del env["LACTATION_HELPER_HOME"]
    case_id, _ = run(installed, ["import", str(EXAMPLE_CASE)], env, tmp)
    listed, _ = run(program, ["cases"], env, tmp)
    if case_id.strip() not in listed:
        raise CheckFailed(f"the bundle does not see case {case_id.strip()}:\n{listed}")
    print(f"ok  shared data folder: the bundle lists case {case_id.strip()} the pip copy stored")


def check_install(program: Path, env: dict[str, str], tmp: Path) -> None:
    """install.sh into the temporary home: menu entry, icons, a working program; uninstall."""
    install = program.parents[1] / "install.sh"
    if not install.is_file():
        print("--  install.sh: not in this build (not Linux)")
        return
    home = Path(env["HOME"])
    subprocess.run(["sh", str(install)], env=env, check=True, capture_output=True)
    share = home / ".local" / "share"
    desktop = next((share / "applications").glob("*.desktop"))
    if not any((share / "icons" / "hicolor" / "48x48" / "apps").glob("*.png")):
        raise CheckFailed("install.sh put no 48x48 icon")
    if shutil.which("desktop-file-validate"):
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        if result.returncode or result.stdout.strip():
            raise CheckFailed(f"installed desktop file: {result.stdout.decode()}")
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    installed = Path(exec_line.removeprefix("Exec=").strip('"'))
    run(installed, ["--version"], env, tmp)
    subprocess.run(["sh", str(install), "--uninstall"], env=env, check=True, capture_output=True)
    if desktop.exists() or installed.exists():
        raise CheckFailed("install.sh --uninstall left the app behind")
    print(f"ok  install.sh: {desktop.name}, icons, {installed} runs; uninstalled")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="check this bundled program, do not build")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bundle-check-") as folder:
        tmp = Path(folder)
        try:
            program = args.bundle.resolve() if args.bundle else build(tmp)
            print(f"bundled program: {program}")
            home = tmp / "home"
            home.mkdir()
            check_cli(program, bare_env(home, tmp / "data-cli"), tmp)
            check_gui(program, bare_env(home, tmp / "data-gui"), tmp)
            check_shared_data(program, tmp)
            check_install(program, bare_env(home, tmp / "data-cli"), tmp)
        except (CheckFailed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
            print(f"FAILED: {error}", file=sys.stderr)
            return 1
    print("bundle check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
