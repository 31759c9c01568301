"""Where the shipped knowledge base (`data/`) and letter templates (`letters/`) live.

In a built wheel they are copied into the package as `helper/_data` and
`helper/_letters`; in a source checkout they are the top-level folders.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """Folder of shipped resources `name` ("data" or "letters")."""
    packaged = _PACKAGE / f"_{name}"
    if packaged.is_dir():
        return packaged
    return _PACKAGE.parent / name


def data_dir() -> Path:
    return resource_dir("data")


def letters_dir() -> Path:
    return resource_dir("letters")
