"""Typed-in facts a letter cannot use, said next to their question in the user's language.

`BadFactError.errors` holds "key: what is wrong" lines from `helper.letters.extra` and the
case model, in English (the CLI prints them as they are). Each is a `Problem` that keeps
its key, code and values, so the Letters page words it here, at the edge, from catalogue
"problems" of `data/texts.json` ("Fecha de la negación…: escriba una fecha real…").
"""

from __future__ import annotations

from helper.letters.missing import text_id
from helper.problems import Problem


def question_for(key: str, questions: dict[str, str]) -> str | None:
    """The question asked for `key`; the model names a visit by its index ("visits[0]")
    where the form used its id ("visits[v1]"), so a key that matches one question's
    pattern counts too."""
    if key in questions:
        return questions[key]
    alike = [q for k, q in questions.items() if text_id(k) == text_id(key)]
    return alike[0] if len(alike) == 1 else None


def fact_error_lines(errors: list[str], questions: dict[str, str], lang: str) -> list[str]:
    """ "question: what is wrong" for each line of a BadFactError, in `lang`; a plain
    line (no code) keeps its English reason."""
    lines = []
    for error in errors:
        if isinstance(error, Problem):
            key, reason = error.key, error.reason(lang)
        else:
            key, sep, reason = error.partition(": ")
            key, reason = (key, reason) if sep else ("", error)
        if not key:
            lines.append(reason)
            continue
        lines.append(f"{question_for(key, questions) or key}: {reason}")
    return lines
