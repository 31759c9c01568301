"""The home page's what-next list: actions, deadlines with days left, follow-ups, last letter."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from helper import next_actions as na
from helper.model import Case


@dataclasses.dataclass
class Finding:
    """The checker's finding shape (helper.coverage), as the home page reads it."""

    kind: str
    severity: str
    message: str
    next_step: str = ""
    visit: str | None = None
    line: int | None = None
    due: dt.date | None = None
    sources: list = dataclasses.field(
        default_factory=lambda: [{"document": "D", "section": "S", "quote": "Q"}]
    )


@dataclasses.dataclass
class Report:
    findings: list


TODAY = dt.date(2026, 11, 27)


@pytest.fixture
def case(example_case_dict) -> Case:
    return Case.from_dict(example_case_dict)


def test_deadline_line_says_date_and_days_left(case):
    report = Report(
        [
            Finding(
                "appeal_deadline",
                "action",
                "Appeal the denial.",
                due=dt.date(2027, 3, 9),
                visit="v1",
            )
        ]
    )
    result = na.next_actions(case, report, TODAY)
    assert [d.line() for d in result.deadlines] == ["Appeal by March 9, 2027 — 102 days left"]
    assert result.actions == []  # a dated finding is a deadline, not an open action


def test_actions_problems_first_with_letter_named(case):
    report = Report(
        [
            Finding("complaint_route", "info", "Who regulates the plan."),
            Finding(
                "out_of_network_gap_exception",
                "action",
                "Out of network.",
                "Ask for a gap exception. (letter: gap_exception)",
                visit="v1",
            ),
            Finding(
                "untimed_code_extra_units",
                "problem",
                "Two units of S9443.",
                "Ask for a corrected claim.",
            ),
        ]
    )
    actions = na.next_actions(case, report, TODAY).actions
    assert [a.kind for a in actions] == ["untimed_code_extra_units", "out_of_network_gap_exception"]
    assert actions[1].letter_kind == "gap_exception"
    assert actions[1].next_step == "Ask for a gap exception."


def test_follow_ups_and_last_letter_come_from_the_case(case):
    result = na.next_actions(case, None, dt.date(2026, 9, 15))
    assert [f.due for f in result.follow_ups] == [dt.date(2026, 9, 19)]
    assert result.follow_ups[0].days_left == 4
    assert result.last_letter.kind == "aca_appeal"
    assert not result.empty


def test_nothing_to_do_is_empty(case):
    case.calls, case.letters = [], []
    assert na.next_actions(case, Report([]), TODAY).empty


@pytest.mark.parametrize(
    ("days", "text"),
    [
        (2, "2 days left"),
        (1, "1 day left"),
        (0, "due today"),
        (-1, "passed yesterday"),
        (-5, "passed 5 days ago"),
    ],
)
def test_days_left_text(days, text):
    assert na.days_left_text(days) == text


def test_letter_tag():
    assert na.letter_in("Write to them (letter: aca_appeal)") == "aca_appeal"
    assert na.letter_in("Call them") is None
    assert na.without_letter_tag("Write (letter: aca_appeal) now") == "Write now"


def test_a_passed_deadline_never_reads_appeal_by_that_date():
    import datetime as dt

    from helper.next_actions import Deadline

    gone = Deadline("appeal_deadline", "Appeal", dt.date(2026, 3, 9), -3, "", "", None, None, ())
    assert gone.line() == "Appeal: the time ended on March 9, 2026 — passed 3 days ago"
    assert " by " not in gone.line()
    assert "antes del" not in gone.line("es")


def test_every_deadline_kind_the_checker_dates_has_a_title():
    from helper.next_actions import deadline_title

    for kind in ("appeal_deadline", "external_review_deadline", "state_hearing_deadline",
                 "appeal_decision_due"):  # fmt: skip
        assert deadline_title(kind) not in ("", "Deadline")
        assert deadline_title(kind, "es") not in ("", deadline_title(kind), "Fecha límite")
