"""Any valid case gives a report without an exception, and every finding has a source."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helper.coverage import check
from helper.model import CREDENTIALS, PLAN_TYPES, Case

CODES = [
    "S9443",
    "98960",
    "98961",
    "99401",
    "G0513",
    "99429",
    "Z5023",
    "Z5021",
    "G0300",
    "99213",
    "x1",
]
EQUIPMENT = ["E0602", "E0603", "E0604", "A9900", "A4281", "A4286", "E0601"]
DIAGNOSES = ["Z39.1", "Z39.2", "O91.21", "P92.5", "R63.3", "R10.9", "z391"]
POLICIES = [None, "bcbsnm-cpcp043", "healthnet-medi-cal-lactation", "ccah-breastfeeding", "nope"]

dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2032, 12, 31)).map(
    dt.date.isoformat
)
maybe_bool = st.sampled_from([True, False, None])
claims = st.one_of(
    st.none(),
    st.fixed_dictionaries(
        {
            "status": st.sampled_from(
                ["not_submitted", "pending", "paid", "partially_paid", "denied"]
            ),
            "denial_date": st.one_of(st.none(), dates),
            "final_denial_date": st.one_of(st.none(), dates),
            "member_cost": st.one_of(st.none(), st.floats(0, 5000)),
        }
    ),
)
lines = st.fixed_dictionaries(
    {
        "code": st.sampled_from(CODES),
        "units": st.integers(1, 6),
        "diagnoses": st.lists(st.sampled_from(DIAGNOSES), max_size=2),
    }
)
visits = st.fixed_dictionaries(
    {
        "date": dates,
        "provider": st.fixed_dictionaries(
            {
                "name": st.sampled_from(["A", "B", None]),
                "credential": st.sampled_from([*CREDENTIALS, None]),
                "network": st.sampled_from(["in", "out", "unknown"]),
                "participating_medi_cal_provider": maybe_bool,
            }
        ),
        "setting": st.sampled_from(
            ["office", "home", "telehealth", "hospital_outpatient", "inpatient", None]
        ),
        "minutes": st.one_of(st.none(), st.integers(0, 240)),
        "billed_under": st.sampled_from(["mother", "baby", "both", None]),
        "program": st.sampled_from([None, "CPSP"]),
        "prior_authorization": maybe_bool,
        "lines": st.lists(lines, max_size=3),
        "claim": claims,
        "travel_minutes": st.integers(0, 90),
    }
)
equipment = st.fixed_dictionaries(
    {
        "date": dates,
        "code": st.sampled_from(EQUIPMENT),
        "modifier": st.sampled_from([None, "NU", "RR"]),
        "rental_days": st.one_of(st.none(), st.integers(0, 200)),
        "prior_authorization": maybe_bool,
        "diagnoses": st.lists(st.sampled_from(DIAGNOSES), max_size=2),
        "claim": claims,
    }
)
cases = st.fixed_dictionaries(
    {
        "format": st.just("lactation-case/1"),
        "member": st.fixed_dictionaries(
            {"state": st.sampled_from([None, "NM", "CA", "NY", "TX", "PR"])}
        ),
        "plan": st.fixed_dictionaries(
            {
                "policy": st.sampled_from(POLICIES),
                "type": st.sampled_from(PLAN_TYPES),
                "grandfathered": maybe_bool,
            }
        ),
        "baby": st.fixed_dictionaries(
            {"birth_date": st.one_of(st.none(), dates), "multiples": st.integers(1, 3)}
        ),
        "in_network_lactation_provider_available": maybe_bool,
        "visits": st.lists(visits, max_size=6),
        "equipment": st.lists(equipment, max_size=4),
    }
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases, st.sampled_from(["en", "es", "fr"]))
def test_any_valid_case_gives_a_report_with_sources(data, lang):
    case = Case.from_dict(data)
    report = check(case, lang=lang, today=dt.date(2027, 1, 1))
    out = report.to_dict()
    assert json.loads(json.dumps(out)) == out
    keys = {case.visit_key(i) for i in range(len(case.visits))}
    for finding in report.findings:
        assert finding.sources, finding.kind
        assert all(s.document and s.quote for s in finding.sources)
        assert finding.severity in ("info", "warning", "problem", "action")
        assert finding.message and "{" not in finding.message, finding.message
        assert "{" not in finding.next_step
        assert finding.visit is None or finding.visit in keys
    assert report.findings[-1].kind == "complaint_route"
    if case.plan.type in ("medicaid_managed_care", "medicaid_fee_for_service", "chip"):
        assert "cost_sharing_on_preventive" not in report.kinds()
        assert report.aca_preventive_applies is False
