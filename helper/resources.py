"""Where the shipped knowledge base (`data/`) and letter templates (`letters/`) live.

In a built wheel they are copied into the package as `helper/_data` and
`helper/_letters`; in a PyInstaller bundle (`tools/build_app.py`) they sit at the same
place under the bundle's folder (`sys._MEIPASS`); in a source checkout they are the
top-level folders.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundle_dir() -> Path | None:
    """The folder a PyInstaller bundle unpacked its files into, None when not frozen."""
    if not getattr(sys, "frozen", False):
        return None
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else Path(sys.executable).resolve().parent


def resource_dir(name: str) -> Path:
    """Folder of shipped resources `name` ("data" or "letters")."""
    bundle = bundle_dir()
    if bundle is not None:
        return bundle / "helper" / f"_{name}"
    packaged = _PACKAGE / f"_{name}"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def data_dir() -> Path:
    return resource_dir("data")


def letters_dir() -> Path:
    return resource_dir("letters")
