"""The one-page coverage summary (HTML for print and PDF): what the checker found, and the
call script to have at hand when phoning the plan.

Plain HTML that Qt's rich-text engine renders (QTextDocument): simple tables and
headings, no CSS layout it does not support. Every value is HTML-escaped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from html import escape
from typing import Any

from helper.call_prep import codes_to_give, pushback_cards, questions
from helper.model import Case
from helper.next_actions import (
    SEVERITY_ORDER,
    letters_in,
    long_date,
    sources_of,
    without_letter_tag,
)

SEVERITY_WORDS = {
    "problem": "Problem",
    "action": "Action needed",
    "warning": "Warning",
    "info": "Good to know",
}

PLAN_TYPE_WORDS = {
    "employer_fully_insured": "Job-based plan, fully insured",
    "employer_self_funded": "Job-based plan, self-funded",
    "individual_marketplace": "Marketplace plan",
    "individual_off_marketplace": "Plan bought directly",
    "medicaid_managed_care": "Medicaid managed care",
    "medicaid_fee_for_service": "Medicaid fee-for-service",
    "chip": "CHIP",
    "fehb": "Federal Employees Health Benefits (FEHB)",
    "tricare": "TRICARE",
    "short_term": "Short-term plan",
    "unknown": "Plan type not known yet",
}

_STYLE = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 8pt; color: #000; }
h1 { font-size: 15pt; margin: 0 0 4pt 0; }
h2 { font-size: 10.5pt; margin: 6pt 0 2pt 0; }
h3 { font-size: 10pt; margin: 6pt 0 2pt 0; }
p { margin: 2pt 0; }
td, th { padding: 2pt 4pt; vertical-align: top; }
th { text-align: left; }
.quiet { color: #444; font-size: 7pt; }
.sev { font-weight: bold; }
"""


def _source_line(source: dict[str, Any]) -> str:
    """Where a statement comes from: document and section (quotes are in the app)."""
    where = escape(re.sub(r"\s*\(seed [^)]*\)", "", source.get("document", "")))
    if source.get("section"):
        where += f", {escape(source['section'])}"
    return f'<span class="quiet">Source: {where}</span>'


def _visit_label(case: Case, key: str | None) -> str:
    if key is None:
        return ""
    for index, visit in enumerate(case.visits):
        if case.visit_key(index) == key:
            when = long_date(visit.date) if visit.date else "no date"
            who = visit.provider.name or visit.provider.credential or "provider"
            return f"Visit of {when} ({who})"
    return f"Visit {key}"


def _findings_html(case: Case, findings: list[Any]) -> str:
    if not findings:
        return "<p>The checker found nothing to act on for this case.</p>"
    parts = []
    for severity in SEVERITY_ORDER:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        parts.append(f"<h3>{SEVERITY_WORDS[severity]} ({len(group)})</h3>")
        for finding in group:
            label = _visit_label(case, finding.visit)
            text = f'<span class="sev">[{SEVERITY_WORDS[severity]}]</span> '
            if label:
                text += f"<i>{escape(label)}:</i> "
            text += escape(finding.message)
            step = without_letter_tag(finding.next_step)
            if step:
                text += f" <b>Next step:</b> {escape(step)}"
            if finding.due is not None:
                text += f" <b>Due: {long_date(finding.due)}.</b>"
            kinds = letters_in(finding.next_step)
            if kinds:
                names = ", ".join(k.replace("_", " ") for k in kinds)
                text += f' <span class="quiet">Letter in the app: {escape(names)}.</span>'
            sources = sources_of(finding)
            if sources:
                text += " " + _source_line(sources[0])
            parts.append(f"<p>{text}</p>")
    return "".join(parts)


def _regulator_html(regulator: dict[str, Any] | None) -> str:
    if not regulator:
        return ""
    bits = [f"<b>{escape(regulator.get('name', ''))}</b>"]
    for key, label in (("phone", "Phone"), ("complaint_url", "Complaints")):
        if regulator.get(key):
            bits.append(f"{label}: {escape(str(regulator[key]))}")
    rows = ["<p>" + " · ".join(bits) + "</p>"]
    return "<h2>Who to complain to</h2>" + "".join(rows)


def _call_script_html(case: Case) -> str:
    parts = ["<h2>Call script</h2>", "<p><b>Ask:</b> "]
    parts.append(" ".join(f"{n}. {escape(q.text)}" for n, q in enumerate(questions(), start=1)))
    codes = "; ".join(
        f"<b>{escape(code.code)}</b> {escape(code.text)}" for code in codes_to_give(case)
    )
    parts.append(f"</p><p><b>Codes to give:</b> {codes}</p>")
    parts.append("<h3>If they say…</h3>")
    for card in pushback_cards(case):
        answer = card.answers[-1]  # the most specific answer for this plan
        parts.append(
            f"<p><b>“{escape(card.they_say)}”</b> Say: {escape(answer.say)} "
            f"{_source_line(answer.sources[0])}</p>"
        )
    return "".join(parts)


def summary_html(
    case: Case, report: Any | None, today: dt.date, findings: Iterable[Any] | None = None
) -> str:
    """The summary page. `findings` defaults to `report.findings`."""
    found = list(findings if findings is not None else (report.findings if report else []))
    member = case.member.name or "—"
    plan = case.plan
    plan_words = ", ".join(
        x for x in (plan.insurer, plan.plan_name, PLAN_TYPE_WORDS.get(plan.type, plan.type)) if x
    )
    ids = " · ".join(
        f"{label} {escape(value)}"
        for label, value in (
            ("Member ID", case.member.member_id),
            ("Group", case.member.group_number),
        )
        if value
    )
    head = [
        "<h1>Lactation coverage summary</h1>",
        f'<p class="quiet">Printed {long_date(today)}. Information, not legal advice.</p>',
        "<table>",
        f"<tr><th>Member</th><td>{escape(member)}</td></tr>",
        f"<tr><th>Plan</th><td>{escape(plan_words)}</td></tr>",
    ]
    if ids:
        head.append(f"<tr><th>Numbers</th><td>{ids}</td></tr>")
    if case.baby.name or case.baby.birth_date:
        born = f", born {long_date(case.baby.birth_date)}" if case.baby.birth_date else ""
        head.append(f"<tr><th>Baby</th><td>{escape(case.baby.name or '')}{born}</td></tr>")
    head.append("</table>")
    body = [
        "<h2>What the checker found</h2>",
        _findings_html(case, found),
        _regulator_html(getattr(report, "regulator", None)),
        _call_script_html(case),
    ]
    return (
        f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"
        + "".join(head + body)
        + "</body></html>"
    )
