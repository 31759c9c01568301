"""The guided checklist: which steps of `data/checklist.json` apply to a case, and progress.

Steps carry `applies_to` conditions on the plan (families such as "private" or
"medicaid", plan types, grandfathered status, the insurer policy id), so a Medicaid case
gets no ACA arguments and a self-funded plan's complaint step names EBSA, not the state.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from helper.coverage.context import count_words
from helper.i18n import localized, section
from helper.knowledge import load
from helper.model import Case

PHASE_IDS = ("before_visit", "after_visit", "if_denied")


@dataclasses.dataclass(frozen=True)
class Phase:
    id: str
    title: str
    intro: str


@dataclasses.dataclass(frozen=True)
class Step:
    """One checklist step. `sources` is the main source first, then any others."""

    id: str
    phase: str
    title: str
    why: str
    say: str
    sources: tuple[dict[str, Any], ...]
    warning: bool = False
    action: str | None = None
    for_you: str = ""  # what the step means for this case's plan (e.g. who runs the review)

    @property
    def source(self) -> dict[str, Any]:
        return self.sources[0]

    @property
    def letter_kind(self) -> str | None:
        """The letter this step's button opens (`action` "letter:<kind>"), or None."""
        if self.action and self.action.startswith("letter:"):
            return self.action.split(":", 1)[1]
        return None


@dataclasses.dataclass(frozen=True)
class Progress:
    done: int
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    def label(self) -> str:
        return f"{self.done} of {self.total} done"


@dataclasses.dataclass(frozen=True)
class PlanTraits:
    """What `applies_to` conditions look at."""

    type: str
    family: str
    grandfathered: bool | None
    policy: str | None


def _data() -> dict[str, Any]:
    return load("checklist")


def plan_family(plan_type: str | None) -> str:
    """The family of a plan type: "private", "medicaid", "fehb", "tricare", "short_term"
    or "unknown"."""
    for family, types in _data()["plan_families"].items():
        if plan_type in types:
            return family
    return "unknown"


def plan_traits(case: Case | None) -> PlanTraits:
    """The plan facts the conditions test; no case counts as an unknown plan."""
    if case is None:
        return PlanTraits("unknown", "unknown", None, None)
    plan = case.plan
    return PlanTraits(plan.type, plan_family(plan.type), plan.grandfathered, plan.policy)


def applies(conditions: dict[str, Any], traits: PlanTraits) -> bool:
    """True when every given condition holds (within one condition, any value matches)."""
    checks = {
        "families": traits.family,
        "plan_types": traits.type,
        "grandfathered": traits.grandfathered,
        "policies": traits.policy,
    }
    for key, allowed in conditions.items():
        if key not in checks:
            raise ValueError(f"unknown applies_to condition {key!r}")
        if checks[key] not in allowed:
            return False
    return True


def phases(lang: str = "en") -> list[Phase]:
    """The phases, with title and intro in `lang` (English when not translated)."""
    table = section("checklist", "phases", lang)
    return [
        Phase(
            p["id"],
            localized(p["id"], "title", p["title"], lang, table),
            localized(p["id"], "intro", p["intro"], lang, table),
        )
        for p in _data()["phases"]
    ]


def _step(entry: dict[str, Any], lang: str = "en") -> Step:
    table = section("checklist", "steps", lang)
    step_id = entry["id"]
    return Step(
        id=step_id,
        phase=entry["phase"],
        title=localized(step_id, "title", entry["title"], lang, table),
        why=localized(step_id, "why", entry["why"], lang, table),
        say=localized(step_id, "say", entry["say"], lang, table),
        sources=(entry["source"], *entry.get("also", [])),
        warning=entry.get("warning", False),
        action=entry.get("action"),
    )


def all_steps(lang: str = "en") -> list[Step]:
    """Every step in the data, whatever the plan, with texts in `lang`."""
    return [_step(entry, lang) for entry in _data()["steps"]]


def steps_for(case: Case | None, lang: str = "en") -> list[Step]:
    """The steps that apply to this case's plan, in phase order then data order; texts in
    `lang` (English where not translated)."""
    traits = plan_traits(case)
    chosen = [_step(e, lang) for e in _data()["steps"] if applies(e["applies_to"], traits)]
    chosen = [dataclasses.replace(s, for_you=case_note(s.id, case, lang)) for s in chosen]
    order = {phase: i for i, phase in enumerate(PHASE_IDS)}
    return sorted(chosen, key=lambda s: order[s.phase])


def case_note(step_id: str, case: Case | None, lang: str = "en") -> str:
    """The line a step adds for this case's plan; "" when it has none. Today: who runs
    the external review and how long the parent has (helper.external_review)."""
    if step_id != "external_review" or case is None:
        return ""
    from helper.external_review import review_route  # on use: it reads its data then

    route = review_route(case.plan, case.member.state)
    if route is None:
        return ""
    texts = _data()["case_notes"]
    table = section("checklist", "case_notes", lang)

    def text(key: str, **params: str) -> str:
        return localized(key, None, texts[key], lang, table).format(**params)

    if route.jurisdiction is None and route.kind == "state":
        return text("review_no_state")
    window = route.window
    if window is None:
        if route.kind.startswith("federal"):
            line = text("review_federal_unknown", body=route.body)
        else:
            from helper.external_review import known_windows, window_words

            shortest, longest = known_windows()
            line = text(
                "review_window_unknown",
                body=route.body,
                shortest=count_words(*window_words(shortest.window), lang),
                longest=count_words(*window_words(longest.window), lang),
            )
    else:
        span = count_words(
            window.months if window.months is not None else window.days,
            "month" if window.months is not None else "day",
            lang,
        )
        federal = route.kind.startswith("federal")
        key = (
            ("review_federal_plan" if route.request_to == "plan" else "review_federal")
            if federal
            else "review_plan_forwards"
            if route.request_to == "plan"
            else "review_agency"
        )
        line = text(key, body=route.body, window=span)
    return f"{line} {text('review_check', url=route.check_at)}"


def steps_by_phase(case: Case | None, lang: str = "en") -> list[tuple[Phase, list[Step]]]:
    """The applicable steps grouped under their phase; phases with no step are left out."""
    steps = steps_for(case, lang)
    grouped = [(phase, [s for s in steps if s.phase == phase.id]) for phase in phases(lang)]
    return [(phase, items) for phase, items in grouped if items]


def progress(steps: Iterable[Step], ticks: Iterable[str]) -> Progress:
    """How many of `steps` are ticked. Ticks of steps that no longer apply do not count."""
    ids = [s.id for s in steps]
    ticked = set(ticks)
    return Progress(sum(1 for i in ids if i in ticked), len(ids))
