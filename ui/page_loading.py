"""Loading pages and settings sections named "module:Class"."""

from __future__ import annotations

import importlib
from collections.abc import Iterable


def load_class(entry: str) -> type | None:
    """The class named "module:Class", or None when its module (or class) is not there yet.

    A module that exists but fails to import raises: that is a bug to see, not to hide.
    """
    module_name, _, class_name = entry.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        missing = error.name or ""
        if missing == module_name or module_name.startswith(missing + "."):
            return None  # that feature has not landed yet
        raise
    return getattr(module, class_name, None)


def load_available(specs: Iterable[str]) -> list[type]:
    """The classes named "module:Class" that exist, in order; others are not built yet."""
    return [cls for cls in map(load_class, specs) if cls is not None]
