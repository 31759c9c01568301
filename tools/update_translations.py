"""Refresh the Spanish translation of the interface.

    .venv/bin/python tools/update_translations.py            # lupdate, reuse, lrelease
    .venv/bin/python tools/update_translations.py --fill es.json   # also apply translations
    .venv/bin/python tools/update_translations.py --check    # fail when any is unfinished

1. `pyside6-lupdate` reads every `ui/**/*.py` and updates `ui/translations/*.ts` (strings no
   longer in the code are dropped; new ones arrive unfinished).
   Texts lupdate cannot see (module `_tr("...")` wrappers) are added from the code's AST.
2. An unfinished message whose exact English text is translated elsewhere in the file gets
   that translation (a string moved to another class keeps its Spanish).
3. `--fill FILE.json` applies translations written by hand: {"Context": {"English":
   "Español"}} or {"English": "Español"} for every context; they are marked finished.
4. `pyside6-lrelease` compiles the `.qm` files the app loads (shipped in the wheel).
Lists what is still unfinished.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "ui" / "translations"
LANGUAGES = ("es",)
CATALOGUE = "lactation_helper"


def tool(name: str) -> str:
    """The PySide6 tool beside this Python (the venv), else whatever is on PATH."""
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else name


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"{CATALOGUE}_{lang}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def lupdate(lang: str) -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    cmd = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
    cmd += ["-target-language", lang, *sources()]
    subprocess.run([*cmd, "-ts", str(ts_path(lang))], cwd=ROOT, check=True)


TR_NAMES = {"tr", "_tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP"}


def _call_name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _wrapper_context(tree: ast.Module) -> str:
    """The context of a module's `def _tr(text): return QCoreApplication.translate("X", text)`."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "tr"):
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and _call_name(call.func) == "translate"
                    and call.args
                    and isinstance(call.args[0], ast.Constant)
                ):
                    return str(call.args[0].value)
    return ""


def extra_messages() -> dict[str, list[str]]:
    """Texts lupdate misses: module `_tr("...")` wrappers and `tr = self.tr` aliases.

    Returned by context; the app's translator also finds a text by its words alone,
    so the context only keeps the .ts tidy."""
    found: dict[str, list[str]] = {}
    for name in sources():
        tree = ast.parse((ROOT / name).read_text(encoding="utf-8"))
        module_context = _wrapper_context(tree) or Path(name).stem
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _call_name(node.func) not in TR_NAMES:
                continue
            args = node.args
            if _call_name(node.func) in ("translate", "QT_TRANSLATE_NOOP"):
                if len(args) < 2 or not isinstance(args[0], ast.Constant):
                    continue
                context, args = str(args[0].value), args[1:]
            else:
                context = module_context
            text = args[0].value if args and isinstance(args[0], ast.Constant) else None
            if isinstance(text, str) and text.strip():
                found.setdefault(context, []).append(text)
    return found


def add_missing(lang: str) -> int:
    """Add to the .ts every text of `extra_messages()` it does not hold yet (unfinished)."""
    path = ts_path(lang)
    tree = ET.parse(path)
    root = tree.getroot()
    have = {message.findtext("source") for _c, message in _messages(tree)}
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    added = 0
    for context, texts in sorted(extra_messages().items()):
        for text in dict.fromkeys(texts):
            if text in have:
                continue
            element = contexts.get(context)
            if element is None:
                element = ET.SubElement(root, "context")
                ET.SubElement(element, "name").text = context
                contexts[context] = element
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = text
            ET.SubElement(message, "translation", {"type": "unfinished"})
            have.add(text)
            added += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return added


def lrelease(lang: str) -> None:
    ts = ts_path(lang)
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def _messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return (
        translation is not None
        and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        and bool(translation.text or any(f.text for f in translation.findall("numerusform")))
    )


def _set(message: ET.Element, text: str | list[str]) -> None:
    """Set a message's translation; a plural (`numerus`) message takes a list of forms."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        forms = text if isinstance(text, list) else [text]
        for old in list(translation):
            translation.remove(old)
        translation.text = None
        for form in forms:
            ET.SubElement(translation, "numerusform").text = form
    else:
        translation.text = text if isinstance(text, str) else text[-1]


def _text(message: ET.Element) -> str | list[str] | None:
    translation = message.find("translation")
    if translation is None:
        return None
    forms = [f.text or "" for f in translation.findall("numerusform")]
    return forms if forms else translation.text


def known_translations(lang: str) -> dict[str, str | list[str]]:
    """Every finished translation in the .ts, by English text ({} when there is no file)."""
    path = ts_path(lang)
    if not path.exists():
        return {}
    return {
        message.findtext("source"): _text(message)
        for _context, message in _messages(ET.parse(path))
        if _finished(message)
    }


def fill(
    lang: str, manual: dict | None = None, before: dict | None = None
) -> list[tuple[str, str]]:
    """Reuse and apply translations in the .ts; return the (context, source) left unfinished.

    `before` holds the translations the file had before lupdate rewrote it (lupdate drops
    texts it cannot see, such as `_tr("...")` wrappers, which are then added back)."""
    path = ts_path(lang)
    tree = ET.parse(path)
    tree.getroot().set("language", lang)
    known = {**(before or {}), **known_translations(lang)}
    manual = manual or {}
    unfinished = []
    for context, message in _messages(tree):
        source = message.findtext("source")
        by_context = manual.get(context)
        wanted = by_context.get(source) if isinstance(by_context, dict) else None
        if wanted is None and not isinstance(manual.get(source), dict):
            wanted = manual.get(source)
        if wanted:
            _set(message, wanted)
        elif not _finished(message) and source in known:
            _set(message, known[source])
        elif not _finished(message):
            unfinished.append((context, source))
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return unfinished


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fill", type=Path, help="JSON file of translations to apply")
    parser.add_argument("--check", action="store_true", help="exit 1 if any is unfinished")
    parser.add_argument("--no-lupdate", action="store_true", help="do not rescan the code")
    args = parser.parse_args(argv)
    manual = json.loads(args.fill.read_text(encoding="utf-8")) if args.fill else None
    missing_any = False
    for lang in LANGUAGES:
        before = known_translations(lang)
        if not args.no_lupdate:
            lupdate(lang)
            add_missing(lang)
        unfinished = fill(lang, manual, before)
        lrelease(lang)
        for context, source in unfinished:
            print(f"{lang}: unfinished [{context}] {source!r}")
        print(f"{lang}: {len(unfinished)} unfinished")
        missing_any = missing_any or bool(unfinished)
    return 1 if (args.check and missing_any) else 0


if __name__ == "__main__":
    sys.exit(main())
