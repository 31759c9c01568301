"""Build the standalone app (issue 17): one folder with Python, Qt, the app and its data,
that starts on a machine with no Python installed; on Linux also a .tar.gz with install.sh.

Usage: python tools/build_app.py [--dist DIR] [--work DIR] [--no-archive]
Needs the build extra: pip install -e '.[build]' (PyInstaller). Build on each system you
ship for (Linux, Windows, macOS): PyInstaller does not cross-compile. See docs/packaging.md.
"""

from __future__ import annotations

import argparse
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "lactation-helper.spec"
LINUX = ROOT / "packaging" / "linux"
ICONS = ROOT / "ui" / "icons"
BUNDLE_NAME = "lactation-helper"  # the folder and program PyInstaller makes (the spec's NAME)
APP_ID = "io.github.lactation_coverage_helper.LactationCoverageHelper"


def version() -> str:
    text = (ROOT / "helper" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if not match:
        raise SystemExit("build_app: no __version__ in helper/__init__.py")
    return match.group(1)


def run_pyinstaller(dist: Path, work: Path) -> Path:
    """Run the spec; returns the bundle folder (dist/lactation-helper)."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("build_app: PyInstaller is missing: pip install -e '.[build]'") from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    subprocess.run(command, check=True, cwd=ROOT)
    return dist / BUNDLE_NAME


def linux_folder(bundle: Path, dist: Path) -> Path:
    """The folder a Linux user unpacks: the bundle, install.sh and the menu entry files."""
    arch = platform.machine() or "unknown"
    folder = dist / f"lactation-coverage-helper-{version()}-linux-{arch}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.move(str(bundle), folder / BUNDLE_NAME)
    shutil.copy2(LINUX / "install.sh", folder / "install.sh")
    (folder / "install.sh").chmod(0o755)
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo")
    for png in sorted(ICONS.glob("lactation-helper-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(png, target / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(ICONS / "lactation-helper.svg", scalable / f"{APP_ID}.svg")
    return folder


def make_tarball(folder: Path) -> Path:
    tarball = folder.with_name(folder.name + ".tar.gz")
    with tarfile.open(tarball, "w:gz") as archive:
        archive.add(folder, arcname=folder.name)
    return tarball


def size_text(path: Path) -> str:
    total = path.stat().st_size if path.is_file() else 0
    if path.is_dir():
        total = sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return f"{total / 1_000_000:.0f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the app goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--no-archive", action="store_true", help="Linux: skip the .tar.gz")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    bundle = run_pyinstaller(dist, work)
    if sys.platform.startswith("linux"):
        folder = linux_folder(bundle, dist)
        print(f"app folder: {folder} ({size_text(folder)})")
        print(f"  program: {folder / BUNDLE_NAME / BUNDLE_NAME}")
        if not args.no_archive:
            tarball = make_tarball(folder)
            print(f"archive: {tarball} ({size_text(tarball)})")
    else:
        print(f"app folder: {bundle} ({size_text(bundle)})")
        app = dist / "Lactation Coverage Helper.app"
        if app.exists():
            print(f"macOS app: {app}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
