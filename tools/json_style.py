"""Write knowledge JSON the way data/ keeps it: two-space indents, and any object or list
that fits on one line (within 150 characters) kept on one line, so diffs stay small.

    python tools/json_style.py data/policies/*.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

WIDTH = 150


def dumps(value, indent: int = 0) -> str:
    flat = json.dumps(value, ensure_ascii=False)
    if len(flat) + indent <= WIDTH or not isinstance(value, dict | list) or not value:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = [
            f"{pad}{json.dumps(k, ensure_ascii=False)}: {dumps(v, indent + 2)}"
            for k, v in value.items()
        ]
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [f"{pad}{dumps(v, indent + 2)}" for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"


def main(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        path.write_text(
            dumps(json.loads(path.read_text(encoding="utf-8"))) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
