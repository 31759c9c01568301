"""Builders for coverage-check test cases: a case dict with just the fields a rule reads."""

from __future__ import annotations

import datetime as dt
from typing import Any

from helper.coverage import Report, check
from helper.model import Case

TODAY = dt.date(2026, 6, 1)


def visit(
    date: str,
    code: str = "Z5023",
    units: int = 1,
    diagnoses: tuple[str, ...] | list[str] = ("Z39.1",),
    *,
    lines: list[dict] | None = None,
    credential: str | None = "IBCLC",
    network: str = "in",
    participating: bool | None = None,
    provider: str = "Pat Lee",
    minutes: int | None = None,
    setting: str = "office",
    billed_under: str = "mother",
    program: str | None = None,
    prior_authorization: bool | None = None,
    claim: dict | None = None,
    **extra: Any,
) -> dict:
    return {
        "date": date,
        "provider": {
            "name": provider,
            "credential": credential,
            "network": network,
            "participating_medi_cal_provider": participating,
        },
        "setting": setting,
        "minutes": minutes,
        "billed_under": billed_under,
        "referral": "self",
        "program": program,
        "prior_authorization": prior_authorization,
        "lines": lines
        if lines is not None
        else [{"code": code, "units": units, "diagnoses": list(diagnoses)}],
        "claim": claim,
        **extra,
    }


def equip(
    date: str,
    code: str,
    modifier: str | None = None,
    *,
    rental_days: int | None = None,
    prior_authorization: bool | None = None,
    diagnoses: tuple[str, ...] | list[str] = ("Z39.1",),
    claim: dict | None = None,
) -> dict:
    return {
        "date": date,
        "code": code,
        "modifier": modifier,
        "rental_days": rental_days,
        "prior_authorization": prior_authorization,
        "diagnoses": list(diagnoses),
        "claim": claim,
    }


POLICY_PLANS = {
    "bcbsnm-cpcp043": ("employer_fully_insured", "NM"),
    "healthnet-medi-cal-lactation": ("medicaid_managed_care", "CA"),
    "ccah-breastfeeding": ("medicaid_managed_care", "CA"),
}


def case(
    policy: str | None = "ccah-breastfeeding",
    visits: list[dict] = (),
    equipment: list[dict] = (),
    *,
    plan_type: str | None = None,
    grandfathered: bool | None = False,
    state: str | None = None,
    birth: str | None = "2026-01-10",
    multiples: int = 1,
    in_network_available: bool | None = None,
) -> dict:
    default_type, default_state = POLICY_PLANS.get(policy, ("employer_fully_insured", "NM"))
    return {
        "format": "lactation-case/1",
        "member": {"name": "Ana Ruiz", "state": state or default_state},
        "plan": {
            "insurer": "Test insurer",
            "policy": policy,
            "type": plan_type or default_type,
            "grandfathered": grandfathered,
        },
        "baby": {"name": "Leo", "birth_date": birth, "multiples": multiples},
        "in_network_lactation_provider_available": in_network_available,
        "visits": [dict(v, id=v.get("id") or f"v{i + 1}") for i, v in enumerate(visits)],
        "equipment": [dict(e, id=e.get("id") or f"e{i + 1}") for i, e in enumerate(equipment)],
    }


def run(data: dict, lang: str = "en", today: dt.date = TODAY) -> Report:
    return check(Case.from_dict(data), lang=lang, today=today)


def of_kind(report: Report, kind: str) -> list:
    return report.of_kind(kind)
