"""Typed-in facts a letter cannot use, said next to their question in the user's language.

`BadFactError.errors` holds "key: what is wrong" lines from `helper.letters.extra` and the
case model, in English (the CLI prints them as they are). The Letters page shows each one
after the question it answers ("Fecha de la negación…: escriba una fecha real…").
"""

from __future__ import annotations

import re

from helper.i18n import base_language
from helper.letters.missing import text_id

# English reason (as the model and `extra` word it) -> Spanish; {got} is what was typed.
REASONS_ES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), spanish)
    for pattern, spanish in (
        (r"must be a (?:real )?date as YYYY-MM-DD, got (?P<got>.*)",
         "escriba una fecha real como AAAA-MM-DD (por ejemplo 2027-03-09); escribió {got}"),
        (r"answer yes or no, got (?P<got>.*)", "conteste sí o no; escribió {got}"),
        (r"type an amount in dollars such as 180\.00, got (?P<got>.*)",
         "escriba una cantidad en dólares, como 180.00; escribió {got}"),
        (r"must be an amount in dollars ≥ 0, got (?P<got>.*)",
         "escriba una cantidad en dólares de 0 o más; escribió {got}"),
        (r"type at least one code, such as S9443", "escriba por lo menos un código, como S9443"),
        (r"(?P<got>\".*\") does not look like a billing code",
         "{got} no parece un código de facturación (por ejemplo S9443 o 99401)"),
        (r"must be a US state code such as \"NM\" or \"CA\", got (?P<got>.*)",
         "escriba el código de un estado de EE. UU., como \"NM\" o \"CA\"; escribió {got}"),
        (r"must be one of (?P<choices>.*); got (?P<got>.*)",
         "debe ser uno de estos: {choices}; escribió {got}"),
        (r"must be text, got (?P<got>.*)", "escriba un texto; se recibió {got}"),
        (r"must not be empty", "no puede quedar vacío"),
        (r"this is not a fact a letter can use", "este dato no se puede usar en una carta"),
        (r"no visit (?P<got>\".*\")", "no hay ninguna visita {got} en el caso"),
        (r"no pump or supply (?P<got>\".*\")", "no hay ningún sacaleches o accesorio {got} en el caso"),
    )
)  # fmt: skip


def reason_text(reason: str, lang: str) -> str:
    """What is wrong, in `lang`; English when no translation fits."""
    if base_language(lang) != "es":
        return reason
    for pattern, spanish in REASONS_ES:
        match = pattern.fullmatch(reason.strip())
        if match:
            return spanish.format(**match.groupdict())
    return reason


def question_for(key: str, questions: dict[str, str]) -> str | None:
    """The question asked for `key`; the model names a visit by its index ("visits[0]")
    where the form used its id ("visits[v1]"), so a key that matches one question's
    pattern counts too."""
    if key in questions:
        return questions[key]
    alike = [q for k, q in questions.items() if text_id(k) == text_id(key)]
    return alike[0] if len(alike) == 1 else None


def fact_error_lines(errors: list[str], questions: dict[str, str], lang: str) -> list[str]:
    """ "question: what is wrong" for each "key: what is wrong" line of a BadFactError."""
    lines = []
    for error in errors:
        key, sep, reason = error.partition(": ")
        if not sep:
            lines.append(reason_text(error, lang))
            continue
        lines.append(f"{question_for(key, questions) or key}: {reason_text(reason, lang)}")
    return lines
