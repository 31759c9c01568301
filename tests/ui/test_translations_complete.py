"""Every widget text in `ui/` has a finished Spanish translation in the Qt Linguist .ts
(the core's texts are checked by tests/helper/test_core_texts.py)."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

TOOL = Path(__file__).parents[2] / "tools" / "update_translations.py"


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", TOOL)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_widget_text_has_a_finished_spanish_translation(tmp_path, monkeypatch):
    tool = _tool()
    copy = tmp_path / "lactation_helper_es.ts"
    shutil.copy(tool.ts_path("es"), copy)
    monkeypatch.setattr(tool, "ts_path", lambda lang: copy)
    before = tool.known_translations("es")
    tool.lupdate("es")  # rescans ui/ into the copy: a new text arrives unfinished
    tool.add_missing("es")
    unfinished = tool.fill("es", None, before)
    assert not unfinished, "run tools/update_translations.py and translate: " + "; ".join(
        f"[{context}] {source!r}" for context, source in unfinished
    )
