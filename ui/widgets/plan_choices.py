"""Plain-words labels for the choices the set-up asks about (plan types, policies, states).

Kept apart from the dialog so other forms (the coverage page's plan editor) can show the
same words. Each explanation says what the choice means; none states a rule.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
    """(plan.policy id, readable name, insurer name) for the insurer policies the app knows."""
    return [
        (
            "bcbsnm-cpcp043",
            _tr("Blue Cross and Blue Shield of New Mexico (CPCP043)"),
            "Blue Cross and Blue Shield of New Mexico",
        ),
        ("healthnet-medi-cal-lactation", _tr("Health Net Medi-Cal"), "Health Net"),
        (
            "ccah-breastfeeding",
            _tr("Central California Alliance for Health"),
            "Central California Alliance for Health",
        ),
        (None, _tr("Not listed / I don't know"), ""),
    ]


def policy_explanation() -> str:
    return _tr(
        "Some insurers publish a policy on how they pay for lactation support. If yours is "
        "listed, the app checks your claims against it. If not, choose \"Not listed / I don't "
        'know".'
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
