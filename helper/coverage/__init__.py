"""The coverage checker: `check(case) -> Report` with findings, each with its sources.

Rules live in `helper/coverage/rules/` (one module per family); their numbers, code lists
and quotes come from `data/policies/*.json` and `data/federal.json`, and their words from
`data/finding_texts.json`.
"""

from helper.coverage.check import check
from helper.coverage.report import FINDINGS_FORMAT, LETTER_KINDS, Finding, Report, Source, long_date

__all__ = ["FINDINGS_FORMAT", "LETTER_KINDS", "Finding", "Report", "Source", "check", "long_date"]
