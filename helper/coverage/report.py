"""The result of a coverage check: findings with their sources, the regulator and letters.

`Report.to_dict()` is the `lactation-findings/1` object of docs/case-format.md;
`Report.to_text()` is the same content as readable text for the terminal.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from helper import i18n
from helper.knowledge import load

FINDINGS_FORMAT = "lactation-findings/1"
SEVERITIES = ("info", "warning", "problem", "action")
LETTER_KINDS = tuple(kind["id"] for kind in load("letter_kinds")["kinds"])  # in offer order


def long_date(value: dt.date, lang: str = "en") -> str:
    """A date as people read it: "March 9, 2027" (en), "9 de marzo de 2027" (es)."""
    return i18n.long_date(value, lang)


@dataclass(frozen=True)
class Source:
    """Where a rule comes from: a document, its section, and words quoted from it.

    `wording` is "summary" where `quote` restates the rule in the app's words (from
    shared FACTS) rather than the document's own words; such a source says so.
    """

    document: str
    section: str
    quote: str
    wording: str = "quoted"
    url: str | None = None  # where the text was read, and when
    read_on: str | None = None

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Source:
        return cls(
            str(data["document"]),
            str(data.get("section") or ""),
            str(data["quote"]),
            str(data.get("wording") or "quoted"),
            data.get("url") or None,
            data.get("read_on") or None,
        )

    def display_quote(self, lang: str = "en") -> str:
        """The quote in quotation marks, or marked as a summary ("(in summary) ...") in `lang`;
        the quote itself is never translated."""
        if self.wording == "summary":
            return i18n.text("report", "in_summary", lang, quote=self.quote)
        return f'"{self.quote}"'

    def to_dict(self) -> dict[str, str]:
        out = {"document": self.document, "section": self.section, "quote": self.quote}
        if self.wording != "quoted":
            out["wording"] = self.wording
        if self.url:
            out["url"] = self.url
        if self.read_on:
            out["read_on"] = self.read_on
        return out


@dataclass
class Finding:
    """One thing the check found. `visit` is the visit key, `line` the claim-line index."""

    kind: str
    severity: str
    message: str
    next_step: str
    sources: list[Source]
    visit: str | None = None
    line: int | None = None
    due: dt.date | None = None
    equipment: str | None = None  # added field: the equipment item's id or index

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "severity": self.severity,
            "visit": self.visit,
            "line": self.line,
            "equipment": self.equipment,
            "message": self.message,
            "next_step": self.next_step,
            "due": self.due.isoformat() if self.due else None,
            "sources": [source.to_dict() for source in self.sources],
        }


# The ACA statuses for which the rule's reach cannot be known from the case, or (FEHB) from
# any text the app has: §2713 does not bind FEHB by itself, and whether OPM's contract makes
# the plan cover the same care without cost sharing is in the plan's brochure.
UNKNOWN_ACA_STATUSES = ("grandfathered_unknown", "unknown_type", "fehb")


@dataclass
class Report:
    aca_preventive_applies: bool
    findings: list[Finding] = field(default_factory=list)
    regulator: dict[str, Any] | None = None
    letters: list[str] = field(default_factory=list)
    aca_status: str = ""  # helper.coverage.rules.plan_type.aca_status
    lang: str = "en"  # the language the check wrote its findings in: to_text's default

    def aca_answer(self) -> bool | None:
        """True (applies), False (does not apply) or None (unknown: the case does not say
        the plan type or whether it is grandfathered, or an FEHB plan, whose brochure
        decides); the same in text and JSON."""
        if self.aca_preventive_applies:
            return True
        return None if self.aca_status in UNKNOWN_ACA_STATUSES else False

    def kinds(self) -> list[str]:
        return [finding.kind for finding in self.findings]

    def of_kind(self, kind: str) -> list[Finding]:
        return [finding for finding in self.findings if finding.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FINDINGS_FORMAT,
            "aca_preventive_applies": self.aca_answer(),
            "findings": [finding.to_dict() for finding in self.findings],
            "regulator": self.regulator,
            "letters": list(self.letters),
        }

    def to_text(self, lang: str | None = None) -> str:
        """Readable text: each finding in words with its next step, due date and the numbers of
        its sources, then each source quoted once at the end.

        The same answers as `to_dict()`; internal ids (finding kinds, letter kinds) are not
        shown: letters are named by their titles. Headings, labels, dates and letter titles
        are in `lang` (default: the language the report was checked in); the findings are in
        the language of the check, and sources are quoted as they are.
        """
        from helper.i18n import letter_kind_title
        from helper.next_actions import letters_in, without_letter_tag

        lang = i18n.base_language(lang or self.lang)

        def words(msg_id: str, **params: Any) -> str:
            return i18n.text("report", msg_id, lang, **params)

        answer = {True: "applies", False: "does_not_apply", None: "unknown"}[self.aca_answer()]
        out = [words("title"), words("aca_rule", answer=words(f"aca.{answer}")), ""]
        numbers: dict[tuple, int] = {}  # each source quoted once, at the end, by number
        first_seen: dict[tuple, Source] = {}
        for number, finding in enumerate(self.findings, 1):
            where = []
            if finding.visit is not None:
                where.append(words("where.visit", visit=finding.visit))
            if finding.line is not None:
                where.append(words("where.line", line=finding.line + 1))
            if finding.equipment is not None:
                where.append(words("where.equipment", equipment=finding.equipment))
            place = f" ({', '.join(where)})" if where else ""
            out.append(f"{number}. {_severity(finding.severity, lang)}{place}")
            out.append(f"   {finding.message}")
            step = without_letter_tag(finding.next_step)
            if step:
                out.append(f"   {words('next_step')} {step}")
            titles = [
                letter_kind_title(kind, lang)
                for kind in letters_in(finding.next_step)
                if kind in self.letters
            ]
            if titles:
                out.append(f"   {words('letter')} " + "; ".join(titles))
            if finding.due:
                date = long_date(finding.due, lang)
                out.append("   " + words("due", date=date, iso_date=finding.due.isoformat()))
            if finding.sources:
                cited = [f"[{numbers.setdefault(_key(s), len(numbers) + 1)}] {_cite(s)}"
                         for s in finding.sources]  # fmt: skip
                for source in finding.sources:
                    first_seen.setdefault(_key(source), source)
                out.append(f"   {words('sources')} " + "; ".join(cited))
            out.append("")
        if self.regulator:
            name = self.regulator.get("name") or words("regulator.unknown")
            out.append(words("regulator", name=name))
            for key in ("complaint_url", "phone", "mail"):
                if self.regulator.get(key):
                    value = ", ".join(str(self.regulator[key]).splitlines())
                    out.append("   " + words(f"regulator.{key}", value=value))
            out.append("")
        if self.letters:
            out.append(words("letters"))
            out += [f"   - {letter_kind_title(kind, lang)}" for kind in self.letters]
            out.append("")
        if numbers:
            out.append(words("sources"))
            for key, index in numbers.items():
                source = first_seen[key]
                out.append(f"   [{index}] {_cite(source)}: {source.display_quote(lang)}")
        return "\n".join(out).rstrip() + "\n"


def _severity(severity: str, lang: str) -> str:
    """ "PROBLEM", "TO DO", "WATCH", "NOTE" (en); a severity the catalogue lacks as it is."""
    msg_id = f"severity.{severity}"
    if msg_id not in i18n.english_texts("report"):
        return severity
    return i18n.text("report", msg_id, lang)


def _key(source: Source) -> tuple:
    return (source.document, source.section, source.display_quote())


def _cite(source: Source) -> str:
    """ "45 CFR 147.130, (a)(1)(iv)": the document and, when it adds to it, the section."""
    section = source.section if source.section and source.section not in source.document else ""
    return f"{source.document}, {section}" if section else source.document
