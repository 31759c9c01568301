"""Plain-words labels for the choices the set-up asks about (plan types, policies, states).

Kept apart from the dialog so other forms (the coverage page's plan editor) can show the
same words. Each explanation says what the choice means; none states a rule.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from helper.coverage.report import long_date
from helper.policy_info import known_policies, policy_request
from ui.i18n import current_language


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanChoices", text)


def plan_type_choices() -> list[tuple[str, str, str]]:
    """(plan.type value, label, explanation) in the order the set-up lists them."""
    return [
        (
            "employer_fully_insured",
            _tr("Job-based plan bought from an insurance company (fully insured)"),
            _tr(
                "Your employer (or your partner's) buys the plan from an insurance "
                "company, and the insurance company pays the claims."
            ),
        ),
        (
            "employer_self_funded",
            _tr("Job-based plan paid by the employer itself (self-funded)"),
            _tr(
                "The employer pays the claims from its own money. An insurance company "
                "may only handle the paperwork, so its name can still be on your card."
            ),
        ),
        (
            "individual_marketplace",
            _tr("Marketplace plan (HealthCare.gov or your state's marketplace)"),
            _tr("A plan you bought yourself through HealthCare.gov or your state's marketplace."),
        ),
        (
            "individual_off_marketplace",
            _tr("Other plan you bought yourself"),
            _tr(
                "A plan you bought directly from an insurance company or through a broker, "
                "not through the marketplace."
            ),
        ),
        (
            "medicaid_managed_care",
            _tr("Medicaid through a health plan (managed care)"),
            _tr(
                "Medicaid (for example Medi-Cal) where a health plan, such as Health Net or "
                "Central California Alliance for Health, runs your care and gives you its card."
            ),
        ),
        (
            "medicaid_fee_for_service",
            _tr("Medicaid paid directly by the state (fee-for-service)"),
            _tr(
                "Medicaid where the state pays your providers itself, with no separate health plan."
            ),
        ),
        (
            "chip",
            _tr("CHIP (Children's Health Insurance Program)"),
            _tr("Your state's Children's Health Insurance Program."),
        ),
        (
            "fehb",
            _tr("Federal employee plan (FEHB)"),
            _tr(
                "A plan from the Federal Employees Health Benefits program, for federal "
                "workers and their families."
            ),
        ),
        (
            "tricare",
            _tr("TRICARE (military)"),
            _tr("The health program for service members, retirees and their families."),
        ),
        (
            "short_term",
            _tr("Short-term plan"),
            _tr(
                "Short-term, limited-duration insurance: a temporary plan, often for a few months."
            ),
        ),
        (
            "unknown",
            _tr("I don't know"),
            _tr(
                "That's fine. The app will tell you what to check, and you can change "
                "this once you know."
            ),
        ),
    ]


def how_to_find_plan_type() -> str:
    return _tr(
        "How to find out: your insurance card and plan papers usually say what kind of plan "
        "it is. For a job-based plan, whether it is self-funded or fully insured is written "
        "in the Summary Plan Description (SPD); you can also ask your employer's HR or "
        "benefits office."
    )


def grandfathered_choices() -> list[tuple[bool | None, str]]:
    """(plan.grandfathered value, label)."""
    return [(None, _tr("I don't know")), (False, _tr("No")), (True, _tr("Yes"))]


def grandfathered_explanation() -> str:
    return _tr(
        "A grandfathered plan is one that was in force on March 23, 2010 and has not changed "
        "in the ways the rule lists (45 CFR 147.140). A grandfathered plan must say so in its "
        "plan materials (45 CFR 147.140(a)(2)). If your plan papers do not say, or you are "
        'not sure, choose "I don\'t know".'
    )


def policy_choices() -> list[tuple[str | None, str, str]]:
    """(plan.policy id, readable name with its date, insurer name) for the insurer policies
    the app has (data/policies/), then "not listed"."""
    rows = [
        (row["id"], policy_label(row), row["insurer"]) for row in known_policies(current_language())
    ]
    return [*rows, (None, _tr("Not listed / I don't know"), "")]


def policy_label(row: dict) -> str:
    """'Aetna policy 0421 "Breast Pumps" (date not known)': the name, and its date when the
    app records one."""
    return f"{row['name']} ({row['date']})" if row["date"] else row["name"]


def policy_note(policy_id: str | None, insurer: str) -> str:
    """Under the policy choice: the chosen policy's date and where to read the current one;
    with none chosen, which policy to ask the insurer for (data/policy_requests.json)."""
    row = next((r for r in known_policies(current_language()) if r["id"] == policy_id), None)
    if row is not None:
        if not row["url"]:
            return ""
        return _tr(
            "{name}, {date}. Policies change: read the current one at {url} (the app's copy "
            "was read on {read_on})."
        ).format(
            name=row["name"],
            date=row["date"],
            url=row["url"],
            read_on=long_date(dt.date.fromisoformat(row["read_on"]), current_language()),
        )
    ask_for = policy_request(insurer, current_language())
    if not ask_for:
        return _tr(
            "Without the insurer's policy, the app checks the federal rules and your plan type."
        )
    return _tr(
        "The app does not have {insurer}'s policy, so it checks the federal rules and your "
        "plan type. Ask {insurer} in writing for {ask_for}."
    ).format(insurer=insurer.strip(), ask_for=ask_for)


def policy_explanation() -> str:
    return _tr(
        "Some insurers publish a policy on how they pay for lactation support and breast "
        "pumps. If yours is listed, the app checks your claims against it. If not, choose "
        '"Not listed / I don\'t know": the federal rules still apply.'
    )


STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee",
    "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington",
    "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming", "PR": "Puerto Rico",
    "GU": "Guam", "VI": "U.S. Virgin Islands", "AS": "American Samoa",
    "MP": "Northern Mariana Islands",
}  # fmt: skip


def state_choices(codes: list[str]) -> list[tuple[str, str]]:
    """(code, "New Mexico (NM)") sorted by name, so typing a name's first letters finds it."""
    rows = [(code, f"{STATE_NAMES.get(code, code)} ({code})") for code in codes]
    return sorted(rows, key=lambda row: row[1])
