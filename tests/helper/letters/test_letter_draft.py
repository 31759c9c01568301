"""The letter with blanks (`helper.letters.draft`): every missing fact shows as a marked
blank in its place, nothing is worked out from a fact not known, and a draft never passes
as a letter that can be sent (PDF, delivery, the command line)."""

from __future__ import annotations

import copy
import re
from html import unescape

import pytest

from helper.cli.main import main
from helper.letters import (
    LetterError,
    MissingFactsError,
    RenderedLetter,
    letter_kinds,
    letter_pdf,
    render_letter,
)
from helper.letters.draft import BLANK_CLASS, DraftLetter, is_draft, render_draft
from helper.letters.session import LetterSession
from helper.model import Case
from tests.helper.letters_support import ADDRESS, TODAY, facts_for

BLANK = re.compile(rf'<span class="{BLANK_CLASS}"[^>]*>([^<]*)</span>')


@pytest.fixture
def gappy_dict(example_case_dict) -> dict:
    """The example case with text, date and choice facts missing."""
    data = copy.deepcopy(example_case_dict)
    data["member"].pop("member_id")
    data["member"].pop("address")
    claim = data["visits"][0]["claim"]
    claim.pop("number")
    claim.pop("denial_date")
    data["visits"][0]["provider"].pop("credential")
    return data


def blanks(html: str) -> list[str]:
    return [unescape(found) for found in BLANK.findall(html)]


def test_a_missing_address_is_a_marked_blank_in_its_place(example_case_dict, home):
    draft = render_draft("aca_appeal", Case.from_dict(example_case_dict), today=TODAY)
    assert isinstance(draft, DraftLetter) and not isinstance(draft, RenderedLetter)
    assert [fact.key for fact in draft.blanks] == ["recipient.address"]
    shown = blanks(draft.html)
    assert len(shown) == 1 and shown[0].startswith("[Where should this letter go?")
    assert "Explanation of Benefits" in shown[0]  # where to find it, from the question
    # In its place: after the recipient's name, before the subject; the rest is the letter.
    recipient = draft.html.index("Attn: Appeals")
    assert recipient < draft.html.index(BLANK_CLASS) < draft.html.index('class="subject"')
    assert "Ana Ruiz" in draft.text and "C-0001" in draft.text and "300gg-13" in draft.text
    assert "[Where should this letter go?" in draft.text and "QZB" not in draft.text
    assert draft.recipient.address == "[…]"  # on one line above the preview


def test_filling_the_blank_gives_the_same_words_as_the_letter(example_case_dict, home):
    case = Case.from_dict(example_case_dict)
    draft = render_draft("aca_appeal", case, extra=dict(ADDRESS), today=TODAY)
    letter = render_letter("aca_appeal", case, extra=dict(ADDRESS), today=TODAY)
    assert draft.blanks == () and not is_draft(draft.html)
    assert draft.html == letter.html and draft.text == letter.text


def test_every_missing_fact_is_shown_and_no_date_is_worked_out_from_a_blank(gappy_dict, home):
    draft = render_draft("aca_appeal", Case.from_dict(gappy_dict), today=TODAY)
    keys = {fact.key for fact in draft.blanks}
    assert keys == {
        "member.address",
        "member.member_id",
        "recipient.address",
        "visits[v1].claim.number",
        "visits[v1].claim.denial_date",
        "visits[v1].provider.credential",
    }
    shown = " ".join(blanks(draft.html))
    for fact in draft.blanks:  # each one, asked by its own question, at least once
        assert fact.question.rstrip(" ?.") in shown, fact.key
    assert "denied on [Date of the denial" in draft.text
    assert "Jo Smith, [The provider's credential" in draft.text
    # No deadline from a date not known: the window is stated without a last day.
    assert "the last day to appeal" not in draft.text
    assert "180 days from the denial" in draft.text
    assert "None" not in draft.text and "QZ" not in draft.html + draft.text


def test_a_choice_with_no_place_in_the_words_is_listed_at_the_top(example_case_dict, home):
    case = Case.from_dict(example_case_dict)
    draft = render_draft("claim_reprocessing", case, extra=dict(ADDRESS), today=TODAY)
    assert [f.key for f in draft.blanks] == ["reprocessing.mode"]
    assert draft.text.startswith("Still to fill in:\n- [What should the plan do")
    assert draft.html.index("Still to fill in") < draft.html.index('class="sender"')


def test_what_the_letter_works_out_from_a_missing_answer_is_a_blank(example_case_dict, home):
    data = copy.deepcopy(example_case_dict)
    data["plan"]["grandfathered"] = None
    draft = render_draft("aca_appeal", Case.from_dict(data), today=TODAY)
    assert {f.key for f in draft.blanks} == {"plan.grandfathered", "recipient.address"}
    # What the letter would work out from the answer (the regulations) is a blank too.
    assert "[worked out once the blanks are filled in]" in draft.text


@pytest.mark.parametrize("kind", [k.id for k in letter_kinds()])
def test_every_kind_drafts_with_blanks_and_still_refuses_to_render(gappy_dict, home, kind):
    case = Case.from_dict(gappy_dict)
    extra = {k: v for k, v in facts_for(kind).items() if k != "recipient.address"}
    try:
        draft = render_draft(kind, case, extra=extra, today=TODAY)
    except LetterError:
        return  # the kind does not fit this case: no draft and no letter
    assert draft.blanks and is_draft(draft.html)
    assert len(blanks(draft.html)) >= len(draft.blanks) - 1  # one note may hold several
    with pytest.raises(MissingFactsError) as raised:
        render_letter(kind, case, extra=extra, today=TODAY)
    assert [f.key for f in raised.value.missing] == [f.key for f in draft.blanks]


def test_a_draft_never_passes_as_a_complete_letter(example_case_dict, home):
    case = Case.from_dict(example_case_dict)
    draft = render_draft("aca_appeal", case, today=TODAY)
    with pytest.raises(LetterError):
        letter_pdf(draft)
    disguised = RenderedLetter("aca_appeal", draft.subject, draft.html, draft.text, draft.recipient)
    with pytest.raises(LetterError, match="blanks"):
        letter_pdf(disguised)
    state = LetterSession(case).prepare("aca_appeal", None, {})
    assert state.letter is None and state.draft is not None
    assert [f.key for f in state.needed] == [f.key for f in state.draft.blanks]


def test_a_fact_that_cannot_be_read_is_a_blank_in_the_draft(gappy_dict, home):
    session = LetterSession(Case.from_dict(gappy_dict))
    typed = {**ADDRESS, "visits[v1].claim.denial_date": "tomorrow", "member.member_id": "X-9"}
    state = session.prepare("aca_appeal", None, typed)
    assert state.needed is None and state.problems  # the form names what is wrong
    assert state.letter is None and state.draft is not None
    keys = {fact.key for fact in state.draft.blanks}
    assert "visits[v1].claim.denial_date" in keys and "member.member_id" not in keys
    assert "X-9" in state.draft.text and "PO Box 27630" in state.draft.text


def test_the_command_line_still_refuses_a_letter_with_blanks(case_file, tmp_path, capsys):
    out = tmp_path / "letter.html"
    assert main(["letter", "aca_appeal", str(case_file), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "1 fact(s) missing" in err and "recipient.address: Where should this letter go?" in err
    assert not out.exists()


def test_a_draft_never_says_the_plan_is_not_grandfathered_before_she_answers(
    example_case_dict, home
):
    data = copy.deepcopy(example_case_dict)
    data["plan"]["grandfathered"] = None
    draft = render_draft("aca_appeal", Case.from_dict(data), today=TODAY)
    assert "plan.grandfathered" in [fact.key for fact in draft.blanks]
    assert "is not grandfathered" not in draft.text
    assert any(b.startswith("[Is your plan grandfathered?") for b in blanks(draft.html))
    answered = render_letter("aca_appeal", Case.from_dict(example_case_dict), None, ADDRESS)
    assert "is not grandfathered." in answered.text  # the answer she gave, in the letter
