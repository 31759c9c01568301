"""Reading case JSON safely: hostile nesting, huge numbers and broken text become field errors.

`load_json` turns any JSON the parser chokes on (deep nesting, a 5,000-digit number, NaN)
into a ValidationError; `json_problems` walks a decoded value without recursion and names
every place that nests too deeply or holds text that cannot be stored.
"""

from __future__ import annotations

import json
import math
from typing import Any

from helper.model.fields import ValidationError, all_storable, text_problem

MAX_DEPTH = 64  # the format itself needs 6 levels; anything deeper is not a case
PATH_DEPTH = 8  # messages name places down to this depth


def load_json(text: str) -> Any:
    """The decoded JSON; ValidationError with one plain line when it is not usable JSON."""
    if text.startswith("\ufeff"):
        text = text[1:]  # a byte-order mark, as Windows Notepad saves UTF-8
    try:
        return json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        message = f"not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}"
    except RecursionError:
        message = f"not a case file: it nests lists or objects more than {MAX_DEPTH} levels deep"
    except ValueError as error:
        if "NaN" in str(error) or "Infinity" in str(error):
            message = f"not valid JSON: {error}"
        else:  # Python's limit on the digits of an integer
            message = "not a case file: it holds a number with thousands of digits"
    raise ValidationError([message])


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def json_problems(data: Any, limit: int = 20) -> list[str]:
    """Places in `data` nested deeper than MAX_DEPTH, or holding text or a number (1e999 reads
    as infinity) that cannot be stored.

        Walks with an explicit stack (no recursion), keys included; stops after `limit` problems.
    A first pass without paths finds whether there is anything to say (the usual answer is
    no, and building every path would double the cost of reading a case).
    """
    if _all_clean(data):
        return []
    problems: list[str] = []
    stack: list[tuple[Any, str, int]] = [(data, "", 0)]
    while stack and len(problems) < limit:
        value, path, depth = stack.pop()
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                problems.append(f"{path or 'case'}: {problem}")
            continue
        if isinstance(value, float) and not math.isfinite(value):  # 1e999 reads as inf
            problems.append(f"{path or 'case'}: must be a finite number, got {value}")
            continue
        if not isinstance(value, dict | list):
            continue
        if depth >= MAX_DEPTH:
            problems.append(f"{path or 'case'}: nests more than {MAX_DEPTH} levels deep")
            continue
        deep = depth >= PATH_DEPTH  # deeper places are named by where the nesting starts
        items: list[tuple[Any, str]] = []
        if isinstance(value, list):
            for index, item in enumerate(value):
                items.append((item, f"{path}[{index}]" if not deep else _cut(path)))
        else:
            for key, item in value.items():
                problem = text_problem(key)
                if problem:
                    problems.append(f"{path or 'case'}: a field name {problem}")
                    continue
                items.append((item, (f"{path}.{key}" if path else key) if not deep else _cut(path)))
        stack.extend((item, where, depth + 1) for item, where in reversed(items))
    return problems


def _cut(path: str) -> str:
    return path if path.endswith("...") else path + "..."


def _all_clean(data: Any) -> bool:
    """True when nothing in `data` nests too deeply or holds unstorable text or numbers."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    texts: list[str] = []
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            if depth >= MAX_DEPTH:
                return False
            texts.extend(value)
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            if depth >= MAX_DEPTH:
                return False
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, float) and not math.isfinite(value):
            return False
    return all_storable(texts)
