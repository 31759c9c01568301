"""One module per rule family. Each has `findings(ctx) -> Iterable[Finding]`.

The order here is the order findings appear in a report: what kind of plan it is first,
then billing and policy rules, then deadlines, and who takes a complaint last.
"""

from helper.coverage.rules import (
    authorization,
    billing_codes,
    deadlines,
    denial_reasons,
    diagnoses,
    dyad,
    equipment,
    inpatient,
    medicaid_state,
    network,
    plan_type,
    policy_notes,
    provider_eligibility,
    pump_rental,
    route,
    supplies,
    units,
    windows,
)

RULE_MODULES = (
    plan_type,
    policy_notes,
    medicaid_state,
    network,
    provider_eligibility,
    billing_codes,
    units,
    diagnoses,
    dyad,
    inpatient,
    authorization,
    windows,
    equipment,
    pump_rental,
    supplies,
    denial_reasons,
    deadlines,
    route,
)
