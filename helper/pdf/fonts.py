"""Fonts for the PDFs: DejaVu Sans shipped in the wheel, and system fonts found for the
characters it lacks (fc-list where there is one, else the usual font folders).

Nothing here draws: `plan_fonts(text)` says which font files a text needs, which
characters need shaping (right-to-left and joined scripts), and which no font can show.
"""

from __future__ import annotations

import bisect
import functools
import os
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from helper.resources import data_dir

# Spaces, line breaks, controls and format marks: never looked up in a font.
UNDRAWN = {"Zs", "Zl", "Zp", "Cc", "Cf"}


@dataclass(frozen=True)
class FontFile:
    path: Path
    index: int = 0  # the face inside a .ttc collection


@dataclass(frozen=True)
class FontPlan:
    fallbacks: tuple[FontFile, ...] = ()
    shaping: bool = False
    unprintable: tuple[str, ...] = field(default=())


def shipped_font(bold: bool = False) -> Path:
    """The DejaVu Sans file shipped with the app (regular or bold)."""
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return data_dir() / "fonts" / name


@functools.lru_cache(maxsize=64)
def font_characters(font: FontFile) -> frozenset[int]:
    """The code points a font file has glyphs for (empty if it cannot be read)."""
    from fontTools import ttLib

    try:
        with ttLib.TTFont(str(font.path), fontNumber=font.index, lazy=True) as ttfont:
            return frozenset(ttfont.getBestCmap() or {})
    except Exception:  # a broken or unusual font file is simply not used
        return frozenset()


def needs_shaping(char: str) -> bool:
    """True for characters that must be shaped to read right: right-to-left scripts
    (Hebrew, Arabic, Syriac, Thaana, N'Ko) and joined scripts of South and South-East Asia."""
    code = ord(char)
    if unicodedata.bidirectional(char) in ("R", "AL"):
        return True
    return 0x0900 <= code <= 0x0DFF or 0x0E00 <= code <= 0x0EFF or 0x1000 <= code <= 0x109F


def shaping_available() -> bool:
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def plan_fonts(text: str) -> FontPlan:
    """What drawing `text` takes: fallback fonts for characters DejaVu lacks, whether to
    shape, and the characters nothing here can draw (listed once, in order of appearance)."""
    regular = FontFile(shipped_font())
    shipped = font_characters(regular) & font_characters(FontFile(shipped_font(bold=True)))
    wanted = [c for c in dict.fromkeys(text) if unicodedata.category(c) not in UNDRAWN]
    lacking = [c for c in wanted if ord(c) not in shipped]
    fallbacks: list[FontFile] = []
    if any(ord(c) in font_characters(regular) for c in lacking):
        fallbacks.append(regular)  # what the bold face lacks, drawn in the regular one
    unprintable: list[str] = []
    for char in lacking:
        if any(ord(char) in font_characters(f) for f in fallbacks):
            continue
        found = system_font_for(char)
        if found is None:
            unprintable.append(char)
        else:
            fallbacks.append(found)
    shaping = any(needs_shaping(c) for c in wanted)
    if shaping and not shaping_available():
        unprintable += [c for c in wanted if needs_shaping(c) and c not in unprintable]
        shaping = False
    return FontPlan(tuple(fallbacks), shaping, tuple(unprintable))


@functools.lru_cache(maxsize=512)
def system_font_for(char: str) -> FontFile | None:
    """A TrueType/OpenType font installed on this computer that has `char`, or None."""
    for font in _fontconfig_fonts(char):
        if ord(char) in font_characters(font):
            return font
    if _fontconfig_index():
        return None  # fontconfig knows every installed font
    for font in _folder_fonts():
        if ord(char) in font_characters(font):
            return font
    return None


def _fontconfig_fonts(char: str) -> list[FontFile]:
    """Installed fonts whose fontconfig character set has `char`, plain faces first."""
    code = ord(char)
    fonts = []
    for font, ranges in _fontconfig_index():
        at = bisect.bisect_right(ranges, (code, sys.maxunicode + 1)) - 1
        if at >= 0 and ranges[at][0] <= code <= ranges[at][1]:
            fonts.append(font)
    return fonts


@functools.lru_cache(maxsize=1)
def _fontconfig_index() -> tuple[tuple[FontFile, list[tuple[int, int]]], ...]:
    """Every font fontconfig knows with the characters it has: one `fc-list` run."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return ()
    try:
        out = subprocess.run(
            [fc_list, "--format", "%{file}\t%{index}\t%{charset}\n"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ()
    index = []
    for line in out.splitlines():
        path, _, rest = line.partition("\t")
        number, _, charset = rest.partition("\t")
        if not path.lower().endswith((".ttf", ".otf", ".ttc", ".otc")):
            continue
        ranges = []
        for part in charset.split():
            low, _, high = part.partition("-")
            try:
                ranges.append((int(low, 16), int(high or low, 16)))
            except ValueError:
                continue
        font = FontFile(Path(path), int(number) if number.isdigit() else 0)
        index.append((font, sorted(ranges)))
    # Prefer plain regular faces: "Regular" or no style word beats Bold, Italic...
    index.sort(key=lambda item: (_style_rank(item[0].path.name), item[0].index, str(item[0].path)))
    return tuple(index)


def _style_rank(name: str) -> int:
    lowered = name.lower()
    return sum(word in lowered for word in ("bold", "italic", "oblique", "light", "thin", "mono"))


@functools.lru_cache(maxsize=1)
def _folder_fonts() -> tuple[FontFile, ...]:
    """Font files in the usual folders, for systems without fontconfig."""
    folders = [Path.home() / ".fonts", Path.home() / ".local/share/fonts"]
    if sys.platform == "darwin":
        folders += [Path("/System/Library/Fonts"), Path("/Library/Fonts")]
        folders.append(Path.home() / "Library/Fonts")
    elif os.name == "nt":
        folders.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft/Windows/Fonts")
    else:
        folders += [Path("/usr/share/fonts"), Path("/usr/local/share/fonts")]
    found: list[FontFile] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if path.suffix.lower() in (".ttf", ".otf"):
                found.append(FontFile(path))
            elif path.suffix.lower() in (".ttc", ".otc"):
                found.append(FontFile(path, 0))
    return tuple(sorted(found, key=lambda f: (_style_rank(f.path.name), str(f.path))))
