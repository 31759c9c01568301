"""The first-run set-up's old address; it lives in the package `ui.dialogs.setup` now."""

from ui.dialogs.setup.dialog import SetupDialog, default_case_title

__all__ = ["SetupDialog", "default_case_title"]
