"""Who takes a complaint: the regulator of a case's plan, by plan type and state.

Data: `data/regulators.json` (each entry with its source and the date it was checked).
Every result names where to confirm the details (`check_at`), because phone numbers and
addresses change, and `null` facts stay `None`: nothing is guessed.

Routing:
- fully insured employer, individual and short-term plans -> the state's insurance
  department (California: DMHC and CDI, unless the case says which);
- self-funded employer plans -> EBSA; Medicaid and CHIP -> the state Medicaid route;
- a state or local government employer's plan (`plan.sponsor == "government"`): not under
  ERISA, so never EBSA; CMS enforces the PHS Act for it (PHS Act §2723) -> CMS when
  self-funded, the state department with CMS in `also` when insured;
- FEHB -> OPM; TRICARE -> TRICARE; unknown -> the state department, with EBSA in `also`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from helper import plan_types
from helper.knowledge import load

KINDS = ("state_insurance_department", "federal_ebsa", "state_medicaid", "opm", "tricare", "cms")
FEDERAL_KINDS = ("federal_ebsa", "opm", "tricare", "cms")
NAIC_URL = "https://content.naic.org/state-insurance-departments"
NAIC_NAME = "NAIC directory of state insurance departments"
MEDICAID_GOV = "https://www.medicaid.gov/"

CALIFORNIA_HINTS = {
    "dmhc": "dmhc",
    "cdi": "cdi",
    "doi": "cdi",
    "insurance": "cdi",
    "managed": "dmhc",
}


@cache
def _data() -> dict[str, Any]:
    return load("regulators")


def check_note(url: str = NAIC_URL) -> str:
    """The sentence every regulator entry is shown with."""
    return f"Check the current details at {url} (phone numbers and addresses change)."


def jurisdiction(state: str | None) -> dict[str, Any] | None:
    """The raw data of one state, DC or territory (two-letter code), or None."""
    if not state:
        return None
    return _data()["jurisdictions"].get(str(state).strip().upper())


def _result(
    office: dict, kind: str, state: str | None, why: str, check_at: str, **extra
) -> dict[str, Any]:
    phones = [office.get("main_phone"), *office.get("other_phones", [])]
    result = {
        "name": office["name"],
        "kind": kind,
        "state": state,
        "complaint_url": office.get("complaint_url"),
        "url": office.get("url"),
        "phone": office.get("phone"),
        "other_phones": [p for p in phones if p and p != office.get("phone")],
        "mail": office.get("mail"),
        "mail_example": office.get("mail_example"),
        "also": [],
        "why": why,
        "sources": [dict(s) for s in office.get("sources", [])],
        "check_at": check_at,
        "check_note": check_note(check_at),
        "web_form_only": bool(office.get("web_form_only")),
        "checked": office.get("checked"),
        "checked_how": office.get("checked_how"),
        "notes": list(office.get("notes", [])),
    }
    if office.get("mail_note"):
        result["notes"].append(office["mail_note"])
    result.update(extra)
    return result


def _state_department(state: str, why: str) -> dict[str, Any]:
    office = jurisdiction(state)["insurance_department"]
    return _result(office, "state_insurance_department", state, why, NAIC_URL)


def _federal(kind: str, why: str) -> dict[str, Any]:
    office = _data()["federal"][kind]
    check_at = office.get("url") or office.get("complaint_url") or NAIC_URL
    if kind == "opm":
        check_at = "your plan's FEHB brochure, disputed-claims section"
        result = _result(office, kind, None, why, check_at)
        result["check_note"] = (
            "Check the address in your plan's FEHB brochure (disputed-claims section)."
        )
        return result
    return _result(office, kind, None, why, check_at)


def _california(key: str, kind: str, why: str) -> dict[str, Any]:
    office = _data()["california"][key]
    return _result(office, kind, "CA", why, office.get("url") or NAIC_URL)


def _medicaid(state: str, why: str) -> dict[str, Any]:
    med = jurisdiction(state)["medicaid"]
    name = med["agency_name"] or f"The Medicaid agency of {jurisdiction(state)['name']}"
    office = {**med, "name": name, "complaint_url": None, "mail": None, "web_form_only": None}
    office["other_phones"] = list(med.get("other_phones", []))
    check_at = med.get("url") or MEDICAID_GOV
    result = _result(office, "state_medicaid", state, why, check_at)
    if med.get("legal_help"):
        result["legal_help"] = dict(med["legal_help"])
    return result


def _medicaid_help_line(state: str) -> dict[str, Any] | None:
    med = jurisdiction(state)["medicaid"]
    line = med.get("help_line")
    if not line:
        return None
    office = {
        "name": line["name"],
        "url": line.get("url"),
        "phone": line.get("phone"),
        "complaint_url": None,
        "mail": None,
        "sources": med["sources"],
        "checked": med["checked"],
        "checked_how": med["checked_how"],
        "notes": [],
    }
    why = "A state line for Medicaid members who have a problem with their health plan."
    return _result(
        office, "state_medicaid", state, why, line.get("url") or med.get("url") or MEDICAID_GOV
    )


def _plan_field(case: Any, name: str) -> Any:
    plan = case.get("plan") if isinstance(case, dict) else getattr(case, "plan", None)
    if plan is None:
        return None
    if isinstance(plan, dict):
        return plan.get(name)
    value = getattr(plan, name, None)
    if value is None:
        value = (getattr(plan, "extra", None) or {}).get(name)
    return value


def _member_state(case: Any) -> str | None:
    member = case.get("member") if isinstance(case, dict) else getattr(case, "member", None)
    if member is None:
        return None
    state = member.get("state") if isinstance(member, dict) else getattr(member, "state", None)
    return str(state).strip().upper() if state else None


def california_hint(case: Any) -> str | None:
    """ "dmhc" or "cdi" when the case's `plan.regulator` says which, else None."""
    hint = _plan_field(case, "regulator")
    if not isinstance(hint, str):
        return None
    words = hint.strip().lower()
    for key, value in CALIFORNIA_HINTS.items():
        if key in words:
            return value
    return None


def _no_state(kind: str, why: str) -> dict[str, Any]:
    medicaid = kind == "state_medicaid"
    check_at = MEDICAID_GOV if medicaid else NAIC_URL
    name = "Your state's Medicaid agency" if medicaid else "Your state's insurance department"
    office = {
        "name": name,
        "sources": [dict(s) for s in _data()["sources"]],
        "checked": None,
        "checked_how": "no state given",
        "notes": [],
    }
    return _result(office, kind, None, why, check_at, missing_state=True)


def _state_route(case: Any, state: str, plan_type: str) -> dict[str, Any]:
    short = plan_type == "short_term"
    why = (
        "Short-term plans are sold under state insurance law, so the state's insurance department takes complaints."
        if short
        else "Fully insured employer plans and individual plans are regulated by the state's insurance department."
    )
    if state != "CA":
        return _state_department(state, why)
    split = _data()["california"]["commercial_split"]["text"]
    cdi = _state_department("CA", f"{why} {split}")
    dmhc = _california("dmhc", "state_insurance_department", split)
    hint = california_hint(case)
    if hint == "cdi":
        cdi["why"] = (
            "Your plan information says the California Department of Insurance regulates this plan."
        )
        return cdi
    if hint == "dmhc":
        dmhc["why"] = (
            "Your plan information says the Department of Managed Health Care regulates this plan."
        )
        return dmhc
    dmhc["why"] = f"{split} Both are named here until you know which."
    cdi["why"] = (
        "Many PPO and EPO insurance policies in California are regulated by the Department of Insurance."
    )
    dmhc["also"].append(cdi)
    return dmhc


def _medicaid_route(state: str, plan_type: str | None = None) -> dict[str, Any]:
    """The state Medicaid route. Fee-for-service Medi-Cal has no managed-care plan, so the
    DMHC and the Medi-Cal Managed Care Ombudsman are not named for it."""
    managed = plan_type != "medicaid_fee_for_service"
    why = (
        "Medicaid and CHIP: first the plan's own grievance and appeal process, then the state Medicaid agency "
        "(a State fair hearing)."
        if managed
        else "Fee-for-service Medicaid: the state Medicaid agency decides, and you can ask it for a State fair hearing."
    )
    main = _medicaid(state, why)
    if state == "CA":
        hearings = _california(
            "state_hearings",
            "state_medicaid",
            "Takes requests for a State fair hearing (in California within 120 days of the plan's decision).",
        )
        if not managed:
            hearings["why"] = "Takes requests for a State fair hearing."
            main["also"] = [hearings]
            return main
        main["also"] = [
            _california(
                "dmhc",
                "state_insurance_department",
                "Medi-Cal managed-care plans licensed under Knox-Keene are also overseen by the DMHC.",
            ),
            _california(
                "medi_cal_ombudsman",
                "state_medicaid",
                "Helps Medi-Cal members with problems with their managed-care plan.",
            ),
            hearings,
        ]
        return main
    line = _medicaid_help_line(state)
    if line:
        main["also"].append(line)
    return main


def _government_route(case: Any, state: str | None, plan_type: str) -> dict[str, Any]:
    """A state or local government employer's plan: CMS, never EBSA (no ERISA)."""
    cms = _federal(
        "cms",
        "A state or local government employer's plan is not under ERISA; CMS enforces the "
        "federal health coverage rules for it (PHS Act §2723).",
    )
    if plan_type == "employer_self_funded":
        return cms
    if not state:
        result = _no_state(
            "state_insurance_department",
            "The plan is insured, so the state's insurance department oversees the insurer, but "
            f"the case names no state. Find it in the {NAIC_NAME}: {NAIC_URL}.",
        )
    else:
        result = _state_route(case, state, "employer_fully_insured")
    cms["why"] = (
        "CMS also enforces the federal rules for state and local government employer plans."
    )
    result["also"].append(cms)
    return result


def regulator_for(case: Any) -> dict[str, Any]:
    """The contract's `regulator` object for a case (a `Case` or its dict form).

    Keys: name, kind, state, complaint_url, phone, mail, also (same shape), sources,
    check_at, check_note, web_form_only, why, plus url, other_phones, checked, notes.
    """
    plan_type = _plan_field(case, "type") or "unknown"
    state = _member_state(case)
    if state and jurisdiction(state) is None:
        state = None
    if _plan_field(case, "sponsor") == "government" and plan_type in plan_types.EMPLOYER:
        return _government_route(case, state, plan_type)
    if plan_type == "employer_self_funded":
        return _federal(
            "federal_ebsa",
            "Self-funded employer plans are governed by ERISA; the Department of Labor's EBSA takes complaints.",
        )
    if plan_type == "fehb":
        return _federal(
            "opm",
            "FEHB plans: ask the plan to reconsider, then the Office of Personnel Management reviews.",
        )
    if plan_type == "tricare":
        return _federal(
            "tricare",
            "TRICARE: the regional contractor's appeal process, then the Defense Health Agency.",
        )
    if plan_type in plan_types.medicaid_types():
        if not state:
            return _no_state(
                "state_medicaid",
                "Medicaid and CHIP complaints go to the state's Medicaid agency, but the case names no state. "
                "Add the member's state, or find the agency at medicaid.gov.",
            )
        return _medicaid_route(state, plan_type)
    unknown = plan_type not in plan_types.state_department_types()
    if not state:
        result = _no_state(
            "state_insurance_department",
            "The case names no state. Add the member's state, or find your state's insurance department in "
            f"the {NAIC_NAME}: {NAIC_URL}.",
        )
    else:
        result = _state_route(case, state, plan_type)
    if unknown:
        result["why"] = (
            "The plan type is not known. Most employer and individual plans are regulated by the state's insurance "
            "department; if your employer pays claims itself (a self-funded plan), the Department of Labor's EBSA is "
            "the regulator instead. Ask your employer's benefits office which it is. "
            + result["why"]
        )
        result["also"].append(
            _federal(
                "federal_ebsa",
                "If the plan is self-funded by your employer, EBSA takes the complaint instead.",
            )
        )
    return result


def regulator_by_kind(kind: str, state: str | None = None) -> dict[str, Any] | None:
    """One regulator by kind (and state for the state kinds); None when it cannot be named."""
    if kind in FEDERAL_KINDS:
        return _federal(kind, "")
    if kind not in KINDS:
        raise ValueError(f"unknown regulator kind: {kind!r}")
    if jurisdiction(state) is None:
        return None
    state = state.strip().upper()
    if kind == "state_medicaid":
        return _medicaid_route(state)
    return _state_department(state, "The state's insurance department.")


def all_state_regulators() -> list[dict[str, Any]]:
    """Every state's, DC's and territory's insurance department, sorted by place name."""
    places = sorted(_data()["jurisdictions"].items(), key=lambda item: item[1]["name"])
    return [
        {**_state_department(code, "The state's insurance department."), "place": place["name"]}
        for code, place in places
    ]


def states() -> dict[str, str]:
    """Two-letter code -> place name, for every jurisdiction in the data."""
    return {code: place["name"] for code, place in _data()["jurisdictions"].items()}
