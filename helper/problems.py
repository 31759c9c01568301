"""What is wrong with a typed or loaded value: a code and its values, worded at the edge.

A `Problem` is the English line "key: what is wrong", as the CLI prints it and as every
caller that joins or compares lines expects (it is a `str`), that also keeps its `key`,
its `code` (an id of catalogue "problems" in `data/texts.json`) and the `params` filled
into it, so a screen can say it in the user's language with `reason(lang)` instead of
matching the English.
"""

from __future__ import annotations

from typing import Any

ENGLISH = "en"


def _reason(code: str, lang: str, params: dict[str, Any]) -> str:
    from helper.i18n import text  # on use: the model loads no catalogue until a value is bad

    return text("problems", code, lang, **params)


def _rebuild(key: str, code: str, params: dict[str, Any]) -> Problem:
    return Problem(key, code, **params)


class Problem(str):
    """ "member.state: must be a US state code ...", with `key`, `code` and `params`."""

    key: str
    code: str
    params: dict[str, Any]

    def __new__(cls, key: str, code: str, **params: Any) -> Problem:
        reason = _reason(code, ENGLISH, params)
        line = super().__new__(cls, f"{key}: {reason}" if key else reason)
        line.key, line.code, line.params = key, code, dict(params)
        return line

    def reason(self, lang: str = ENGLISH) -> str:
        """What is wrong, in `lang` (English when untranslated), without the key."""
        return _reason(self.code, lang, self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (self.key, self.code, self.params)


class ProblemValue(ValueError):
    """A value that cannot be used, raised before anyone knows its key; `str()` is the
    English reason. `at(key)` makes the Problem line."""

    def __init__(self, code: str, **params: Any):
        self.code = code
        self.params = dict(params)
        super().__init__(_reason(code, ENGLISH, self.params))

    def at(self, key: str) -> Problem:
        return Problem(key, self.code, **self.params)


def in_language(lines: list[str], lang: str = ENGLISH) -> list[str]:
    """Problem lines as the user reads them: each coded `Problem` as "key: reason" in
    `lang`; a plain line (no code) as it is."""
    return [
        f"{line.key}: {line.reason(lang)}" if isinstance(line, Problem) and line.key
        else line.reason(lang) if isinstance(line, Problem)
        else line
        for line in lines
    ]  # fmt: skip
