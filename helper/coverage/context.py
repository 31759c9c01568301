"""What every rule sees: the case, its policy (or None), the federal rules, and a finding builder.

Rules never hold text: `ctx.finding(kind, variant, ...)` looks the plain-words message and
next step up in `data/finding_texts.json` by language (falling back to English) and fills
its `{placeholders}`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from helper import knowledge, policy_info, programmes
from helper.coverage.report import Finding, Source, long_date
from helper.i18n import text
from helper.model import Case, Visit

DEFAULT_SEVERITY = {
    "aca_preventive_applies": "info",
    "aca_not_guaranteed": "warning",
    "medicaid_rules_apply": "info",
    "medicaid_state_coverage": "info",
    "fehb_rules_apply": "info",
    "tricare_rules_apply": "info",
    "opm_decided": "info",
    "policy_not_in_app": "info",
    "policy_condition": "info",
    "cost_sharing_on_preventive": "problem",
    "out_of_network_gap_exception": "action",
    "provider_not_eligible_to_bill": "problem",
    "code_not_allowed_for_provider": "problem",
    "code_not_recognized": "problem",
    "untimed_code_extra_units": "problem",
    "units_per_visit_exceeded": "problem",
    "annual_limit_exceeded": "action",
    "tricare_session_limit": "warning",
    "diagnosis_missing": "problem",
    "diagnosis_not_qualifying": "problem",
    "separate_family_claims": "problem",
    "inpatient_not_separately_billable": "problem",
    "prior_authorization_required": "action",
    "postpartum_window_exceeded": "problem",
    "infant_age_limit_exceeded": "warning",
    "equipment_frequency_limit": "action",
    "rental_authorization_required": "action",
    "supplies_same_month_as_pump": "problem",
    "supplies_quantity_exceeded": "action",
    "rental_after_infant_discharge": "warning",
    "modifier_not_expected": "warning",
    "units_exceed_time": "problem",
    "appeal_deadline": "action",
    "appeal_decision_due": "info",
    "denial_reason_to_confirm": "action",
    "policy_supports_claim": "action",
    "external_review_deadline": "action",
    "state_hearing_deadline": "action",
    "complaint_route": "info",
}


# A CPT/HCPCS/Medi-Cal code is 5 characters; modifiers are 2 characters each, written after it
# with a dash, a space, a colon or nothing ("99401-25", "S9443 U1", "E0603NU").
_CODE_WITH_MODIFIERS = re.compile(r"([A-Z0-9]{5})((?:[\s\-:]*[A-Z0-9]{2})*)")
_MODIFIER = re.compile(r"[A-Z0-9]{2}")


@lru_cache(maxsize=4096)
def split_code(code: str | None) -> tuple[str, tuple[str, ...]]:
    """(procedure code, modifiers) of a code as people write it; the code upper-cased.

    Cached: the rules split the same few codes tens of thousands of times per check.
    """
    text = (code or "").strip().upper()
    match = _CODE_WITH_MODIFIERS.fullmatch(text)
    if not match:
        return text, ()
    return match.group(1), tuple(_MODIFIER.findall(match.group(2)))


def norm_code(code: str | None) -> str:
    """The procedure code without modifiers, upper case: "99401-25" -> "99401"."""
    return split_code(code)[0]


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fill(template: str, values: dict[str, Any]) -> str:
    """`str.format` that leaves an unknown `{name}` as it is instead of failing."""
    try:
        return template.format_map(_Blank(values)).strip()
    except (ValueError, IndexError, AttributeError):
        return template


# Words the message templates use around a credential or a count: catalogue "coverage" of
# `data/texts.json`. Credentials are read as letters in English ("an IBCLC", "an RN", "a
# CLC"): "an" before a letter whose name starts with a vowel sound.
_VOWEL_SOUND_LETTERS = set("AEFHILMNORSX")
_CREDENTIAL_WORDS = ("peer", "other")


def with_article(credential: str | None, lang: str = "en") -> str:
    """ "an IBCLC", "a CLC" (en); "una IBCLC" (es)."""
    name = (credential or "").strip()
    if name in _CREDENTIAL_WORDS or not name:
        return text("coverage", f"credential.{name or 'other'}", lang)
    vowel = name[0].upper() in _VOWEL_SOUND_LETTERS
    msg_id = "credential.named_vowel_sound" if vowel else "credential.named"
    return text("coverage", msg_id, lang, credential=name)


def count_words(number: int, word: str, lang: str = "en") -> str:
    """ "1 unit", "2 units" (en); "1 unidad", "2 unidades" (es)."""
    return text("coverage", f"count.{word}.{'one' if number == 1 else 'many'}", lang, count=number)


# Findings whose due date is the member's own last day to act (not the plan's).
MEMBER_DEADLINES = ("appeal_deadline", "external_review_deadline", "state_hearing_deadline")


class Context:
    def __init__(self, case: Case, lang: str, today: dt.date):
        self.case = case
        self.lang = lang
        self.today = today
        self.federal = knowledge.load("federal")
        self.texts = knowledge.load("finding_texts")
        self.policy_id = case.plan.policy
        self.policy = load_policy(case.plan.policy)
        # "old" or "unknown": every finding resting on the policy says so (policy_info)
        self.policy_date_note = policy_info.date_note(self.policy, today)
        self._policy_source_cache: dict[int, list[Source]] = {}
        self.plan_type_rules = (
            self.federal["plan_types"].get(case.plan.type) or self.federal["plan_types"]["unknown"]
        )
        self.aca_status = "unknown_type"  # set by check() from rules.plan_type.aca_status
        self.regulator: dict[str, Any] = {}  # set by check() from rules.route.regulator_for

    # --- policy data -----------------------------------------------------------------
    def rules(self, name: str) -> list[dict[str, Any]]:
        """The policy's rule entries of one family (empty without a policy)."""
        if not self.policy:
            return []
        return [entry for entry in self.policy.get("rules", []) if entry.get("rule") == name]

    def policy_sources(self, entry: dict[str, Any], with_also: bool = True) -> list[Source]:
        """The rule's sources; for a researched policy, with its URL and the day it was read."""
        key = id(entry) * 2 + with_also
        cached = self._policy_source_cache.get(key)
        if cached is None:
            url, read_on = (self.policy or {}).get("url"), (self.policy or {}).get("read_on")
            items = [entry["source"], *(entry.get("also", []) if with_also else [])]
            cached = [Source.from_dict({"url": url, "read_on": read_on, **item}) for item in items]
            self._policy_source_cache[key] = cached
        return list(cached)

    def federal_sources(self, *keys: str) -> list[Source]:
        """The federal sources `keys`; a key of federal.json "family_sources" stands for the
        regulation of this plan's family (HHS's, Labor's or both)."""
        table = self.federal["sources"]
        by_family = self.federal.get("family_sources", {})
        family = programmes.family(self.case.plan)
        found: list[Source] = []
        for key in keys:
            choices = by_family.get(key)
            names = (choices.get(family) or choices["default"]) if choices else [key]
            found += [Source.from_dict(table[name]) for name in names]
        return found

    @property
    def aca_applies(self) -> bool:
        return self.aca_status == "applies"

    # --- case helpers ------------------------------------------------------------------
    def visits(self) -> Iterator[tuple[str, int, Visit]]:
        for index, visit in enumerate(self.case.visits):
            yield self.case.visit_key(index), index, visit

    def equipment_items(self) -> Iterator[tuple[str, Any]]:
        for index, item in enumerate(self.case.equipment):
            yield (item.id or str(index)), item

    def date(self, value: dt.date | None) -> str:
        return long_date(value, self.lang) if value else ""

    # --- text --------------------------------------------------------------------------
    def text(self, key: str) -> tuple[str, dict[str, str]]:
        """(language, {message, next_step}) of `kind:variant` or `kind`, in the case language
        when translated, else English: dates are written in the language of the text."""
        base = key.split(":", 1)[0]
        for candidate in (key, base):
            entry = self.texts.get(candidate)
            if entry:
                if self.lang in entry:
                    return self.lang, entry[self.lang]
                return "en", entry.get("en") or {}
        return "en", {}

    def finding(
        self,
        kind: str,
        variant: str | None = None,
        *,
        sources: Iterable[Source],
        severity: str | None = None,
        visit: str | None = None,
        line: int | None = None,
        due: dt.date | None = None,
        equipment: str | None = None,
        **values: Any,
    ) -> Finding:
        key = f"{kind}:{variant}" if variant else kind
        lang, text = self.text(key)
        values = {
            k: (long_date(v, lang) if isinstance(v, dt.date) else v) for k, v in values.items()
        }
        if "credential" in values:
            values.setdefault("a_credential", with_article(values["credential"], lang))
        if "allowed" in values and isinstance(values["allowed"], int):
            values.setdefault("allowed_units", count_words(values["allowed"], "unit", lang))
        if due is not None:
            values.setdefault("due", long_date(due, lang))
        values.setdefault("insurer", self.case.plan.insurer or self.policy_insurer())
        message = fill(text.get("message", kind), values)
        next_step = fill(text.get("next_step", ""), values)
        if due is not None and due < self.today:
            _lang, passed = self.text("deadline_passed")
            message = f"{message} {fill(passed.get('message', ''), values)}".strip()
        elif due == self.today and kind in MEMBER_DEADLINES:
            # sent today is on time ("by"), and it is the last chance: say so plainly
            _lang, last = self.text("deadline_today")
            message = f"{message} {fill(last.get('message', ''), values)}".strip()
        sources = list(sources)
        if self.policy_date_note and any(s.url == self.policy.get("url") for s in sources):
            message = f"{message} {self._policy_date_sentence()}".strip()
        return Finding(
            kind=kind,
            severity=severity or DEFAULT_SEVERITY.get(kind, "info"),
            message=message,
            next_step=next_step,
            sources=list(_unique(sources)),
            visit=visit,
            line=line,
            due=due,
            equipment=equipment,
        )

    def _policy_date_sentence(self) -> str:
        """ "This rests on Aetna CPB 0421 "Breast Pumps", whose date is not known: ..." """
        lang, text = self.text(f"policy_dated:{self.policy_date_note}")
        return fill(
            text.get("message", ""),
            {
                "policy_name": policy_info.name(self.policy),
                "policy_date": policy_info.date_words(self.policy, lang),
                "url": self.policy["url"],
            },
        )

    def policy_insurer(self) -> str:
        if self.policy:
            return self.policy.get("insurer", "your plan")
        return text("coverage", "your_plan", self.lang)


def _unique(sources: Iterable[Source]) -> Iterator[Source]:
    seen: set[Source] = set()
    for source in sources:
        if source not in seen:
            seen.add(source)
            yield source


def load_policy(policy_id: str | None) -> dict[str, Any] | None:
    """The shipped policy `policy_id`, or None when it is null or not in data/policies/."""
    if not policy_id:
        return None
    name = f"policies/{policy_id}"
    if name not in _policy_names():
        return None
    return knowledge.load(name)


_NAMES: list[str] | None = None


def _policy_names() -> list[str]:
    global _NAMES
    if _NAMES is None:
        _NAMES = knowledge.names("policies")
    return _NAMES
