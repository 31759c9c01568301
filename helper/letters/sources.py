"""What the letters borrow from the rest of the core: the coverage report, the regulator,
the insurer's policy quotes and the code descriptions. Each degrades to "nothing known"
when its data cannot be read (or the checker fails), so a letter never depends on a guess."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import OrderedDict
from typing import Any

from helper.knowledge import KnowledgeError, load
from helper.model import Case
from helper.regulators import regulator_for

log = logging.getLogger(__name__)


# The last few reports, by case version and day: the Letters page asks for missing facts, the
# letter, its reading copy and the suggestions of one case version, and runs one check.
_REPORTS: OrderedDict[tuple[str, dt.date], Any] = OrderedDict()
_KEEP = 8
CHECKS_RUN = {"count": 0}  # how many checks the letters ran (the benchmark and tests read it)


def coverage_report(case: Case, today: dt.date | None = None) -> Any | None:
    """The checker's report on `today` (default: the real date), or None when the checker
    fails; one check per case version and day (a letter's typed facts that change the case
    make a new version).

    The report only adds the appeal deadline, the suggestions and the regulator; a letter
    the member needs must not be blocked by a checker problem, so that is logged instead.
    """
    from helper.coverage import check

    today = today or dt.date.today()
    key = (case.to_json(), today)
    if key in _REPORTS:
        _REPORTS.move_to_end(key)
        return _REPORTS[key]
    try:
        report = check(case, today=today)
    except Exception as error:  # noqa: BLE001 - see docstring
        log.warning("coverage check failed (%s); letter made without its report", error)
        return None
    CHECKS_RUN["count"] += 1
    _REPORTS[key] = report
    while len(_REPORTS) > _KEEP:
        _REPORTS.popitem(last=False)
    return report


def regulator(case: Case, report: Any | None) -> dict | None:
    found = getattr(report, "regulator", None) if report is not None else None
    if found:
        return dict(found)
    found = regulator_for(case)
    return dict(found) if found else None


def appeal_due(report: Any | None, keys: set[str], kind: str = "appeal_deadline"):
    """The earliest `due` of the report's findings of `kind` for these services.

    `keys` are service keys: a visit key ("v1") or "equipment:<id or index>"; a pump's
    finding names it in `equipment`, not `visit`, so both are matched.
    """
    dues = [
        f.due
        for f in getattr(report, "findings", None) or []
        if getattr(f, "kind", None) == kind
        and getattr(f, "due", None) is not None
        and (finding_key(f) in keys or not keys)
    ]
    dues = [_as_date(d) for d in dues]
    return min(dues) if dues else None


def finding_key(finding: Any) -> str | None:
    """The service key a finding is about (see `services.Service.key`), or None."""
    equipment = getattr(finding, "equipment", None)
    if equipment is not None:
        return f"equipment:{equipment}"
    return getattr(finding, "visit", None)


def _as_date(value):
    import datetime as dt

    return dt.date.fromisoformat(value) if isinstance(value, str) else value


def policy_quotes(
    policy_id: str | None,
    credentials: set[str],
    codes: set[str],
    services: set[str],
    categories: set[str] = frozenset(),
    facts: set[str] = frozenset(),
) -> dict | None:
    """The insurer's own words that answer the denial of the services at issue ("visits",
    "pumps", "supplies"), at most three. A quote is chosen only when the data lists one of the
    claims' confirmed denial `categories` in its `answers`, and it either supports coverage
    (`stance: supports`) or sets a condition that one of the case's `facts` shows met
    (`stance: condition`, `when`; see `case_facts`). Limits, and conditions the case does not
    show met, are shown to the member in the app, never quoted to the plan as support; a
    denial nothing in the policy answers gets no quote at all.

    A quote whose data names the `codes` of the item it is about (a policy's list may cover
    bottles and bags, or a rental for one reason and another) is the claimed item's own line:
    it comes first when one of its codes was billed, and is left out when none was; once it is
    found, lines about another `item` whose codes the data does not know are left out too.
    Then come quotes naming the provider's credential or a billed code, then the rest in
    policy order. The three chosen are shown in policy order, a list's lead-in first.
    """
    if not policy_id:
        return None
    try:
        policy = load(f"policies/{policy_id}")
    except KnowledgeError:
        return None
    scored: list[tuple[int, int, dict]] = []
    seen: set[str] = set()
    for order, source in enumerate(_sources(policy)):
        quote = source.get("quote") or ""
        if not quote or quote in seen:
            continue
        seen.add(quote)
        if source.get("service") not in services or not _answers(source, categories, facts):
            continue
        about = set(source.get("codes") or ())
        if about and not about & codes:
            continue  # the line about another item of the policy's list
        words = set(re.findall(r"[A-Za-z0-9]+", quote))
        score = 2 * len(words & credentials) + len(words & codes)
        scored.append((not about, -score, order, source))
    if any(not rest[0] for rest in scored):  # the claimed item's line was found: drop
        scored = [rest for rest in scored if not rest[0] or not rest[3].get("item")]
    scored.sort(key=lambda item: item[:3])
    # the three chosen, as the policy reads: a lead-in to a list (ending ":") first
    chosen = sorted(
        scored[:3], key=lambda item: (not item[3]["quote"].rstrip().endswith(":"), item[2])
    )
    quotes = [
        {
            "document": s.get("document") or _title(policy),
            "section": s.get("section") or "",
            "quote": " ".join(s["quote"].split()),
        }
        for *_, s in chosen
    ]
    return {"title": _title(policy), "quotes": quotes} if quotes else None


def _answers(source: dict, categories: set[str], facts: set[str]) -> bool:
    """Whether a quote may be put to the plan about claims denied for `categories`."""
    if not set(source.get("answers") or ()) & set(categories):
        return False
    if source.get("stance") == "supports":
        return True
    return source.get("stance") == "condition" and any(
        _holds(when, facts) for when in source.get("when") or ()
    )


def _holds(when: str, facts: set[str]) -> bool:
    if when.startswith("diagnosis:"):  # a code category: "diagnosis:Q" holds for Q35.9
        return any(fact.startswith(when) for fact in facts)
    return when in facts


def case_facts(case: Case, services: list) -> set[str]:
    """The facts of the case a policy's condition can name (`when` in data/policies): the
    baby's multiples, a participating Medi-Cal provider who billed, the infant still in
    hospital on the day of the service, and each diagnosis billed ("diagnosis:Q35.9")."""
    facts: set[str] = set()
    if case.baby.multiples > 1:
        facts.add("multiples")
    discharge = case.baby.hospital_discharge
    for service in services:
        visit, item = service.visit, service.equipment
        if visit is not None and visit.provider.participating_medi_cal_provider:
            facts.add("participating_medi_cal_provider")
        diagnoses = [d for line in visit.lines for d in line.diagnoses] if visit else item.diagnoses
        facts |= {f"diagnosis:{code.strip().upper()}" for code in diagnoses}
        if discharge is not None and service.date is not None and service.date < discharge:
            facts.add("infant_hospitalized")
    return facts


def policy_title(policy_id: str | None) -> str | None:
    """The policy's name as letters cite it, or None when the plan has none on file."""
    if not policy_id:
        return None
    try:
        return _title(load(f"policies/{policy_id}"))
    except KnowledgeError:
        return None


def _title(policy: Any) -> str:
    if isinstance(policy, dict) and policy.get("number"):  # a researched policy, by its number
        from helper.policy_info import name

        return name(policy)
    if isinstance(policy, dict):
        for key in ("title", "name", "document"):
            if isinstance(policy.get(key), str):
                return policy[key]
    return "the plan's lactation policy"


def _sources(node: Any):
    """Every {document, section, quote} dict anywhere in the policy data, in order."""
    if isinstance(node, dict):
        if isinstance(node.get("quote"), str):
            yield node
        for value in node.values():
            yield from _sources(value)
    elif isinstance(node, list):
        for value in node:
            yield from _sources(value)


def code_descriptions() -> dict[str, str]:
    try:
        table = load("codes")
    except KnowledgeError:
        return {}
    return {
        row["code"]: row.get("description", "")
        for row in table.get("codes", [])
        if isinstance(row, dict) and "code" in row
    }


def code_services() -> dict[str, str]:
    """Equipment code -> "pumps" or "supplies", from data/codes.json."""
    try:
        table = load("codes")
    except KnowledgeError:
        return {}
    return {row["code"]: row["service"] for row in table.get("codes", []) if row.get("service")}
