"""Facts the user typed in to fill what a letter is missing (`extra`).

Keys name where the fact goes, in the case's own field paths:

- `member.name`, `member.address`, `member.member_id`, `member.group_number`, `member.state`,
  `member.email`, `member.phone`; `plan.insurer`, `plan.plan_name`, `plan.type`,
  `plan.grandfathered`, `plan.regulator` (California: `dmhc` or `cdi`); `in_network_lactation_provider_available`;
- per visit `visits[v1].claim.number` (also `.claim.denial_date`, `.claim.final_denial_date`,
  `.claim.member_cost`, `.claim.denial_reason`), `visits[v1].provider.name`,
  `visits[v1].provider.credential`, `visits[v1].lines` ("S9443, 99401"); the same for a pump
  as `equipment[e1].claim.number` (an equipment item without id uses its index);
- when the letter is about one visit or pump, the short forms `claim.number`,
  `provider.name`, `lines`... mean that one;
- facts that belong to the letter, not the case: `recipient.name`, `recipient.address`,
  `recipient.email`, `recipient.web_form`, `reprocessing.mode` (`corrected` or `reverse`),
  `reprocessing.corrected_codes`.

Values are text as typed (dates as YYYY-MM-DD, yes/no for questions, amounts like 180.00).
"""

from __future__ import annotations

import re
from typing import Any

from helper.letters.errors import BadFactError
from helper.model import Case, ValidationError
from helper.problems import ProblemValue

LETTER_FACT_KEYS = (
    "recipient.name",
    "recipient.address",
    "recipient.email",
    "recipient.web_form",
    "reprocessing.mode",
    "reprocessing.corrected_codes",
)
SHORT_PREFIXES = ("claim.", "provider.")
_MEMBER = ("name", "address", "email", "phone", "state", "member_id", "group_number")
_PLAN = ("insurer", "plan_name", "type", "grandfathered", "policy", "regulator")
_CLAIM = ("number", "denial_date", "final_denial_date", "member_cost", "denial_reason", "status")
_PROVIDER = ("name", "credential", "npi")
_SERVICE_KEY = re.compile(r"^(visits|equipment)\[([^\]]+)\]\.(.+)$")


def split_extra(extra: dict[str, Any] | None, service_prefix: str | None) -> tuple[dict, dict]:
    """(case facts, letter facts); short keys are expanded with `service_prefix`."""
    case_facts: dict[str, Any] = {}
    letter_facts: dict[str, Any] = {}
    for key, value in (extra or {}).items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue  # an empty box fills nothing
        value = value.strip() if isinstance(value, str) else value
        if key in LETTER_FACT_KEYS:
            letter_facts[key] = value
        elif service_prefix and (key.startswith(SHORT_PREFIXES) or key == "lines"):
            case_facts[f"{service_prefix}.{key}"] = value
        else:
            case_facts[key] = value
    return case_facts, letter_facts


def apply_case_facts(case: Case, facts: dict[str, Any]) -> Case:
    """A copy of `case` with `facts` filled in; BadFactError names any key or value it cannot use."""
    if not facts:
        return case
    data = case.to_dict()
    errors: list[str] = []
    for key, value in facts.items():
        try:
            _set(data, case, key, value)
        except ProblemValue as error:
            errors.append(error.at(key))
    if errors:
        raise BadFactError(errors)
    try:
        return Case.from_dict(data)
    except ValidationError as error:
        raise BadFactError(error.errors) from None


def _set(data: dict, case: Case, key: str, value: Any) -> None:
    head, _, field = key.partition(".")
    if head == "member" and field in _MEMBER:
        data.setdefault("member", {})[field] = value
    elif head == "plan" and field in _PLAN:
        data.setdefault("plan", {})[field] = yes_no(value) if field == "grandfathered" else value
    elif key == "in_network_lactation_provider_available":
        data[key] = yes_no(value)
    elif match := _SERVICE_KEY.match(key):
        _set_service(data, case, match.group(1), match.group(2), match.group(3), value)
    else:
        raise ProblemValue("not_a_letter_fact")


def _set_service(data: dict, case: Case, group: str, item_key: str, path: str, value: Any) -> None:
    items = case.visits if group == "visits" else case.equipment
    index = next(
        (i for i, item in enumerate(items) if (item.id or str(i)) == item_key),
        None,
    )
    if index is None:
        raise ProblemValue("no_visit" if group == "visits" else "no_equipment", got=f'"{item_key}"')
    item = data[group][index]
    part, _, field = path.partition(".")
    if part == "claim" and field in _CLAIM:
        claim = item.get("claim") or {}
        if field == "denial_date" and value and claim.get("status") in (None, "pending"):
            claim["status"] = "denied"  # a typed denial date: denied, whatever came first
        claim.setdefault("status", "pending")
        claim[field] = money(value) if field == "member_cost" else value
        item["claim"] = claim
    elif part == "provider" and field in _PROVIDER and group == "visits":
        item.setdefault("provider", {})[field] = value
    elif path == "lines" and group == "visits":
        item["lines"] = [{"code": code, "units": 1} for code in codes(value)]
    else:
        raise ProblemValue("not_a_letter_fact")


def yes_no(value: Any) -> bool | None:
    if isinstance(value, bool) or value is None:
        return value
    answer = str(value).strip().lower()
    if answer in ("yes", "y", "true"):
        return True
    if answer in ("no", "n", "false"):
        return False
    raise ProblemValue("yes_no", got=f'"{value}"')


def money(value: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip().replace("$", "").replace(",", "")
    try:
        amount = float(text)
    except ValueError:
        raise ProblemValue("dollars", got=f'"{value}"') from None
    if amount < 0 or amount != amount or amount == float("inf"):
        raise ProblemValue("dollars", got=f'"{value}"')
    return amount


def codes(value: Any) -> list[str]:
    """Codes typed as "S9443, 99401" (commas or spaces)."""
    found = [c for c in re.split(r"[\s,;]+", str(value)) if c]
    if not found:
        raise ProblemValue("no_code")
    for code in found:
        if not re.fullmatch(r"[A-Za-z0-9.\-]{2,10}", code):
            raise ProblemValue("not_a_code", got=f'"{code}"')
    return [c.upper() for c in found]
