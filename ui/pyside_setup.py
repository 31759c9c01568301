"""A shortcut through PySide6's import hook, taken once before the app's modules load.

Once PySide6 is loaded, its import hook reads the whole source text of every Python module
the first time an import statement names it, to see whether that module selects a PySide
`__feature__` (snake_case, true_property). At start-up that is ~150 modules, the standard
library's biggest among them (typing, enum, pathlib...): ~15 ms, the largest single cost
after Qt itself. This app never selects a feature (tests/ui/test_pyside_setup.py checks
it), so for its own modules and the standard library the answer is given without reading
them: the app's `ui` modules use PySide, `helper` and the standard library do not, which
is what the hook would have found. Any other module is still read. When PySide6 changes
these internals, nothing is patched and the hook works as before.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 (loads the hook this module answers for)

OWN_PACKAGES = ("ui", "helper")


def skip_feature_scan() -> bool:
    """Answer the hook's question for known modules without reading them; True when the
    shortcut is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    read_source = getattr(feature, "_mod_uses_pyside", None)
    if read_source is None or getattr(read_source, "shortcut", False):
        return read_source is not None

    def uses_pyside(module) -> bool:
        name = getattr(module, "__name__", "") or ""
        top = name.split(".", 1)[0]
        if top in OWN_PACKAGES:
            return top == "ui"
        if top in sys.stdlib_module_names:
            return False
        return read_source(module)

    uses_pyside.shortcut = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside
    return True
