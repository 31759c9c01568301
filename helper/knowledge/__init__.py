"""Loads the shipped knowledge base (`data/*.json`) once per process.

`load("regulators")` reads `data/regulators.json`; `load("policies/bcbsnm-cpcp043")` reads
`data/policies/bcbsnm-cpcp043.json`. A file of the same name in the user's data folder
under `data/` does not override knowledge: the knowledge base is shipped, checked data.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from helper.resources import data_dir


class KnowledgeError(RuntimeError):
    """A shipped data file is missing or broken (a packaging bug, not a user error)."""


def data_path(name: str) -> Path:
    return data_dir() / f"{name}.json"


@cache
def load(name: str) -> Any:
    """The parsed JSON of `data/<name>.json`, read once per process. Do not mutate it."""
    path = data_path(name)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KnowledgeError(f"knowledge file missing: {path}") from None
    except json.JSONDecodeError as error:
        raise KnowledgeError(f"knowledge file {path} is not valid JSON: {error}") from None


def names(folder: str = "") -> list[str]:
    """Names of the data files in `data/<folder>`, for `load()`."""
    base = data_dir() / folder if folder else data_dir()
    prefix = f"{folder}/" if folder else ""
    return sorted(prefix + p.stem for p in base.glob("*.json"))
