"""Screenshots for the AppStream metainfo (packaging/linux): the example case on the Home,
Checklist, Coverage and Letters pages, saved to docs/screenshots/.

Usage: QT_QPA_PLATFORM=offscreen python tools/take_screenshots.py
Uses a temporary data folder; the user's data is not touched.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
PAGES = ("home", "checklist", "coverage", "letters")
SIZE = (1100, 760)


def settle(app, seconds: float = 0.4) -> None:
    """Let the layouts settle: a grab right after show() can overlap cards."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from helper.model import Case
    from helper.store import Store
    from ui.app import create_main_window, make_application

    app = make_application([sys.argv[0]])
    OUT.mkdir(parents=True, exist_ok=True)
    example = json.loads((ROOT / "tests" / "fixtures" / "spec_example.json").read_text())
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        with Store.open(home) as store:
            case_id = store.add_case(Case.from_dict(example), title="Ana and Leo")
            store.set_setting("last_case", case_id)
        window = create_main_window(home)
        window.resize(*SIZE)
        window.show()
        settle(app)
        for name in PAGES:
            window.show_page(name)
            settle(app)
            path = OUT / f"{name}.png"
            window.grab().save(str(path))
            print(path.relative_to(ROOT))
        window.close()
        settle(app, 0.1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
