"""The user's data folder, computed without Qt.

`LACTATION_HELPER_HOME` overrides it (tests, or data kept on a USB stick).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "LactationCoverageHelper"
HOME_ENV = "LACTATION_HELPER_HOME"


def user_data_dir() -> Path:
    """XDG on Linux, Application Support on macOS, %APPDATA% on Windows."""
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "lactation-coverage-helper"


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and parents) readable by the user only (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
