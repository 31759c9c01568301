"""`check(case)`: run every rule family over a case and gather the report."""

from __future__ import annotations

import datetime as dt

from helper.coverage.context import Context
from helper.coverage.letters import suggested_letters
from helper.coverage.report import Report
from helper.coverage.rules import RULE_MODULES, plan_type, route
from helper.i18n import base_language
from helper.model import Case


def check(case: Case | dict, lang: str = "en", today: dt.date | None = None) -> Report:
    """Check `case` against its plan type, the federal rules and its insurer policy.

    `lang` picks the language of messages (English when a text has no translation);
    `today` (default: the real date) is used only to say that a deadline has passed.
    A dict is read as case JSON first (raising ValidationError naming the bad field).
    """
    if isinstance(case, dict):
        case = Case.from_dict(case)
    ctx = Context(case, lang, today or dt.date.today())
    ctx.aca_status = plan_type.aca_status(case)
    ctx.regulator = route.regulator_for(ctx)
    findings = [finding for module in RULE_MODULES for finding in module.findings(ctx)]
    return Report(
        aca_preventive_applies=ctx.aca_applies,
        findings=findings,
        regulator=ctx.regulator,
        letters=suggested_letters(findings, ctx.aca_applies, ctx),
        aca_status=ctx.aca_status,
        lang=base_language(lang),
    )
