"""Which visits and pumps a letter is about."""

from __future__ import annotations

from dataclasses import dataclass

from helper.letters.errors import UnknownVisitError
from helper.letters.kinds import LetterKind
from helper.model import Case, Claim, Equipment, Visit

ARGUED_STATUSES = ("denied", "partially_paid")


@dataclass(frozen=True)
class Service:
    """A visit or a pump/supply item, with the key used in findings and in `extra`."""

    key: str  # visit key ("v1" or "0"), or "equipment:<id or index>"
    prefix: str  # "visits[v1]" or "equipment[e1]": the start of its `extra` keys
    visit: Visit | None
    equipment: Equipment | None

    @property
    def claim(self) -> Claim | None:
        return (self.visit or self.equipment).claim

    @property
    def date(self):
        return (self.visit or self.equipment).date


def all_services(case: Case) -> list[Service]:
    services = [
        Service(case.visit_key(i), f"visits[{case.visit_key(i)}]", visit, None)
        for i, visit in enumerate(case.visits)
    ]
    for i, item in enumerate(case.equipment):
        key = item.id or str(i)
        services.append(Service(f"equipment:{key}", f"equipment[{key}]", None, item))
    return services


def select_services(kind: LetterKind, case: Case, visit_id: str | None) -> list[Service]:
    """The services the letter is about: the one asked for, or those that fit the kind."""
    services = all_services(case)
    if visit_id is not None:
        chosen = [s for s in services if visit_id in (s.key, s.prefix)]
        if not chosen:  # a pump or supply named by its own id ("e1" for "equipment:e1")
            chosen = [s for s in services if s.equipment is not None and s.equipment.id == visit_id]
        if not chosen:
            known = ", ".join(s.key for s in services) or "none"
            raise UnknownVisitError(f'no visit "{visit_id}" in this case (visits: {known})')
        return chosen
    if kind.id == "gap_exception":
        return [s for s in services if s.visit and s.visit.provider.network != "in"]
    with_claim = [s for s in services if s.claim is not None]
    if kind.id == "documents_request":
        return [s for s in with_claim if s.claim.status != "not_submitted"]
    argued = [
        s for s in with_claim if s.claim.status in ARGUED_STATUSES or (s.claim.member_cost or 0) > 0
    ]
    return argued or with_claim
