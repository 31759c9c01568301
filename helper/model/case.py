"""The case format (`lactation-case/1`) as dataclasses: see docs/case-format.md."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from helper.model import fields as f
from helper.model.fields import ValidationError
from helper.model.json_safety import json_problems, load_json
from helper.model.record import Record, list_of, nested, spec

CASE_FORMAT = "lactation-case/1"

PLAN_TYPES = (
    "employer_fully_insured",
    "employer_self_funded",
    "individual_marketplace",
    "individual_off_marketplace",
    "medicaid_managed_care",
    "medicaid_fee_for_service",
    "chip",
    "fehb",
    "tricare",
    "short_term",
    "unknown",
)
CREDENTIALS = (
    "IBCLC", "CLC", "LEC", "RN", "NP", "PA", "CNM", "MD", "DO", "MA", "CPHW", "peer", "other",
)  # fmt: skip
NETWORKS = ("in", "out", "unknown")
SETTINGS = ("office", "home", "telehealth", "hospital_outpatient", "inpatient")
BILLED_UNDER = ("mother", "baby", "both")
REFERRALS = ("self", "physician", "plan", "none")
LETTER_METHODS = ("print", "pdf", "email", "mail_app", "portal")
CLAIM_STATUSES = ("not_submitted", "pending", "paid", "partially_paid", "denied")
PLAN_SPONSORS = ("private", "government")
STATES = [
    "AL",
    "AK",
    "AZ",
    "AR",
    "CA",
    "CO",
    "CT",
    "DE",
    "DC",
    "FL",
    "GA",
    "HI",
    "ID",
    "IL",
    "IN",
    "IA",
    "KS",
    "KY",
    "LA",
    "ME",
    "MD",
    "MA",
    "MI",
    "MN",
    "MS",
    "MO",
    "MT",
    "NE",
    "NV",
    "NH",
    "NJ",
    "NM",
    "NY",
    "NC",
    "ND",
    "OH",
    "OK",
    "OR",
    "PA",
    "RI",
    "SC",
    "SD",
    "TN",
    "TX",
    "UT",
    "VT",
    "VA",
    "WA",
    "WV",
    "WI",
    "WY",
    "PR",
    "GU",
    "VI",
    "AS",
    "MP",
]


def state_code(value: Any, path: str) -> str:
    value = f.text(value, path)
    if value.upper() not in STATES:
        raise f.FieldError(path, "state_code", got=f'"{value}"')
    return value.upper()


opt_text = f.optional(f.text)


def denial_category(value: Any, path: str) -> str:
    """One of the categories of `data/denial_reasons.json` (the vocabulary is defined there)."""
    from helper.knowledge import load

    return f.one_of(*load("denial_reasons")["categories"])(value, path)


@f.dataclass_kw
class Member(Record):
    name: str | None = spec(f.name_text)
    address: str | None = spec(opt_text)
    email: str | None = spec(opt_text)
    phone: str | None = spec(opt_text)
    state: str | None = spec(f.optional(state_code))
    member_id: str | None = spec(opt_text)
    group_number: str | None = spec(opt_text)


@f.dataclass_kw
class Plan(Record):
    insurer: str | None = spec(opt_text)
    policy: str | None = spec(opt_text)
    type: str = spec(f.one_of(*PLAN_TYPES), default="unknown")
    grandfathered: bool | None = spec(f.boolean_or_unknown)
    plan_name: str | None = spec(opt_text)
    # Added: who sponsors a job-based plan ("government": a state or local government
    # employer, whose plan ERISA does not reach); California's regulator ("dmhc" or "cdi").
    sponsor: str | None = spec(f.optional(f.one_of(*PLAN_SPONSORS)))
    regulator: str | None = spec(opt_text)


@f.dataclass_kw
class Baby(Record):
    name: str | None = spec(opt_text)
    birth_date: dt.date | None = spec(f.optional(f.date))
    multiples: int = spec(f.whole_number(1, f.MAX_MULTIPLES), default=1)
    hospital_discharge: dt.date | None = spec(f.optional(f.date))


@f.dataclass_kw
class Provider(Record):
    name: str | None = spec(opt_text)
    credential: str | None = spec(f.optional(f.one_of(*CREDENTIALS)))
    network: str = spec(f.one_of(*NETWORKS), default="unknown")
    npi: str | None = spec(opt_text)
    participating_medi_cal_provider: bool | None = spec(f.boolean_or_unknown)


@f.dataclass_kw
class ClaimLine(Record):
    code: str = spec(f.required_text, default="", required=True)
    units: int = spec(f.whole_number(1, f.MAX_UNITS), default=1)
    diagnoses: list[str] = spec(f.text_list, default_factory=list)
    charge: float | None = spec(f.optional(f.money))
    modifier: str | None = spec(opt_text)


@f.dataclass_kw
class Claim(Record):
    number: str | None = spec(opt_text)
    status: str = spec(f.one_of(*CLAIM_STATUSES), default="not_submitted")
    denial_date: dt.date | None = spec(f.optional(f.date))
    denial_reason: str | None = spec(opt_text)
    member_cost: float | None = spec(f.optional(f.money))
    # Added field: the date of the final internal adverse determination (appeal upheld).
    final_denial_date: dt.date | None = spec(f.optional(f.date))
    # Added: the reason category the member confirmed, and the dates of the later stages
    # (see helper.claims.stage): appeal sent; outside review (external review, State fair
    # hearing, OPM review) requested and decided.
    denial_category: str | None = spec(f.optional(denial_category))
    appeal_sent: dt.date | None = spec(f.optional(f.date))
    review_requested: dt.date | None = spec(f.optional(f.date))
    review_decided: dt.date | None = spec(f.optional(f.date))


@f.dataclass_kw
class Visit(Record):
    id: str | None = spec(opt_text)
    date: dt.date | None = spec(f.date, required=True)
    provider: Provider = spec(nested(Provider), default_factory=Provider)
    setting: str | None = spec(f.optional(f.one_of(*SETTINGS)))
    minutes: int | None = spec(f.optional(f.whole_number(0, f.MAX_MINUTES)))
    billed_under: str | None = spec(f.optional(f.one_of(*BILLED_UNDER)))
    referral: str | None = spec(f.optional(f.one_of(*REFERRALS)))
    program: str | None = spec(opt_text)
    prior_authorization: bool | None = spec(f.boolean_or_unknown)
    lines: list[ClaimLine] = spec(list_of(ClaimLine), default_factory=list)
    claim: Claim | None = spec(nested(Claim, nullable=True))


@f.dataclass_kw
class Equipment(Record):
    id: str | None = spec(opt_text)
    date: dt.date | None = spec(f.date, required=True)
    code: str = spec(f.required_text, default="", required=True)
    modifier: str | None = spec(opt_text)
    rental_days: int | None = spec(f.optional(f.whole_number(0, f.MAX_RENTAL_DAYS)))
    quantity: int | None = spec(f.optional(f.whole_number(1, f.MAX_QUANTITY)))
    prior_authorization: bool | None = spec(f.boolean_or_unknown)
    diagnoses: list[str] = spec(f.text_list, default_factory=list)
    claim: Claim | None = spec(nested(Claim, nullable=True))


@f.dataclass_kw
class Call(Record):
    id: str | None = spec(opt_text)
    started: dt.datetime | None = spec(f.date_time, required=True)
    minutes: int | None = spec(f.optional(f.whole_number(0, f.MAX_MINUTES)))
    department: str | None = spec(opt_text)
    phone: str | None = spec(opt_text)
    rep_name: str | None = spec(opt_text)
    rep_id: str | None = spec(opt_text)
    reference: str | None = spec(opt_text)
    visit: str | None = spec(opt_text)
    summary: str | None = spec(opt_text)
    outcome: str | None = spec(opt_text)
    follow_up: dt.date | None = spec(f.optional(f.date))


@f.dataclass_kw
class LetterRecord(Record):
    id: str | None = spec(opt_text)
    kind: str = spec(f.required_text, default="", required=True)
    created: dt.datetime | None = spec(f.optional(f.date_time))
    sent: dt.date | None = spec(f.optional(f.date))
    method: str | None = spec(f.optional(f.one_of(*LETTER_METHODS)))
    to: str | None = spec(opt_text)
    visit: str | None = spec(opt_text)  # added: the visit (or equipment:ID) it is about


DOCUMENT_KINDS = ("eob", "denial_letter", "superbill", "prescription", "medical_necessity", "other")


@f.dataclass_kw
class Document(Record):
    """A file attached to the case (an EOB, a denial letter...), copied into the data folder."""

    id: str | None = spec(opt_text)
    kind: str = spec(f.one_of(*DOCUMENT_KINDS), default="other")
    title: str | None = spec(opt_text)
    file: str = spec(f.required_text, default="", required=True)  # inside the data folder
    visit: str | None = spec(opt_text)  # a visit id, or "equipment:ID" for a pump
    added: dt.datetime | None = spec(f.optional(f.date_time))


def format_tag(value: Any, path: str) -> str:
    if value != CASE_FORMAT:
        raise f.FieldError(path, "case_format", expected=CASE_FORMAT, got=f._show(value))
    return value


@f.dataclass_kw
class Case(Record):
    format: str = spec(format_tag, default=CASE_FORMAT, required=True)
    member: Member = spec(nested(Member), default_factory=Member)
    plan: Plan = spec(nested(Plan), default_factory=Plan)
    baby: Baby = spec(nested(Baby), default_factory=Baby)
    in_network_lactation_provider_available: bool | None = spec(f.boolean_or_unknown)
    visits: list[Visit] = spec(list_of(Visit), default_factory=list)
    equipment: list[Equipment] = spec(list_of(Equipment), default_factory=list)
    calls: list[Call] = spec(list_of(Call), default_factory=list)
    letters: list[LetterRecord] = spec(list_of(LetterRecord), default_factory=list)
    documents: list[Document] = spec(list_of(Document), default_factory=list)

    @classmethod
    def from_dict(cls, data: Any) -> Case:
        """Parse and validate; raises ValidationError naming every bad field."""
        errors = json_problems(data)
        case = cls.parse(data, "", errors)
        errors.extend(_id_problems(case) if not errors else [])
        if errors:
            raise ValidationError(errors)
        return case

    @classmethod
    def from_json(cls, text: str) -> Case:
        return cls.from_dict(load_json(text))

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def visit_key(self, index: int) -> str:
        """The visit's id, or its index as a string when it has none (the findings contract)."""
        visit = self.visits[index]
        return visit.id if visit.id else str(index)

    def find_visit(self, key: str | None) -> Visit | None:
        for index, visit in enumerate(self.visits):
            if key is not None and self.visit_key(index) == key:
                return visit
        return None


def _id_problems(case: Case) -> list[str]:
    """Ids inside one list must be unique, or calls and findings point at the wrong visit."""
    problems = []
    for name in ("visits", "equipment", "calls", "letters"):
        seen: set[str] = set()
        for index, item in enumerate(getattr(case, name)):
            if item.id is None:
                continue
            if item.id in seen:
                problems.append(f'{name}[{index}].id: "{item.id}" is used twice')
            seen.add(item.id)
    return problems
