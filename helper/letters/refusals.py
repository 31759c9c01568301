"""When a letter must not be written, and what to do instead.

A letter is refused, with the next step, when it cannot fit the plan (an ACA appeal for a
Medicaid plan), when the facts it would rest on are not in the case (a gap exception for a
visit that was in network), or when the claim is past the stage the letter is for: an
appeal for a claim whose internal appeal is over, already sent, or whose window has closed;
an external review request for a claim already in review; a complaint, an external review
or a "corrected codes" reprocessing letter for a claim with nothing to contest (paid in full,
pending or not billed; a "reverse" letter, for care never received, may be about a paid or
pending claim). Without a visit chosen, an external review request is only about claims at
their final decision. Every refusal has a reason id so it can be said in Spanish
(`data/i18n/es/letter_facts.json`, "not_applicable").
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from helper import deadlines as dl
from helper import plan_types
from helper.claims import claim_stage
from helper.claims.reasons import letter_for
from helper.i18n import ENGLISH, LANGUAGES, base_language, long_date, section, text
from helper.letters.errors import LetterNotApplicable
from helper.letters.kinds import LetterKind
from helper.letters.services import Service, select_services
from helper.model import Case

NOT_APPLICABLE = {
    "not_aca": "This letter relies on the ACA preventive-care rule, which does not reach this "
    "kind of plan. Use the plan appeal letter (plan_appeal) instead.",
    "grandfathered": "Your plan is grandfathered, so the ACA preventive-care rule does not "
    "reach it (45 CFR 147.140). Use the plan appeal letter (plan_appeal) instead.",
    "network_has_provider": "Your case says the plan has an in-network lactation provider "
    "available, so a gap exception has no basis. Check the plan's directory again, or use "
    "an appeal.",
    "visit_in_network": "The visit on {date} was with an in-network provider, so it needs no "
    "gap exception. If the plan charged you for it, use an appeal instead.",
    "gap_exception_for_equipment": "A gap exception is about a visit with an out-of-network "
    "lactation provider, not a pump or supplies. Choose a visit, or use an appeal for the pump.",
    "appeal_closed": "The plan already made its final decision on claim {claim} ({date}), so "
    "its internal appeal is over and another appeal would not be considered. The next step "
    "is {next}, or a complaint to the regulator.",
    "nothing_to_appeal_paid": "Claim {claim} was paid in full and you were charged nothing, "
    "so there is nothing to appeal. If the provider still bills you, show them the plan's "
    "Explanation of Benefits; if the plan later charges you, you can appeal then.",
    "nothing_to_appeal_pending": "Claim {claim} is still being processed, so there is nothing "
    "to appeal yet: wait for the plan's decision (the Explanation of Benefits). If the plan "
    "denies it or charges you, you can appeal then.",
    "nothing_to_appeal_not_billed": "Claim {claim} has not been billed to the plan yet, so "
    "there is nothing to appeal yet: ask your provider to bill it, then wait for the plan's "
    "decision (the Explanation of Benefits).",
    "nothing_to_contest_paid": "Claim {claim} was paid in full and you were charged nothing, "
    "so there is nothing to contest. If the provider still bills you, show them the plan's "
    "Explanation of Benefits; if the plan later charges you, you can appeal then.{reverse}",
    "nothing_to_contest_pending": "Claim {claim} is still being processed, so there is nothing "
    "to contest yet: wait for the plan's decision (the Explanation of Benefits). If the plan "
    "denies it or charges you, you can appeal then.{reverse}",
    "nothing_to_contest_not_billed": "Claim {claim} has not been billed to the plan yet, so "
    "there is nothing to contest yet: ask your provider to bill it, then wait for the plan's "
    "decision (the Explanation of Benefits).",
    "review_needs_final_decision": "The plan has not made a final decision on claim {claim}, "
    "and an external review comes only after it. The next step is to appeal the denial to "
    "the plan (the denial notice says how and by when); if the plan keeps its denial, you can "
    "then ask for an external review.",
    "review_decided": "An outside review of claim {claim} was decided on {date}, so the "
    "claim is closed and a letter cannot treat it as open. If the decision was in your favor "
    "and the plan has not paid, contact the office that ran the review (its decision letter "
    "names it); if not, a legal aid office or a lawyer can tell you whether you can still go "
    "to court.",
    "reprocessing_after_final_decision": "The plan made its final decision on claim {claim} "
    "({date}) and did not deny it for a coding or billing error, so a corrected claim would "
    "not reopen it. The next step is {next}. (If the claim is for care you did not receive, "
    "the letter can ask the plan to reverse it instead.)",
    "appeal_already_sent": "You sent your appeal of claim {claim} on {date}; the plan must "
    "decide it before anything else. If it is late, call the plan and log the call, or "
    "complain to the regulator.",
    "appeal_window_closed": "The time to appeal claim {claim} ended on {date}. If you "
    "received the denial later than its date, or had a serious reason for the delay, ask "
    "the plan in writing whether it will still accept an appeal; you can also ask for the "
    "claim file or complain to the regulator.",
    "review_already_requested": "An outside review of claim {claim} was already requested "
    "on {date}. Wait for its decision; if it is late, contact the office that runs the "
    "review.",
    "review_medicaid": "Medicaid has no external review of this kind: the next step is a "
    "State fair hearing, which your state Medicaid agency runs (after the plan's appeal "
    "decision when a health plan runs your Medicaid; the notice says how to ask).",
    "review_chip": "This letter asks for the external review of private plans, which CHIP does "
    "not use. After the plan's appeal decision, a separate CHIP program gives an independent "
    "external review by the State or a reviewer other than the plan (42 CFR 457.1130(b), "
    "457.1150(b)); a CHIP run as part of Medicaid gives a State fair hearing instead. The "
    "plan's decision notice says which one, how to ask and by when.",
    "opm_decided": "OPM decided its review of claim {claim} on {date}. That ends FEHB's "
    "disputed-claims process (5 CFR 890.105(a)(1)): there is no further appeal to the plan "
    "or to OPM. What is left is a lawsuit in federal court against OPM, not the plan "
    "(5 CFR 890.107(c)), brought no later than {last}; talk to a lawyer if you consider it.",
    "review_tricare": "TRICARE has no external review. After your regional contractor's "
    "reconsideration, the next level is a formal review by the Defense Health Agency, mailed "
    "within 60 days of the date on the reconsideration decision (32 CFR 199.10(c)); a "
    "medical-necessity denial goes on as the reconsideration decision says. That decision "
    "says where to write.",
    "review_grandfathered": "Your plan is grandfathered, so the federal external review rules "
    "do not reach it (45 CFR 147.140). The plan's final decision letter says whether you can "
    "ask for an outside review; you can also complain to the regulator.",
    "review_none": "This kind of plan has no external review this letter can ask for. The "
    "plan's final decision letter says what is left; you can also complain to the regulator.",
    "review_window_closed": "The time to ask for external review of claim {claim} ended on "
    "{date}. If you received the final decision later than its date, ask the reviewing "
    "office whether your request can still be accepted; you can also complain to the "
    "regulator.",
}


def refuse(reason: str, **params: Any) -> LetterNotApplicable:
    """The refusal `reason`, in English, with its values kept for another language (a value
    may be words per language: {"en": ..., "es": ...})."""
    shown = {k: _shown(v, ENGLISH) for k, v in params.items()}
    return LetterNotApplicable(NOT_APPLICABLE[reason].format(**shown), reason, params)


def _shown(value: Any, lang: str) -> Any:
    if isinstance(value, dt.date):
        return long_date(value, lang)
    if isinstance(value, dict):
        return value.get(lang) or value.get(ENGLISH, "")
    return value


def _next_step(case: Case) -> dict[str, str]:
    """After the plan's final decision, the outside review this plan has, in words."""
    from helper.letters.review import has_review, review_context

    plan_type = case.plan.type
    if plan_type in ("fehb", "tricare", "chip"):
        return _in_each_language(f"next_step.{plan_type}")
    if plan_type in plan_types.medicaid_types():
        return _in_each_language("next_step.medicaid")
    if has_review(case):
        review = review_context(case, [], dt.date.today()) or {}
        body = review.get("body")
        if review.get("imr"):
            return _in_each_language("next_step.imr", body=body)
        if body and review.get("request_to") == "agency":
            return _in_each_language("next_step.agency", body=body)
        return _in_each_language("next_step.independent")
    return _in_each_language("next_step.named")


def _in_each_language(msg_id: str, **params: Any) -> dict[str, str]:
    """Text `msg_id` of catalogue "refusals" in every shipped language, by language."""
    return {lang: text("refusals", msg_id, lang, **params) for lang in LANGUAGES}


def check_applicable(kind: LetterKind, case: Case) -> None:
    """Raise LetterNotApplicable when the kind cannot fit this plan at all."""
    if kind.id == "gap_exception" and case.in_network_lactation_provider_available is True:
        raise refuse("network_has_provider")
    if kind.plans == "review":
        _check_review(case)
        return
    if kind.plans != "aca":
        return
    plan_type = case.plan.type
    if plan_type != "unknown" and plan_type not in plan_types.aca_types():
        raise refuse("not_aca")
    if plan_type in plan_types.aca_types() and case.plan.grandfathered is True:
        raise refuse("grandfathered")


def _check_review(case: Case) -> None:
    from helper.letters.review import has_review

    plan = case.plan
    if plan.type == "unknown" or has_review(case):
        return
    if plan.type == "chip":
        raise refuse("review_chip")
    if plan.type in plan_types.medicaid_types():
        raise refuse("review_medicaid")
    if plan.type == "tricare":
        raise refuse("review_tricare")
    if plan.grandfathered is True:
        raise refuse("review_grandfathered")
    raise refuse("review_none")


def fits(kind: LetterKind, case: Case) -> bool:
    """The kind can be written for this plan (the letters to offer)."""
    try:
        check_applicable(kind, case)
    except LetterNotApplicable:
        return False
    return True


def letter_services(
    kind: LetterKind,
    case: Case,
    visit_id: str | None,
    today: dt.date,
    mode: str | None = None,
    keep: set[str] | None = None,
) -> list[Service]:
    """The services the letter is about (`visit_id`, or those that fit the kind), at their
    claims' stages on `today`; raises LetterNotApplicable when the letter does not fit.

    `mode`: a reprocessing letter's "corrected" or "reverse"; `keep`: the services' prefixes
    to keep (those chosen before the typed facts changed the case)."""
    check_applicable(kind, case)
    services = select_services(kind, case, visit_id)
    if keep is not None:
        services = [s for s in services if s.prefix in keep]
    return services_at_stage(kind, case, services, visit_id is not None, today, mode)


def refused(kind: LetterKind, case: Case, today: dt.date) -> LetterNotApplicable | None:
    """Why the letter about the case's claims (no visit chosen) is refused on `today`, or
    None when it can be written: what the checker's list of letters asks."""
    try:
        check_applicable(kind, case)
        services = select_services(kind, case, None)
    except LetterNotApplicable as error:
        return error
    first: LetterNotApplicable | None = None
    for service in services:  # as letter_services decides, stopping at the first that fits
        problem = _stage_problem(kind, case, service, today, chosen=False)
        if problem is None:
            return None
        first = first or problem
    return first


def services_at_stage(
    kind: LetterKind,
    case: Case,
    services: list[Service],
    chosen: bool,
    today: dt.date,
    mode: str | None = None,
) -> list[Service]:
    """The services this letter may argue at their claims' stages.

    `chosen`: the member picked one visit or pump, so a refusal is raised for it; otherwise
    the services past the letter's stage are left out, and the first refusal is raised only
    when none is left.
    """
    kept: list[Service] = []
    refusals: list[LetterNotApplicable] = []
    for service in services:
        problem = _stage_problem(kind, case, service, today, mode, chosen)
        if problem is None:
            kept.append(service)
        else:
            refusals.append(problem)
    if refusals and (chosen or not kept):
        raise refusals[0]
    return kept


_NOTHING_TO_APPEAL = {
    "not_billed": "nothing_to_appeal_not_billed",
    "pending": "nothing_to_appeal_pending",
    "paid_in_full": "nothing_to_appeal_paid",
}


_NOTHING_TO_CONTEST = {
    "not_billed": "nothing_to_contest_not_billed",
    "pending": "nothing_to_contest_pending",
    "paid_in_full": "nothing_to_contest_paid",
}
# Before the plan's final decision, why an external review cannot be asked for yet.
_BEFORE_FINAL = {"denied": "review_needs_final_decision", "appeal_filed": "appeal_already_sent"}


def _stage_problem(
    kind: LetterKind,
    case: Case,
    service: Service,
    today: dt.date,
    mode: str | None = None,
    chosen: bool = True,
) -> LetterNotApplicable | None:
    """Why `service` cannot be in the letter at its claim's stage, or None. `chosen`: the
    member picked it (an external review request then asks for the final decision's date
    rather than leaving a claim not yet at that stage out)."""
    if kind.id == "gap_exception":
        visit = service.visit
        if visit is None:  # a pump or supplies: no provider, no network to be short of
            return refuse("gap_exception_for_equipment")
        if visit.provider.network == "in":
            return refuse("visit_in_network", date=visit.date)
        return None
    claim = service.claim
    stage = claim_stage(claim)
    name = (claim.number if claim else None) or long_date(service.date, ENGLISH)
    if kind.first_appeal and stage in _NOTHING_TO_APPEAL:
        return refuse(_NOTHING_TO_APPEAL[stage], claim=name)
    problem = _nothing_to_contest(kind, stage, name, mode)
    if problem is not None:
        return problem
    if kind.id == "external_review_request" and not chosen and stage in _BEFORE_FINAL:
        sent = claim.appeal_sent if claim else None
        return refuse(_BEFORE_FINAL[stage], claim=name, date=sent or "")
    if claim is None:
        return None
    at_opm = case.plan.type == "fehb" and stage in ("review_requested", "review_decided")
    if at_opm and (kind.first_appeal or kind.id == "external_review_request"):
        return _opm_stage(service, claim, name)
    if stage == "review_decided" and kind.id != "documents_request":
        return refuse("review_decided", claim=name, date=claim.review_decided)
    if kind.id == "claim_reprocessing" and mode != "reverse":
        return _reprocessing_problem(case, claim, stage, name)
    if kind.first_appeal:
        if stage in ("final_decision", "review_requested"):
            return refuse(
                "appeal_closed",
                claim=name,
                date=claim.final_denial_date or claim.review_requested,
                next=_next_step(case),
            )
        if stage == "appeal_filed":
            return refuse("appeal_already_sent", claim=name, date=claim.appeal_sent)
        due = dl.appeal_deadline(claim, case.plan).due if claim.denial_date else None
        if due is not None and due < today:
            return refuse("appeal_window_closed", claim=name, date=due)
    if kind.id == "external_review_request":
        if stage == "review_requested":
            return refuse("review_already_requested", claim=name, date=claim.review_requested)
        if stage == "final_decision":
            deadline = dl.external_review_deadline(claim, case.plan, case.member.state)
            # A state whose window is not known may allow longer than the safe date shown
            # (`at_least`): the letter is never refused on it.
            due = deadline.due if deadline and not deadline.at_least else None
            if due is not None and due < today:
                return refuse("review_window_closed", claim=name, date=due)
    return None


def _nothing_to_contest(
    kind: LetterKind, stage: str, name: str, mode: str | None
) -> LetterNotApplicable | None:
    """A claim paid in full, pending or not billed gives a complaint, an external review or
    a "corrected codes" reprocessing letter nothing to contest; a "reverse" letter (care
    never received) may still be about a claim the plan paid or is processing."""
    if stage not in _NOTHING_TO_CONTEST:
        return None
    if kind.id == "claim_reprocessing":
        if mode == "reverse" and stage != "not_billed":
            return None
        hint = _in_each_language("reverse_hint")
    elif kind.id in ("regulator_complaint", "external_review_request"):
        hint = ""
    else:
        return None
    return refuse(_NOTHING_TO_CONTEST[stage], claim=name, reverse=hint)


def _reprocessing_problem(case: Case, claim, stage: str, name: str) -> LetterNotApplicable | None:
    """A claim past its final decision is reprocessed with corrected codes only when its
    denial was one a corrected claim fixes (data/denial_reasons.json "letter"); an unknown
    reason is left to the member."""
    if stage not in ("final_decision", "review_requested") or claim.denial_category is None:
        return None
    if letter_for(claim.denial_category, aca=False) == "claim_reprocessing":
        return None
    if stage == "review_requested":
        return refuse("review_already_requested", claim=name, date=claim.review_requested)
    return refuse(
        "reprocessing_after_final_decision",
        claim=name,
        date=claim.final_denial_date,
        next=_next_step(case),
    )


def _opm_stage(service: Service, claim, name: str) -> LetterNotApplicable:
    """FEHB after the request to OPM: wait for OPM, or, once it has decided, only a suit
    against OPM is left (5 CFR 890.105(a)(1), 890.107)."""
    if claim.review_decided is None:
        return refuse("review_already_requested", claim=name, date=claim.review_requested)
    last = dl.court_review_last_day(service.date) if service.date else None
    return refuse("opm_decided", claim=name, date=claim.review_decided, last=last or "")


def not_applicable_text(error: LetterNotApplicable, lang: str) -> str:
    """Why the letter does not fit, in `lang` (English when there is no translation)."""
    table = section("letter_facts", "not_applicable", lang)
    text = table.get(error.reason) if base_language(lang) != ENGLISH else None
    if not (isinstance(text, str) and text):
        return str(error)
    values = {k: _shown(v, lang) for k, v in error.params.items()}
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a wrong field
        return str(error)
