"""A letter template that fails (bad syntax, an unknown name, something the sandbox
refuses) reported in one line that names the file and the line, for the CLI and the app."""

from __future__ import annotations

from pathlib import Path

from jinja2 import TemplateSyntaxError

from helper.letters.errors import LetterError


class LetterTemplateProblem(LetterError):
    """A template could not be rendered; `path` and `line` say where."""

    def __init__(self, path: str, line: int | None, detail: str, edited: bool):
        self.path, self.line, self.detail, self.edited = path, line, detail, edited
        where = f"{path}, line {line}" if line else path
        text = f"The letter template {where} has an error: {detail}"
        if edited:
            text += " (your edited copy: fix it, or delete it to use the shipped one)"
        super().__init__(text)


def template_problem(error: BaseException, user_folder: Path) -> LetterTemplateProblem | None:
    """The template fault `error` comes from, or None when no template is in it (a bug
    elsewhere, to be raised as it is). Jinja puts each template's file and line in the
    traceback, so the last template frame is where it failed."""
    path: str | None = None
    line: int | None = None
    if isinstance(error, TemplateSyntaxError):
        path, line = error.filename or error.name, error.lineno
        detail = error.message or type(error).__name__
    else:
        trace = error.__traceback__
        while trace is not None:
            name = trace.tb_frame.f_code.co_filename
            if name.endswith(".j2"):
                path, line = name, trace.tb_lineno
            trace = trace.tb_next
        detail = str(error) or type(error).__name__
    if path is None:
        return None
    detail = " ".join(detail.split())
    return LetterTemplateProblem(path, line, detail, _inside(Path(path), user_folder))


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except OSError:
        return False
