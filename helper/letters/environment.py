"""The sandboxed Jinja2 environment the letters are rendered in.

Templates come from the user's `letters/` folder first (their edited copies), then from the
shipped `letters/`. The loader refuses absolute paths and `..`; the sandbox stops a template
from reaching Python internals; StrictUndefined turns a misspelt name into an error instead
of a blank; HTML templates autoescape, so text the user typed prints as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import BaseLoader, StrictUndefined, TemplateNotFound
from jinja2.sandbox import ImmutableSandboxedEnvironment
from markupsafe import Markup, escape

from helper.files import write_private
from helper.paths import user_data_dir
from helper.resources import letters_dir

USER_LETTERS = "letters"


class LetterTemplateError(ValueError):
    """A template asked for something it may not have (a bad name or an empty value)."""


def safe_template_name(name: str) -> str:
    """`name` if it is a plain relative name inside the letters folder; else ValueError."""
    if not name or "\\" in name or "\x00" in name or ":" in name:
        raise LetterTemplateError(f"not an allowed template name: {name!r}")
    path = PurePosixPath(name)
    if path.is_absolute() or any(part in ("..", "") for part in name.split("/")):
        raise LetterTemplateError(f"not an allowed template name: {name!r}")
    return str(path)


class LettersLoader(BaseLoader):
    """Loads from the first folder that has the template; refuses unsafe names."""

    def __init__(self, folders: list[Path]):
        self.folders = folders

    def get_source(self, environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        try:
            name = safe_template_name(template)
        except LetterTemplateError:
            raise TemplateNotFound(template) from None
        for index, folder in enumerate(self.folders):
            path = folder / name
            if path.is_file():
                mtime = path.stat().st_mtime_ns
                source = path.read_text(encoding="utf-8")
                earlier = [f / name for f in self.folders[:index]]
                return source, str(path), lambda p=path, m=mtime, e=earlier: _unchanged(p, m, e)
        raise TemplateNotFound(template)

    def list_templates(self) -> list[str]:
        names: set[str] = set()
        for folder in self.folders:
            if folder.is_dir():
                names.update(p.name for p in folder.glob("*.j2"))
        return sorted(names)


def _unchanged(path: Path, mtime: int, overrides: list[Path]) -> bool:
    """Still current: the file did not change and no override (a user copy) appeared."""
    if any(p.is_file() for p in overrides):
        return False
    try:
        return path.stat().st_mtime_ns == mtime
    except OSError:
        return False


def user_letters_dir() -> Path:
    return user_data_dir() / USER_LETTERS


def _finalize(value):
    if value is None:
        raise LetterTemplateError("a template printed an empty value (None)")
    return value


def _finalize_as(none_as: str) -> Callable[[Any], Any]:
    """For a draft (`helper.letters.draft`): an empty value prints as `none_as`, a blank."""
    return lambda value: none_as if value is None else value


def paragraphs(text: str) -> Markup:
    """Plain text to HTML: blank lines split paragraphs, "- " lines become a list."""
    html: list[str] = []
    for block in re.split(r"\n\s*\n", str(text).strip()):
        lines = [line for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        bullets = [line.lstrip().startswith("- ") for line in lines]
        if all(bullets[1:]) and len(lines) > 1 and not bullets[0]:
            html.append(f"<p>{escape(lines[0])}</p>")  # "About the reason...:" over its list
            lines, bullets = lines[1:], bullets[1:]
        if all(bullets):
            items = "".join(f"<li>{escape(line.lstrip()[2:])}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            html.append("<p>" + "<br>".join(str(escape(line)) for line in lines) + "</p>")
    return Markup("\n".join(html))


def upper_first(text: str) -> str:
    """The first letter in capitals, the rest as it is ("claim C-0001" -> "Claim C-0001");
    Jinja's `capitalize` would lower-case the rest, claim numbers included."""
    text = str(text)
    return text[:1].upper() + text[1:]


def underline(text: str, char: str = "-") -> str:
    """A plain-text heading: the text over a line of `char` (the PDF writer makes it bold)."""
    text = str(text)
    return f"{text}\n{char * len(text)}"


@lru_cache(maxsize=8)
def _environment(folders: tuple[Path, ...], none_as: str | None) -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        loader=LettersLoader(list(folders)),
        undefined=StrictUndefined,
        autoescape=lambda name: bool(name) and name.endswith(".html.j2"),
        finalize=_finalize if none_as is None else _finalize_as(none_as),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,
    )
    env.filters["paragraphs"] = paragraphs
    env.filters["underline"] = underline
    env.filters["upper_first"] = upper_first
    return env


def letters_environment(none_as: str | None = None) -> ImmutableSandboxedEnvironment:
    """The environment for the current user data folder (cached per folder). A letter's
    template printing an empty value (None) is an error; with `none_as` (drafts only) it
    prints that text instead."""
    return _environment((user_letters_dir(), letters_dir()), none_as)


def template_name(kind: str, fmt: str) -> str:
    if fmt not in ("html", "txt"):
        raise ValueError(f'format must be "html" or "txt", got "{fmt}"')
    return safe_template_name(f"{kind}.{fmt}.j2")


def copy_template_for_editing(kind: str, fmt: str) -> Path:
    """Copy the shipped template into the user's letters folder (once) and return its path.

    The copy then wins over the shipped one. An existing copy is never overwritten.
    """
    from helper.letters.kinds import get_kind
    from helper.paths import ensure_private_dir

    get_kind(kind)
    name = template_name(kind, fmt)
    target = ensure_private_dir(user_letters_dir()) / name
    if not target.exists():
        source = (letters_dir() / name).read_text(encoding="utf-8")
        write_private(target, source)
    return target
