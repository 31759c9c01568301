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

from helper import plan_types
from helper.call_prep import codes_to_give, pushback_cards, questions
from helper.i18n import letter_kind_title, text
from helper.model import Case
from helper.next_actions import (
    SEVERITY_ORDER,
    letters_in,
    long_date,
    sources_of,
    without_letter_tag,
)


def _t(msg_id: str, lang: str, **params: str) -> str:
    """The summary's own text `msg_id` in `lang` (catalogue "summary" of `data/texts.json`;
    findings, questions and answers come translated from the checker and the knowledge)."""
    return text("summary", msg_id, lang, **params)


def plan_type_words(plan_type: str, lang: str = "en") -> str:
    """A plan type in words: "Job-based plan, fully insured" (en), "Plan del trabajo..." (es)."""
    return plan_types.label(plan_type, lang)


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


def _source_line(source: dict[str, Any], lang: str = "en") -> str:
    """Where a statement comes from: document and section (quotes are in the app)."""
    where = escape(re.sub(r"\s*\(seed [^)]*\)", "", source.get("document", "")))
    if source.get("section"):
        where += f", {escape(source['section'])}"
    return f'<span class="quiet">{_t("source", lang)}: {where}</span>'


def _visit_label(case: Case, key: str | None, lang: str = "en") -> str:
    if key is None:
        return ""
    for index, visit in enumerate(case.visits):
        if case.visit_key(index) == key:
            when = long_date(visit.date, lang) if visit.date else _t("no_date", lang)
            who = visit.provider.name or visit.provider.credential or _t("provider", lang)
            return _t("visit_of", lang, when=when, who=who)
    return _t("visit_key", lang, key=key)


def _findings_html(case: Case, findings: list[Any], lang: str = "en") -> str:
    if not findings:
        return f"<p>{_t('nothing_found', lang)}</p>"
    parts = []
    for severity in SEVERITY_ORDER:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        word = _t(f"severity.{severity}", lang)
        parts.append(f"<h3>{word} ({len(group)})</h3>")
        for finding in group:
            label = _visit_label(case, finding.visit, lang)
            text = f'<span class="sev">[{word}]</span> '
            if label:
                text += f"<i>{escape(label)}:</i> "
            text += escape(finding.message)
            step = without_letter_tag(finding.next_step)
            if step:
                text += f" <b>{_t('next_step', lang)}</b> {escape(step)}"
            if finding.due is not None:
                due = _t("due", lang, date=long_date(finding.due, lang))
                text += f" <b>{due}</b>"
            kinds = letters_in(finding.next_step)
            if kinds:
                names = ", ".join(letter_kind_title(k, lang) for k in kinds)
                names = _t("letter_in_app", lang, names=escape(names))
                text += f' <span class="quiet">{names}</span>'
            sources = sources_of(finding)
            if sources:
                text += " " + _source_line(sources[0], lang)
            parts.append(f"<p>{text}</p>")
    return "".join(parts)


def _regulator_html(regulator: dict[str, Any] | None, lang: str = "en") -> str:
    if not regulator:
        return ""
    bits = [f"<b>{escape(regulator.get('name', ''))}</b>"]
    for key, label in (("phone", "phone"), ("complaint_url", "complaints")):
        if regulator.get(key):
            bits.append(f"{_t(label, lang)}: {escape(str(regulator[key]))}")
    rows = ["<p>" + " · ".join(bits) + "</p>"]
    return f"<h2>{_t('who_to_complain_to', lang)}</h2>" + "".join(rows)


def _call_script_html(case: Case, lang: str = "en") -> str:
    parts = [f"<h2>{_t('call_script', lang)}</h2>", f"<p><b>{_t('ask', lang)}</b> "]
    parts.append(" ".join(f"{n}. {escape(q.text)}" for n, q in enumerate(questions(lang), start=1)))
    codes = "; ".join(
        f"<b>{escape(code.code)}</b> {escape(code.text)}" for code in codes_to_give(case, lang)
    )
    parts.append(f"</p><p><b>{_t('codes_to_give', lang)}</b> {codes}</p>")
    parts.append(f"<h3>{_t('if_they_say', lang)}</h3>")
    for card in pushback_cards(case, lang):
        answer = card.answers[-1]  # the most specific answer for this plan
        parts.append(
            f"<p><b>“{escape(card.they_say)}”</b> {_t('say', lang)} {escape(answer.say)} "
            f"{_source_line(answer.sources[0], lang)}</p>"
        )
    return "".join(parts)


def summary_html(
    case: Case,
    report: Any | None,
    today: dt.date,
    findings: Iterable[Any] | None = None,
    lang: str = "en",
) -> str:
    """The summary page in `lang` (the findings come in the language the check ran in).
    `findings` defaults to `report.findings`."""
    found = list(findings if findings is not None else (report.findings if report else []))
    member = case.member.name or "—"
    plan = case.plan
    plan_words = ", ".join(
        x for x in (plan.insurer, plan.plan_name, plan_type_words(plan.type, lang)) if x
    )
    ids = " · ".join(
        f"{_t(label, lang)} {escape(value)}"
        for label, value in (
            ("member_id", case.member.member_id),
            ("group", case.member.group_number),
        )
        if value
    )
    printed = _t("printed", lang, date=long_date(today, lang))
    head = [
        f"<h1>{_t('title', lang)}</h1>",
        f'<p class="quiet">{printed}</p>',
        "<table>",
        f"<tr><th>{_t('member', lang)}</th><td>{escape(member)}</td></tr>",
        f"<tr><th>{_t('plan', lang)}</th><td>{escape(plan_words)}</td></tr>",
    ]
    if ids:
        head.append(f"<tr><th>{_t('numbers', lang)}</th><td>{ids}</td></tr>")
    if case.baby.name or case.baby.birth_date:
        born = (
            _t("born", lang, date=long_date(case.baby.birth_date, lang))
            if case.baby.birth_date
            else ""
        )
        head.append(
            f"<tr><th>{_t('baby', lang)}</th><td>{escape(case.baby.name or '')}{born}</td></tr>"
        )
    head.append("</table>")
    body = [
        f"<h2>{_t('what_found', lang)}</h2>",
        _findings_html(case, found, lang),
        _regulator_html(getattr(report, "regulator", None), lang),
        _call_script_html(case, lang),
    ]
    return (
        f"<html><head><meta charset='utf-8'><style>{_STYLE}</style></head><body>"
        + "".join(head + body)
        + "</body></html>"
    )
